package dev.newsflow.model;

/** A keyword and its weight (higher is more central; comparable within one article only). */
public record Keyword(String term, double weight) {
}
