package dev.newsflow.enrich.ner;

/**
 * First-order Viterbi over BIOES tags with only well-formed transitions, optionally restricted per position by a
 * bit mask of allowed tags (used in training for partially labelled sentences). Stateless, thread-safe.
 */
final class Viterbi {

    private Viterbi() {
    }

    /**
     * The hot path of decoding, without masks and back-pointers. It uses the shape of BIOES: a tag that opens or is
     * outside (O, B, S) may only follow a tag that closes or is outside (O, E, S), and I/E of a type only follow B/I
     * of the same type. The open × closed block is computed with one running maximum per target tag, which keeps
     * the additions independent (a single running maximum per tag makes each one wait for the previous). The
     * backward pass recomputes the same sums to find the predecessor that gave each maximum, exact because a
     * maximum of the same floats does not depend on the order.
     */
    private static void decodeUnrestricted(TagSet tags, float[] em, int n, float[] trans, float[] end,
                                           float[] score, int[] out) {
        int size = tags.size();
        int types = tags.typeCount();
        int[] open = tags.openTags();
        int[] closed = tags.closedTags();
        int openCount = open.length;
        float[] cand = new float[openCount];
        for (int i = 1; i < n; i++) {
            int row = i * size;
            int prevRow = row - size;
            java.util.Arrays.fill(cand, Float.NEGATIVE_INFINITY);
            for (int p : closed) {
                float sp = score[prevRow + p];
                int base = p * size;
                for (int j = 0; j < openCount; j++) {
                    float v = sp + trans[base + open[j]];
                    if (v > cand[j]) {
                        cand[j] = v;
                    }
                }
            }
            for (int j = 0; j < openCount; j++) {
                score[row + open[j]] = cand[j] + em[row + open[j]];
            }
            for (int x = 0; x < types; x++) {
                int b = TagSet.tag(x, TagSet.B);
                int in = b + 1;
                int e = b + 2;
                float sb = score[prevRow + b];
                float si = score[prevRow + in];
                float toI = Math.max(sb + trans[b * size + in], si + trans[in * size + in]);
                float toE = Math.max(sb + trans[b * size + e], si + trans[in * size + e]);
                score[row + in] = toI + em[row + in];
                score[row + e] = toE + em[row + e];
            }
        }
        int last = (n - 1) * size;
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int t = 0; t < size; t++) {
            if (tags.canEnd(t)) {
                float s = score[last + t] + end[t];
                if (s > best) {
                    best = s;
                    arg = t;
                }
            }
        }
        out[n - 1] = arg;
        for (int i = n - 1; i > 0; i--) {
            int cur = out[i];
            int prevRow = (i - 1) * size;
            int[] preds = tags.predecessors(cur);
            float target = Float.NEGATIVE_INFINITY;
            for (int p : preds) {
                float v = score[prevRow + p] + trans[p * size + cur];
                if (v > target) {
                    target = v;
                }
            }
            int chosen = preds[0];
            for (int p : preds) {
                if (score[prevRow + p] + trans[p * size + cur] == target) {
                    chosen = p;
                    break;
                }
            }
            out[i - 1] = chosen;
        }
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
        float ninf = Float.NEGATIVE_INFINITY;
        int m0 = masks == null ? -1 : masks[0];
        for (int t = 0; t < size; t++) {
            boolean ok = tags.canStart(t) && (m0 & (1 << t)) != 0;
            score[t] = ok ? em[t] + start[t] : ninf;
        }
        if (masks == null) {
            decodeUnrestricted(tags, em, n, trans, end, score, out);
            return;
        }
        byte[] back = new byte[n * size];
        for (int i = 1; i < n; i++) {
            int mi = masks[i];
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

    /**
     * How sure the decoder is of each tag of {@code path} (the best path): {@code margin[i]} is the best path's score
     * minus the best score of any well-formed path that puts another tag at position {@code i} (max-marginals from a
     * forward and a backward max pass). 0 means a tie; the scale is that of the scores.
     */
    static float[] margins(TagSet tags, float[] em, int n, float[] trans, float[] start, float[] end, int[] path) {
        int size = tags.size();
        float ninf = Float.NEGATIVE_INFINITY;
        float[] fwd = new float[n * size];
        float[] bwd = new float[n * size];
        for (int t = 0; t < size; t++) {
            fwd[t] = tags.canStart(t) ? em[t] + start[t] : ninf;
        }
        for (int i = 1; i < n; i++) {
            int row = i * size;
            int prevRow = row - size;
            for (int t = 0; t < size; t++) {
                float best = ninf;
                for (int p : tags.predecessors(t)) {
                    best = Math.max(best, fwd[prevRow + p] + trans[p * size + t]);
                }
                fwd[row + t] = best + em[row + t];
            }
        }
        int last = (n - 1) * size;
        for (int t = 0; t < size; t++) {
            bwd[last + t] = tags.canEnd(t) ? end[t] : ninf;
        }
        for (int i = n - 2; i >= 0; i--) {
            int row = i * size;
            int nextRow = row + size;
            java.util.Arrays.fill(bwd, row, row + size, ninf);
            for (int t = 0; t < size; t++) {
                float ahead = em[nextRow + t] + bwd[nextRow + t];
                for (int p : tags.predecessors(t)) {
                    float v = trans[p * size + t] + ahead;
                    if (v > bwd[row + p]) {
                        bwd[row + p] = v;
                    }
                }
            }
        }
        float[] margin = new float[n];
        for (int i = 0; i < n; i++) {
            int row = i * size;
            float chosen = fwd[row + path[i]] + bwd[row + path[i]];
            float other = ninf;
            for (int t = 0; t < size; t++) {
                if (t != path[i]) {
                    other = Math.max(other, fwd[row + t] + bwd[row + t]);
                }
            }
            margin[i] = chosen - other;
        }
        return margin;
    }
}
