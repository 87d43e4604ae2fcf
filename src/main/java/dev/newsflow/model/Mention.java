package dev.newsflow.model;

/** One occurrence of an entity: the surface form and its character offsets in {@code text} (end exclusive). */
public record Mention(String text, int start, int end) {
}
