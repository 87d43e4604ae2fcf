package dev.newsflow.enrich;

import dev.newsflow.enrich.ner.NerSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** Edits of the list of candidate spans that the passes of {@link EntityExtractor} share. */
final class Candidates {
    private Candidates() {
    }

    /**
     * Puts each of {@code spans} in place of the candidates that lie inside it (华创 taken for a person inside
     * 北方华创), unless a candidate crosses its bounds (the text there belongs to something else), one with the same
     * bounds should stay ({@code stays}), or an earlier span of {@code spans} overlaps it. Leaves {@code candidates}
     * sorted by start. One pass with a binary search per span, so a long list of names stays linear.
     *
     * @return for each span, whether it was put in
     */
    static boolean[] replaceInside(String text, List<NerSpan> candidates, List<NerSpan> spans,
                                   Predicate<NerSpan> stays) {
        List<NerSpan> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(NerSpan::start));
        int longest = sorted.stream().mapToInt(c -> c.end() - c.start()).max().orElse(0);
        boolean[] taken = new boolean[text.length() + 1];
        boolean[] put = new boolean[spans.size()];
        List<NerSpan> added = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            NerSpan span = spans.get(i);
            boolean free = true;
            for (int k = span.start(); k < span.end() && free; k++) {
                free = !taken[k];
            }
            for (int k = firstFrom(sorted, span.start() - longest); free && k < sorted.size()
                && sorted.get(k).start() < span.end(); k++) {
                NerSpan c = sorted.get(k);
                boolean overlaps = c.end() > span.start();
                boolean crosses = overlaps && (c.start() < span.start() || c.end() > span.end());
                boolean same = c.start() == span.start() && c.end() == span.end();
                free = !(crosses || same && stays.test(c));
            }
            if (free) {
                java.util.Arrays.fill(taken, span.start(), span.end(), true);
                added.add(span);
                put[i] = true;
            }
        }
        // nothing crosses an added span, so a candidate that starts inside one lies inside it
        candidates.removeIf(c -> taken[c.start()]);
        candidates.addAll(added);
        candidates.sort(Comparator.comparingInt(NerSpan::start));
        return put;
    }

    /** The index of the first of {@code sorted} that starts at or after {@code from}. */
    private static int firstFrom(List<NerSpan> sorted, int from) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
