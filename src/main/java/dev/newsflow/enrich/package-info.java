/**
 * The enrich stage: one segmentation pass per article feeding entity recognition and keyword extraction. The only
 * package that touches HanLP. {@link dev.newsflow.enrich.Enricher} is the facade; sub-packages hold the learnt
 * recogniser ({@code ner}) and the curated knowledge base ({@code kb}).
 */
package dev.newsflow.enrich;
