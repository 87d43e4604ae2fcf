package dev.newsflow.enrich;

import dev.newsflow.enrich.ner.NerSpan;
import java.util.List;
import java.util.function.Predicate;

/** Edits of the list of candidate spans that the passes of {@link EntityExtractor} share. */
final class Candidates {
    private Candidates() {
    }

    /**
     * Puts {@code span} in place of the candidates that lie inside it (华创 taken for a person inside 北方华创), unless
     * a candidate crosses its bounds (the text there belongs to something else) or one with the same bounds should
     * stay ({@code stays}). The list is left unsorted.
     *
     * @return whether the span was added
     */
    static boolean replaceInside(List<NerSpan> candidates, NerSpan span, Predicate<NerSpan> stays) {
        for (NerSpan c : candidates) {
            boolean overlaps = c.start() < span.end() && c.end() > span.start();
            boolean crosses = overlaps && (c.start() < span.start() || c.end() > span.end());
            boolean same = c.start() == span.start() && c.end() == span.end();
            if (crosses || same && stays.test(c)) {
                return false;
            }
        }
        candidates.removeIf(c -> c.start() >= span.start() && c.end() <= span.end());
        candidates.add(span);
        return true;
    }
}
