package dev.newsflow.enrich.ner;

import com.hankcs.hanlp.seg.common.Term;

import java.util.List;

/**
 * Feature templates of the recogniser. Each feature is a 64-bit hash of (template, values) computed straight from
 * primitive arrays, so extraction allocates nothing per character. Training and decoding share this class: a
 * change of any template must bump {@link #VERSION}, which the model file records and checks.
 *
 * <p>Stateless; {@link Context} instances are per call and not shared.
 */
final class Features {

    /** Version of the templates below; stored in the model file. */
    static final int VERSION = 1;
    /** Features per character (some may be absent, written as 0). */
    static final int COUNT = 21;

    private static final int PAD = 2;
    private static final int NO_NATURE = 0x5EED;
    private static final int MAX_WORD_FEATURE_LENGTH = 12;

    private Features() {
    }

    /** Per-sentence arrays the templates read: normalised characters and the word each character belongs to. */
    static final class Context {
        final String text;
        final int n;
        /** Normalised characters, padded with {@link #PAD} sentinels on each side. */
        final char[] chars;
        /** Character classes, padded like {@link #chars}. */
        final byte[] classes;
        final int[] wordStart;
        final int[] wordEnd;
        final int[] nature;
        final int[] prevNature;
        final int[] nextNature;
        final long[] wordHash;
        final int[] hook;

        Context(String text, List<Term> terms, NerFeatureHook hookFn) {
            this.text = text;
            this.n = text.length();
            chars = new char[n + 2 * PAD];
            classes = new byte[n + 2 * PAD];
            for (int p = 0; p < PAD; p++) {
                chars[p] = CharTable.BEGIN;
                chars[n + PAD + p] = CharTable.END;
                classes[p] = 7;
                classes[n + PAD + p] = 8;
            }
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                chars[i + PAD] = CharTable.normalise(c);
                classes[i + PAD] = CharTable.classOf(c);
            }
            wordStart = new int[n];
            wordEnd = new int[n];
            nature = new int[n];
            prevNature = new int[n];
            nextNature = new int[n];
            wordHash = new long[n];
            alignWords(terms);
            if (hookFn != null) {
                hook = new int[n];
                hookFn.annotate(text, hook);
            } else {
                hook = null;
            }
        }

        /**
         * Maps each term to its characters. Offsets are used when they fit (enableOffset), otherwise the word is
         * searched from the previous term's end, so terms without offsets work too. Characters no term covers
         * (whitespace some segmenters drop) become one-character words without a nature.
         */
        private void alignWords(List<Term> terms) {
            for (int i = 0; i < n; i++) {
                wordStart[i] = -1;
            }
            int cursor = 0;
            int words = 0;
            int[] starts = new int[terms == null ? 0 : terms.size()];
            int[] ends = new int[starts.length];
            int[] natures = new int[starts.length];
            if (terms != null) {
                for (Term term : terms) {
                    String w = term.word;
                    if (w == null || w.isEmpty()) {
                        continue;
                    }
                    int at = termStart(text, term, cursor);
                    if (at < 0) {
                        continue;
                    }
                    starts[words] = at;
                    ends[words] = at + w.length();
                    natures[words] = term.nature == null ? NO_NATURE : term.nature.toString().hashCode();
                    words++;
                    cursor = at + w.length();
                }
            }
            for (int k = 0; k < words; k++) {
                long h = hashWord(starts[k], ends[k]);
                int prev = k > 0 && ends[k - 1] == starts[k] ? natures[k - 1] : NO_NATURE;
                int next = k + 1 < words && starts[k + 1] == ends[k] ? natures[k + 1] : NO_NATURE;
                for (int i = starts[k]; i < ends[k]; i++) {
                    wordStart[i] = starts[k];
                    wordEnd[i] = ends[k];
                    nature[i] = natures[k];
                    prevNature[i] = prev;
                    nextNature[i] = next;
                    wordHash[i] = h;
                }
            }
            for (int i = 0; i < n; i++) {
                if (wordStart[i] < 0) {
                    wordStart[i] = i;
                    wordEnd[i] = i + 1;
                    nature[i] = NO_NATURE;
                    prevNature[i] = NO_NATURE;
                    nextNature[i] = NO_NATURE;
                    wordHash[i] = 0;
                }
            }
        }

