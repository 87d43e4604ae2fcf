package dev.newsflow.enrich.ner;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained character-level entity recogniser: averaged-perceptron weights over hashed features, decoded with
 * Viterbi over BIOES tags.
 *
 * <p>Instances are immutable after loading and safe to share across threads: {@link #tag} keeps all its state in
 * local arrays (a handful per call, none per character).
 *
 * <p>The features include HanLP's segmentation (word position and nature of the word around each character). For
 * the best accuracy pass terms from a segmenter configured like {@link #newSegment()}, the configuration the
 * model was trained with.
 */
public final class NerModel {

    /** Classpath location of the shipped model. */
    public static final String DEFAULT_RESOURCE = "/ner/ner-model.bin.gz";

    private static final int MAGIC = 0x4E464E52; // "NFNR"
    private static final int FORMAT = 1;

    private final TagSet tags;
    private final float[] trans;
    private final float[] start;
    private final float[] end;
    /** Feature keys in ascending order, with their sparse weights (as trained; kept for {@link #write}). */
    private final long[] rowKeys;
    private final int[] rowStart;
    private final byte[] entryTag;
    private final float[] entryWeight;
    /**
     * Dense quantised weights, {@code tags.size()} shorts per row: one contiguous run per feature, added with a
     * tight integer loop. Shorts rather than floats halve the memory each lookup pulls through the cache, which is
     * what decoding waits on; {@link #scale} turns the sums back into scores (error below 0.01 % of the largest
     * weight, measured to change no held-out result).
     */
    private final short[] weights;
    private final float scale;
    /**
     * Open-addressing index of the rows: each slot holds the upper 32 bits of the feature key and, below them,
     * the row's offset in {@link #weights} plus one (0 = empty slot). Eight bytes a slot keep the index small; two
     * keys sharing the upper 32 bits and a probe run is a 2^-32 event per lookup, which the model tolerates.
     */
    private final long[] table;
    private final int tableMask;
    private final NerFeatureHook hook;
    private final ThreadLocal<Segment> segments = ThreadLocal.withInitial(NerModel::newSegment);

    private static final long HIGH = 0xFFFFFFFF00000000L;

    /** Builds a model from sparse rows (sorted keys; entries of row r at {@code rowStart[r]..rowStart[r+1]}). */
    NerModel(TagSet tags, float[] trans, float[] start, float[] end, long[] rowKeys, int[] rowStart,
             byte[] entryTag, float[] entryWeight, NerFeatureHook hook) {
        this.tags = tags;
        this.trans = trans;
        this.start = start;
        this.end = end;
        this.rowKeys = rowKeys;
        this.rowStart = rowStart;
        this.entryTag = entryTag;
        this.entryWeight = entryWeight;
        this.hook = hook;
        int size = tags.size();
        float maxAbs = 0;
        for (float w : entryWeight) {
            maxAbs = Math.max(maxAbs, Math.abs(w));
        }
        float quantum = maxAbs == 0 ? 1f : maxAbs / Short.MAX_VALUE;
        this.scale = quantum;
        // Rows with many non-zero weights belong to frequent features (every tag got updated): laying them out
        // first keeps the rows most lookups hit in a small, cache-friendly region.
        Integer[] order = new Integer[rowKeys.length];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, (x, y) -> {
            int byCount = Integer.compare(rowStart[y + 1] - rowStart[y], rowStart[x + 1] - rowStart[x]);
            return byCount != 0 ? byCount : Integer.compare(x, y);
        });
        int[] rowOffset = new int[rowKeys.length];
        for (int position = 0; position < order.length; position++) {
            rowOffset[order[position]] = position * size;
        }
        this.weights = new short[rowKeys.length * size];
        for (int r = 0; r < rowKeys.length; r++) {
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                weights[rowOffset[r] + entryTag[j]] = (short) Math.round(entryWeight[j] / quantum);
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, rowKeys.length * 2 - 1)) << 1;
        this.table = new long[capacity];
        this.tableMask = capacity - 1;
        for (int r = 0; r < rowKeys.length; r++) {
            long key = rowKeys[r];
            int slot = slot(key);
            while (table[slot] != 0) {
                slot = (slot + 1) & tableMask;
            }
            table[slot] = (key & HIGH) | (rowOffset[r] + 1L);
        }
    }

    private NerModel(NerModel base, NerFeatureHook hook) {
        this.tags = base.tags;
        this.trans = base.trans;
        this.start = base.start;
        this.end = base.end;
        this.rowKeys = base.rowKeys;
        this.rowStart = base.rowStart;
        this.entryTag = base.entryTag;
        this.entryWeight = base.entryWeight;
        this.weights = base.weights;
        this.scale = base.scale;
        this.table = base.table;
        this.tableMask = base.tableMask;
        this.hook = hook;
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 29)) & tableMask;
    }

    /** Offset of the weights of feature {@code key}, or -1 when the model has none. */
    private int offset(long key) {
        long high = key & HIGH;
        int slot = slot(key);
        while (true) {
            long e = table[slot];
            if (e == 0) {
                return -1;
            }
            if ((e & HIGH) == high) {
                return (int) e - 1;
            }
            slot = (slot + 1) & tableMask;
        }
    }

    /** The shipped model, loaded from {@link #DEFAULT_RESOURCE} on first use and cached. */
    public static NerModel loadDefault() {
        return DefaultHolder.MODEL;
    }

    private static final class DefaultHolder {
        static final NerModel MODEL = loadResource();

        private static NerModel loadResource() {
            try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model resource missing: " + DEFAULT_RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read NER model " + DEFAULT_RESOURCE, e);
            }
        }
    }

    /**
     * A new HanLP segmenter configured as the model expects: offsets on, person, place and organisation
     * recognition on. Segmenters are cheap to create; the enricher should segment each article once with one of
     * these and pass the terms to {@link #tag(String, List)}.
     */
    public static Segment newSegment() {
        return HanLP.newSegment()
                .enableOffset(true)
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
    }

    /** The same weights decoded with a feature hook; only useful for a model trained with that hook. */
    public NerModel withFeatureHook(NerFeatureHook featureHook) {
        return new NerModel(this, featureHook);
    }

    /** Entity types this model emits, e.g. {@code [PER, ORG_GOV, ORG_COM, ORG_ORG, LOC, TITLE]}. */
    public List<String> labels() {
        return tags.types();
    }

    /**
     * Tags {@code text}, segmenting it first with a thread-confined {@link #newSegment()} (convenient for
     * evaluation; the pipeline should reuse its own terms through {@link #tag(String, List)}).
     */
    public List<NerSpan> tag(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        return tag(text, segments.get().seg(text));
    }

    /**
     * Tags {@code text} using {@code terms}, one segmentation of the same text (offsets are used when present,
     * otherwise terms are aligned in order). Spans come out sorted, non-overlapping.
     *
     * @param terms HanLP terms of {@code text}; null or empty works but loses the word features
     */
    public List<NerSpan> tag(String text, List<Term> terms) {
        List<ScoredSpan> scored = tag(text, terms, false);
        List<NerSpan> spans = new ArrayList<>(scored.size());
        for (ScoredSpan s : scored) {
            spans.add(s.span());
        }
        return spans;
    }

    /**
     * Like {@link #tag(String, List)}, and for each span that starts or ends inside one of the segmenter's words how
     * sure the model is of it (see {@link ScoredSpan}). Such spans are rare, so the extra backward pass over the
     * tags is paid only for texts that have one.
     */
    public List<ScoredSpan> tagScored(String text, List<Term> terms) {
        return tag(text, terms, true);
    }

    /**
     * A recognised span; when it cuts one of the segmenter's words ({@code cutsWord}), the model's margin for it: how
     * much worse, in the model's score units, the best labelling is that tags any character of the span, or the
     * character on either side, differently (another extent, another type, or no entity). Near 0 the model
     * hesitated; a clear entity scores about 100. {@link Float#NaN} for spans on word boundaries.
     */
    public record ScoredSpan(NerSpan span, boolean cutsWord, float margin) {
    }

    private List<ScoredSpan> tag(String text, List<Term> terms, boolean margins) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        if (n > MAX_PIECE) {
            return tagInPieces(text, terms, margins);
        }
        int[] best = new int[n];
        Features.Context ctx = new Features.Context(text, terms, hook);
        float[] em = decode(ctx, best);
        List<NerSpan> spans = tags.decode(best, n);
        float[] margin = null;
        List<ScoredSpan> scored = new ArrayList<>(spans.size());
        for (NerSpan s : spans) {
            NerSpan t = trimmed(text, s);
            if (t == null) {
                continue;
            }
            boolean cuts = margins && cutsWord(ctx, t);
            if (cuts && margin == null) {
                margin = Viterbi.margins(tags, em, n, trans, start, end, best);
            }
            scored.add(new ScoredSpan(t, cuts, cuts ? spanMargin(margin, t) : Float.NaN));
        }
        return scored;
    }

    /** The span starts after the start of a segmented word, or ends before the end of one. */
    private static boolean cutsWord(Features.Context ctx, NerSpan s) {
        int first = ctx.wordStart[s.start()];
        int last = s.end() - 1;
        return first >= 0 && first < s.start() || ctx.wordStart[last] >= 0 && ctx.wordEnd[last] > s.end();
    }

    /** The smallest margin over the span's characters and the one on each side of it (its boundaries). */
    private static float spanMargin(float[] margin, NerSpan s) {
        float m = Float.POSITIVE_INFINITY;
        for (int i = Math.max(0, s.start() - 1); i < Math.min(margin.length, s.end() + 1); i++) {
            m = Math.min(m, margin[i]);
        }
        return m;
    }

    /** Longest text decoded in one piece: keeps the per-call buffers (≈ 400 bytes a character) bounded. */
    static final int MAX_PIECE = 8192;

    /**
     * Very long texts are decoded piece by piece, cut after a line break or sentence end where possible, each piece
     * with the terms that fall inside it (offsets shifted); spans come back in the text's coordinates.
     */
    private List<ScoredSpan> tagInPieces(String text, List<Term> terms, boolean margins) {
        List<ScoredSpan> spans = new ArrayList<>();
        List<Term> all = terms == null ? List.of() : terms;
        int termIndex = 0;
        int cursor = 0;
        int from = 0;
        while (from < text.length()) {
            int to = pieceEnd(text, from);
            List<Term> inside = new ArrayList<>();
            for (; termIndex < all.size(); termIndex++) {
                Term term = all.get(termIndex);
                if (term.word == null || term.word.isEmpty()) {
                    continue;
                }
                int at = Features.termStart(text, term, cursor);
                if (at < 0) {
                    continue; // not in the text
                }
                int stop = at + term.word.length();
                if (at < from) {
                    cursor = stop; // straddled the previous cut: no piece gets it
                    continue;
                }
                if (stop > to) {
                    break; // starts after this cut or straddles it: the next piece decides
                }
                cursor = stop;
                Term shifted = new Term(term.word, term.nature);
                shifted.offset = at - from;
                inside.add(shifted);
            }
            for (ScoredSpan s : tag(text.substring(from, to), inside, margins)) {
                NerSpan span = s.span();
                spans.add(new ScoredSpan(new NerSpan(span.start() + from, span.end() + from, span.label()), s.cutsWord(),
                    s.margin()));
            }
            from = to;
        }
        return spans;
    }

    private static int pieceEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_PIECE);
        if (limit == text.length()) {
            return limit;
        }
        for (int i = limit - 1; i > from + MAX_PIECE / 2; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。' || c == '！' || c == '？' || c == '；') {
                return i + 1;
            }
        }
        // no boundary in the second half: cut anyway, but never between the halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    /** Entities never start or end with whitespace: the span without it, or null for a span of whitespace only. */
    private static NerSpan trimmed(String text, NerSpan s) {
        int a = s.start();
        int b = s.end();
        while (a < b && isBlank(text.charAt(a))) {
            a++;
        }
        while (b > a && isBlank(text.charAt(b - 1))) {
            b--;
        }
        if (a == s.start() && b == s.end()) {
            return s;
        }
        return a == b ? null : new NerSpan(a, b, s.label());
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Fills {@code out} with the best tag of each character of {@code ctx}; returns the emission scores. */
    float[] decode(Features.Context ctx, int[] out) {
        int n = ctx.n;
        int size = tags.size();
        int[] sums = new int[n * size];
        int features = Features.COUNT;
        // Blocks of characters: all lookups of a block, then all additions. Decoding waits on cache misses, and
        // independent loads in a row let the CPU keep several in flight; the block keeps the buffers small.
        int block = Math.min(n, 64);
        long[] keys = new long[block * features];
        int[] offsets = new int[block * features];
        short[] w = weights;
        for (int from = 0; from < n; from += block) {
            int to = Math.min(n, from + block);
            int count = (to - from) * features;
            for (int i = from; i < to; i++) {
                Features.extract(ctx, i, keys, (i - from) * features);
            }
            for (int k = 0; k < count; k++) {
                offsets[k] = keys[k] == 0 ? -1 : offset(keys[k]);
            }
            for (int i = from; i < to; i++) {
                int base = i * size;
                for (int k = (i - from) * features, stop = k + features; k < stop; k++) {
                    int off = offsets[k];
                    if (off < 0) {
                        continue;
                    }
                    for (int t = 0; t < size; t++) {
                        sums[base + t] += w[off + t];
                    }
                }
            }
        }
        float[] em = new float[n * size];
        for (int k = 0; k < em.length; k++) {
            em[k] = sums[k] * scale;
        }
        Viterbi.decode(tags, em, n, trans, start, end, null, out);
        return em;
    }

    TagSet tagSet() {
        return tags;
    }

    /** Number of stored feature rows and weights, for reports. */
    public String describe() {
        return "NerModel" + tags.types() + " rows=" + rowKeys.length + " weights=" + entryWeight.length;
    }

    /** Writes the model (gzip, big-endian, rows in key order: equal models give equal bytes). */
    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(Features.VERSION);
        out.writeInt(tags.typeCount());
        for (String type : tags.types()) {
            out.writeUTF(type);
        }
        writeFloats(out, trans);
        writeFloats(out, start);
        writeFloats(out, end);
        out.writeInt(rowKeys.length);
        for (int r = 0; r < rowKeys.length; r++) {
            out.writeLong(rowKeys[r]);
            out.writeByte(rowStart[r + 1] - rowStart[r]);
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                out.writeByte(entryTag[j]);
                out.writeFloat(entryWeight[j]);
            }
        }
        out.flush();
        gzip.finish();
    }

    /** Reads a model written by {@link #write}. */
    public static NerModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 1 << 16)));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a newsflow NER model");
        }
        int version = in.readInt();
        if (version != Features.VERSION) {
            throw new IOException("model has feature version " + version + ", code has " + Features.VERSION
                    + ": retrain with train-ner");
        }
        int typeCount = in.readInt();
        List<String> types = new ArrayList<>();
        for (int k = 0; k < typeCount; k++) {
            types.add(in.readUTF());
        }
        TagSet tags = new TagSet(types);
        int size = tags.size();
        float[] trans = readFloats(in, size * size);
        float[] start = readFloats(in, size);
        float[] end = readFloats(in, size);
        int rows = in.readInt();
        long[] keys = new long[rows];
        int[] rowStart = new int[rows + 1];
        byte[] entryTag = new byte[rows * 4];
        float[] entryWeight = new float[rows * 4];
        int entries = 0;
        for (int r = 0; r < rows; r++) {
            keys[r] = in.readLong();
            int count = in.readUnsignedByte();
            if (entries + count > entryTag.length) {
                int grown = Math.max(entryTag.length * 2, entries + count);
                entryTag = java.util.Arrays.copyOf(entryTag, grown);
                entryWeight = java.util.Arrays.copyOf(entryWeight, grown);
            }
            for (int j = 0; j < count; j++) {
                int tag = in.readUnsignedByte();
                if (tag >= size) {
                    throw new IOException("corrupt model: tag " + tag);
                }
                entryTag[entries] = (byte) tag;
                entryWeight[entries] = in.readFloat();
                entries++;
            }
            rowStart[r + 1] = entries;
        }
        return new NerModel(tags, trans, start, end, keys, rowStart,
                java.util.Arrays.copyOf(entryTag, entries), java.util.Arrays.copyOf(entryWeight, entries), null);
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in, int count) throws IOException {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }
}
