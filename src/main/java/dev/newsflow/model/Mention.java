package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One occurrence of an entity: the surface form and its character offsets (end exclusive) in the article's
 * {@code text}, or in its {@code title} when {@code field} says so (null means text).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(String text, int start, int end, String field) {
    /** Where a mention in the title says it is. */
    public static final String TITLE = "title";

    /** A mention in the text. */
    public Mention(String text, int start, int end) {
        this(text, start, end, null);
    }
}
