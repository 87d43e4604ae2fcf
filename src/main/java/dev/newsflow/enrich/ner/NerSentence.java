package dev.newsflow.enrich.ner;

import java.util.List;
import java.util.Objects;

/**
 * A gold-labelled sentence: its text and entity spans with the labels of its source (PER/LOC/ORG for
 * character BIO files, CLUENER class names for CLUENER).
 *
 * @param line 0-based index of the sentence in its file (the CLUENER held-out split is defined on it)
 */
public record NerSentence(String text, List<NerSpan> spans, int line) {

    public NerSentence {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }
}
