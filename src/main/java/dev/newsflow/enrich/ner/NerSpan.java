package dev.newsflow.enrich.ner;

import java.util.Objects;

/**
 * One recognised entity span of a text.
 *
 * @param start first character (UTF-16 index), inclusive
 * @param end   last character, exclusive
 * @param label one of {@code PER, ORG_GOV, ORG_COM, ORG_ORG, ORG, LOC, TITLE} (see {@link NerLabel})
 */
public record NerSpan(int start, int end, String label) {

    public NerSpan {
        Objects.requireNonNull(label, "label");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The covered text. */
    public String text(String source) {
        return source.substring(start, end);
    }
}
