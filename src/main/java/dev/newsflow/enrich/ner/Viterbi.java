package dev.newsflow.enrich.ner;

/**
 * First-order Viterbi over BIOES tags with only well-formed transitions, optionally restricted per position by a
 * bit mask of allowed tags (used in training for partially labelled sentences). Stateless, thread-safe.
 */
final class Viterbi {

    private Viterbi() {
    }

    /**
     * Best tag sequence for emission scores {@code em[i * T + t]}.
     *
     * @param trans  transition scores {@code trans[prev * T + cur]}
     * @param start  score of each tag at position 0
     * @param end    score of each tag at the last position
     * @param masks  allowed tags per position as bits, or null for no restriction
     * @param out    receives the tags, length ≥ n
     */
    static void decode(TagSet tags, float[] em, int n, float[] trans, float[] start, float[] end, int[] masks,
                       int[] out) {
        if (n == 0) {
            return;
        }
        int size = tags.size();
        float[] score = new float[n * size];
        byte[] back = new byte[n * size];
        float ninf = Float.NEGATIVE_INFINITY;
        int m0 = masks == null ? -1 : masks[0];
        for (int t = 0; t < size; t++) {
            boolean ok = tags.canStart(t) && (m0 & (1 << t)) != 0;
            score[t] = ok ? em[t] + start[t] : ninf;
        }
        for (int i = 1; i < n; i++) {
            int mi = masks == null ? -1 : masks[i];
            int row = i * size;
            int prevRow = row - size;
            for (int t = 0; t < size; t++) {
                if ((mi & (1 << t)) == 0) {
                    score[row + t] = ninf;
                    continue;
                }
                float best = ninf;
                int arg = 0;
                for (int p : tags.predecessors(t)) {
                    float s = score[prevRow + p] + trans[p * size + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[row + t] = best + em[row + t];
                back[row + t] = (byte) arg;
            }
        }
        int last = (n - 1) * size;
        float best = ninf;
        int arg = 0;
        for (int t = 0; t < size; t++) {
            if (!tags.canEnd(t)) {
                continue;
            }
            float s = score[last + t] + end[t];
            if (s > best) {
                best = s;
                arg = t;
            }
        }
        if (best == ninf) {
            // no path satisfies the masks (inconsistent partial labels): fall back to the unrestricted best
            if (masks != null) {
                decode(tags, em, n, trans, start, end, null, out);
                return;
            }
        }
        out[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) {
            arg = back[i * size + arg];
            out[i - 1] = arg;
        }
    }
}
