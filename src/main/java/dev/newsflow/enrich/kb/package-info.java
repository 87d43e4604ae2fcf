/**
 * The curated knowledge base of the enricher: organisations with stable ids, kinds, aliases and parents;
 * Chinese administrative divisions with GB/T 2260 codes, countries and foreign cities; stop words for keywords;
 * and a longest-match scanner that applies the place-abbreviation and sub-unit rules. Data lives in
 * {@code src/main/resources/kb/} (formats in each file's header, sources in {@code kb/SOURCE.md}); users extend it
 * with files of the same formats. Depends on the JDK only; everything here is immutable once built.
 */
package dev.newsflow.enrich.kb;