        private long hashWord(int start, int end) {
            if (end - start > MAX_WORD_FEATURE_LENGTH || end - start < 2) {
                return 0;
            }
            long h = 0x51ED27L;
            for (int i = start; i < end; i++) {
                h = step(h, chars[i + PAD]);
            }
            return h;
        }
    }

    /**
     * Where {@code term} (non-empty) starts in {@code text}, at or after {@code cursor}: its offset when the
     * segmenter set one that fits (enableOffset), otherwise the next occurrence of its word; -1 when absent.
     */
    static int termStart(String text, Term term, int cursor) {
        String w = term.word;
        if (term.offset >= cursor && text.startsWith(w, term.offset)) {
            return term.offset;
        }
        return text.indexOf(w, cursor);
    }

    /** Writes the {@link #COUNT} features of character {@code i} into {@code out[off..off+COUNT)}. */
    static void extract(Context ctx, int i, long[] out, int off) {
        char[] c = ctx.chars;
        byte[] k = ctx.classes;
        int p = i + PAD;
        int ws = ctx.wordStart[i];
        int we = ctx.wordEnd[i];
        int pos = we - ws == 1 ? 3 : i == ws ? 0 : i == we - 1 ? 2 : 1;
        int nat = ctx.nature[i];
        out[off] = h1(0, 0);
        out[off + 1] = h1(1, c[p]);
        out[off + 2] = h1(2, c[p - 1]);
        out[off + 3] = h1(3, c[p + 1]);
        out[off + 4] = h1(4, c[p - 2]);
        out[off + 5] = h1(5, c[p + 2]);
        out[off + 6] = h2(6, c[p - 1], c[p]);
        out[off + 7] = h2(7, c[p], c[p + 1]);
        out[off + 8] = h2(8, c[p - 2], c[p - 1]);
        out[off + 9] = h2(9, c[p + 1], c[p + 2]);
        out[off + 10] = h3(10, c[p - 1], c[p], c[p + 1]);
        out[off + 11] = h3(11, k[p - 1], k[p], k[p + 1]);
        out[off + 12] = h2(12, pos, nat);
        out[off + 13] = h1(13, nat);
        long wh = ctx.wordHash[i];
        out[off + 14] = wh == 0 ? 0 : h2(14, pos, (int) (wh ^ (wh >>> 32)));
        out[off + 15] = h2(15, pos, ctx.prevNature[i]);
        out[off + 16] = h2(16, pos, ctx.nextNature[i]);
        out[off + 17] = h2(17, pos, c[p]);
        out[off + 18] = h3(18, pos, c[we - 1 + PAD], Math.min(we - ws, 6));
        out[off + 19] = ctx.hook == null || ctx.hook[i] == 0 ? 0 : h1(19, ctx.hook[i]);
        out[off + 20] = h2(20, c[p - 1], c[p + 1]);
    }

    private static long h1(int template, int a) {
        return finish(step(seed(template), a));
    }

    private static long h2(int template, int a, int b) {
        return finish(step(step(seed(template), a), b));
    }

    private static long h3(int template, int a, int b, int c) {
        return finish(step(step(step(seed(template), a), b), c));
    }

    private static long seed(int template) {
        return (template + 1) * 0x9E3779B97F4A7C15L;
    }

    static long step(long h, int v) {
        return (h ^ (v & 0xFFFFFFFFL)) * 0x100000001B3L + 0x632BE59BD9B4E019L;
    }

    /** Murmur3 fmix64; never returns 0, which marks "no feature" and empty map slots. */
    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
