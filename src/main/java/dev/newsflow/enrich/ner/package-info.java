/**
 * Character-level named-entity recogniser for Chinese news: an averaged structured perceptron with Viterbi
 * decoding over BIOES tags, fed with character n-grams and the features of one HanLP segmentation pass.
 *
 * <p>{@link dev.newsflow.enrich.ner.NerModel} decodes (thread-safe, loaded once from the classpath),
 * {@link dev.newsflow.enrich.ner.NerTrainer} reproduces the shipped model from the shared gold data and
 * {@link dev.newsflow.enrich.ner.NerEvaluator} scores any recogniser with exact-span precision, recall and F1.
 */
package dev.newsflow.enrich.ner;
