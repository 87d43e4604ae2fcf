package dev.newsflow.enrich.ner;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel} with an averaged structured perceptron.
 *
 * <p>Deterministic: the same sentences and options give byte-identical models (fixed shuffle seed, features
 * numbered in first-seen order, rows written in key order, no hash-ordered iteration).
 *
 * <p>Partial supervision: a training sentence may allow several tags at a position (a bit mask). Its "gold" path
 * is then the best path the current weights find inside the masks (a latent-variable perceptron). People's Daily
 * uses this twice: its ORG spans do not say which kind (government, company, other), and it never marks titles, so
 * its O characters may also be TITLE. Instances are not thread-safe.
 */
public final class NerTrainer {

    /** The six types of the shipped model, in tag order. */
    public static final List<String> TYPES = List.of("PER", "ORG_GOV", "ORG_COM", "ORG_ORG", "LOC", "TITLE");

    /** CLUENER class → model type; classes not listed (game, scene, book, movie) are trained as O. */
    public static final Map<String, String> CLUENER_TYPES = Map.of(
            "name", "PER", "government", "ORG_GOV", "company", "ORG_COM", "organization", "ORG_ORG",
            "address", "LOC", "position", "TITLE");

    /**
     * Training options.
     *
     * @param iterations      passes over the data
     * @param seed            shuffle seed
     * @param minFeatureCount features seen fewer times are dropped before training
     * @param pruneBelow      averaged weights with a smaller magnitude are not stored
     * @param hook            optional feature hook (also needed when decoding), or null
     * @param peoplesDailyCopies how many times each People's Daily sentence is added (its weight against CLUENER)
     * @param tuning          also hold out every tenth People's Daily dev sentence, so that a tuning run can be
     *                        scored on People's Daily style text without touching any test split; the shipped
     *                        model is trained with {@code false}
     * @param placePartialPercent in this percentage of CLUENER sentences (chosen by line number), unmarked HanLP
     *                        place words may be O or LOC (see {@code allowUnmarkedPlaces}); 0 trains them as O
     */
    public record Options(int iterations, long seed, int minFeatureCount, float pruneBelow, NerFeatureHook hook,
                          int peoplesDailyCopies, boolean tuning, int placePartialPercent) {
        public static Options defaults() {
            return new Options(10, 20260101L, 1, 0.02f, null, 3, false, 50);
        }

        public Options withIterations(int n) {
            return new Options(n, seed, minFeatureCount, pruneBelow, hook,
                    peoplesDailyCopies, tuning, placePartialPercent);
        }

        public Options withMinFeatureCount(int n) {
            return new Options(iterations, seed, n, pruneBelow, hook,
                    peoplesDailyCopies, tuning, placePartialPercent);
        }

        public Options withPeoplesDailyCopies(int n) {
            return new Options(iterations, seed, minFeatureCount, pruneBelow, hook, n, tuning, placePartialPercent);
        }

        public Options withTuning(boolean on) {
            return new Options(iterations, seed, minFeatureCount, pruneBelow, hook,
                    peoplesDailyCopies, on, placePartialPercent);
        }

        public Options withPlacePartialPercent(int percent) {
            return new Options(iterations, seed, minFeatureCount, pruneBelow, hook, peoplesDailyCopies, tuning,
                    percent);
        }

        public Options withHook(NerFeatureHook h) {
            return new Options(iterations, seed, minFeatureCount, pruneBelow, h,
                    peoplesDailyCopies, tuning, placePartialPercent);
        }
    }

    /** One training sentence: text, its terms, and the allowed tags of each character as a bit mask. */
    static final class Instance {
        final String text;
        final List<Term> terms;
        final int[] masks;
        final boolean partial;
        int[] featureIds;

        Instance(String text, List<Term> terms, int[] masks) {
            this.text = text;
            this.terms = terms;
            this.masks = masks;
            boolean p = false;
            for (int m : masks) {
                p |= Integer.bitCount(m) != 1;
            }
            this.partial = p;
        }
    }

    private final TagSet tags = new TagSet(TYPES);
    private final Options options;
    private final Consumer<String> log;
    private final List<Instance> instances = new ArrayList<>();

    public NerTrainer(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log == null ? s -> { } : log;
    }

    /** Adds a fully labelled CLUENER sentence (its classes mapped by {@link #CLUENER_TYPES}). */
    public void addCluener(NerSentence sentence, Segment segment) {
        int n = sentence.text().length();
        int[] tagSeq = new int[n];
        boolean[] taken = new boolean[n];
        for (NerSpan span : sentence.spans()) {
            String type = CLUENER_TYPES.get(span.label());
            if (type == null || overlaps(taken, span)) {
                continue;
            }
            TagSet.encode(span.start(), span.end(), tags.typeIndex(type), tagSeq);
            Arrays.fill(taken, span.start(), span.end(), true);
        }
        int[] masks = new int[n];
        for (int i = 0; i < n; i++) {
            masks[i] = 1 << tagSeq[i];
        }
        List<Term> terms = segment == null ? List.of() : segment.seg(sentence.text());
        if (Math.floorMod(sentence.line() * 7919, 100) < options.placePartialPercent()) {
            allowUnmarkedPlaces(sentence.text(), terms, taken, masks);
        }
        add(sentence.text(), terms, masks);
    }

    /**
     * CLUENER marks a place as address only where the sentence is about a location, so 中国 in 中国可持续发展 is O,
     * while People's Daily marks every place name. Where CLUENER says O over a word HanLP calls a place (ns, nsf),
     * allow O or LOC over the whole word and let the weights decide, instead of teaching the two conventions
     * against each other. Applied to half of the sentences (tuned on the held-out CLUENER lines and a held-out tenth
     * of People's Daily dev): everywhere, CLUENER's address precision falls (0.51 → 0.34); nowhere, People's Daily
     * place recall stays low (0.56).
     */
    private void allowUnmarkedPlaces(String text, List<Term> terms, boolean[] taken, int[] masks) {
        int loc = tags.typeIndex("LOC");
        int[] single = new int[text.length()];
        int cursor = 0;
        for (Term term : terms) {
            if (term.word == null || term.word.isEmpty()) {
                continue;
            }
            int at = Features.termStart(text, term, cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + term.word.length();
            String nature = term.nature == null ? "" : term.nature.toString();
            if (!nature.equals("ns") && !nature.equals("nsf")) {
                continue;
            }
            NerSpan span = new NerSpan(at, cursor, "LOC");
            if (overlaps(taken, span)) {
                continue;
            }
            TagSet.encode(at, cursor, loc, single);
            for (int i = at; i < cursor; i++) {
                masks[i] |= 1 << single[i];
            }
        }
    }

    /**
     * Adds a People's Daily style sentence (PER, LOC, ORG): PER and LOC exact; ORG may be any organisation kind
     * (one kind per span, kept by the BIOES transitions); O may be O or a TITLE, which that corpus never marks.
     */
    public void addPeoplesDaily(NerSentence sentence, Segment segment) {
        int n = sentence.text().length();
        int title = tags.typeIndex("TITLE");
        int outside = 1 << TagSet.O;
        for (int p = 0; p < 4; p++) {
            outside |= 1 << TagSet.tag(title, p);
        }
        int[] masks = new int[n];
        Arrays.fill(masks, outside);
        boolean[] taken = new boolean[n];
        int[] single = new int[n];
        for (NerSpan span : sentence.spans()) {
            if (overlaps(taken, span)) {
                continue;
            }
            List<String> kinds = switch (span.label()) {
                case "PER" -> List.of("PER");
                case "LOC" -> List.of("LOC");
                case "ORG" -> List.of("ORG_GOV", "ORG_COM", "ORG_ORG");
                default -> List.of();
            };
            if (kinds.isEmpty()) {
                continue;
            }
            Arrays.fill(taken, span.start(), span.end(), true);
            for (int i = span.start(); i < span.end(); i++) {
                masks[i] = 0;
            }
            for (String kind : kinds) {
                TagSet.encode(span.start(), span.end(), tags.typeIndex(kind), single);
                for (int i = span.start(); i < span.end(); i++) {
                    masks[i] |= 1 << single[i];
                }
            }
        }
        add(sentence.text(), segment == null ? List.of() : segment.seg(sentence.text()), masks);
    }

    private void add(String text, List<Term> terms, int[] masks) {
        if (text.isEmpty()) {
            return;
        }
        instances.add(new Instance(text, terms, masks));
    }

    private static boolean overlaps(boolean[] taken, NerSpan span) {
        for (int i = span.start(); i < span.end(); i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return instances.size();
    }

    /**
     * Loads the shared training data: CLUENER train without its held-out lines, plus People's Daily dev. Never
     * reads any test split.
     */
    public void addSharedCorpus(Path shared, Segment segment) throws IOException {
        Path gold = shared.resolve("ner-gold");
        int clue = 0;
        for (NerSentence s : NerCorpus.readCluener(gold.resolve("cluener/train.jsonl"))) {
            if (!NerCorpus.isHeldOut(s.line())) {
                addCluener(s, segment);
                clue++;
            }
        }
        int pd = 0;
        for (NerSentence s : NerCorpus.readBio(gold.resolve("peoples-daily/example.dev"))) {
            if (options.tuning() && NerCorpus.isHeldOut(s.line())) {
                continue;
            }
            for (int copy = 0; copy < options.peoplesDailyCopies(); copy++) {
                addPeoplesDaily(s, segment);
            }
            pd++;
        }
        log.accept("training sentences: CLUENER " + clue + " (held-out lines excluded), People's Daily dev " + pd
                + " x" + options.peoplesDailyCopies() + (options.tuning() ? " (tuning: every 10th held out)" : ""));
    }

    /** Trains on every sentence added so far. */
    public NerModel train() {
        int size = tags.size();
        LongIntMap ids = numberFeatures();
        int features = ids.size();
        long[] idToKey = new long[features];
        for (long key : ids.sortedKeys()) {
            idToKey[ids.get(key)] = key;
        }
        log.accept("features kept: " + features + " (min count " + options.minFeatureCount() + ")");

        float[] w = new float[features * size];
        double[] acc = new double[features * size];
        float[] trans = new float[size * size];
        double[] transAcc = new double[size * size];
        float[] start = new float[size];
        double[] startAcc = new double[size];
        float[] end = new float[size];
        double[] endAcc = new double[size];

        int[] order = new int[instances.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Random random = new Random(options.seed());
        long c = 1;
        for (int epoch = 1; epoch <= options.iterations(); epoch++) {
            shuffle(order, random);
            int wrong = 0;
            long t0 = System.nanoTime();
            for (int k : order) {
                Instance inst = instances.get(k);
                int n = inst.text.length();
                float[] em = emissions(inst, w, size);
                int[] pred = new int[n];
                Viterbi.decode(tags, em, n, trans, start, end, null, pred);
                int[] gold = new int[n];
                if (inst.partial) {
                    Viterbi.decode(tags, em, n, trans, start, end, inst.masks, gold);
                } else {
                    for (int i = 0; i < n; i++) {
                        gold[i] = Integer.numberOfTrailingZeros(inst.masks[i]);
                    }
                }
                if (!Arrays.equals(pred, gold)) {
                    wrong++;
                    for (int i = 0; i < n; i++) {
                        if (gold[i] != pred[i]) {
                            int base = i * Features.COUNT;
                            for (int f = 0; f < Features.COUNT; f++) {
                                int id = inst.featureIds[base + f];
                                if (id < 0) {
                                    continue;
                                }
                                int g = id * size + gold[i];
                                int p = id * size + pred[i];
                                w[g] += 1;
                                acc[g] += c;
                                w[p] -= 1;
                                acc[p] -= c;
                            }
                        }
                        if (i > 0 && (gold[i] != pred[i] || gold[i - 1] != pred[i - 1])) {
                            int g = gold[i - 1] * size + gold[i];
                            int p = pred[i - 1] * size + pred[i];
                            trans[g] += 1;
                            transAcc[g] += c;
                            trans[p] -= 1;
                            transAcc[p] -= c;
                        }
                    }
                    if (gold[0] != pred[0]) {
                        start[gold[0]] += 1;
                        startAcc[gold[0]] += c;
                        start[pred[0]] -= 1;
                        startAcc[pred[0]] -= c;
                    }
                    if (gold[n - 1] != pred[n - 1]) {
                        end[gold[n - 1]] += 1;
                        endAcc[gold[n - 1]] += c;
                        end[pred[n - 1]] -= 1;
                        endAcc[pred[n - 1]] -= c;
                    }
                }
                c++;
            }
            log.accept(String.format(java.util.Locale.ROOT, "iteration %d: %d of %d sentences wrong, %.1f s",
                    epoch, wrong, order.length,
                    (System.nanoTime() - t0) / 1e9));
        }
        return build(idToKey, average(w, acc, c), average(trans, transAcc, c), average(start, startAcc, c),
                average(end, endAcc, c));
    }

    private static float[] average(float[] w, double[] acc, long c) {
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - acc[i] / c);
        }
        return avg;
    }

    private NerModel build(long[] idToKey, float[] w, float[] trans, float[] start, float[] end) {
        int size = tags.size();
        Integer[] byKey = new Integer[idToKey.length];
        for (int i = 0; i < byKey.length; i++) {
            byKey[i] = i;
        }
        Arrays.sort(byKey, (a, b) -> Long.compare(idToKey[a], idToKey[b]));
        long[] keys = new long[idToKey.length];
        int[] rowStart = new int[idToKey.length + 1];
        byte[] entryTag = new byte[idToKey.length * 4];
        float[] entryWeight = new float[idToKey.length * 4];
        int rows = 0;
        int entries = 0;
        float floor = options.pruneBelow();
        for (int id : byKey) {
            int before = entries;
            for (int t = 0; t < size; t++) {
                float v = w[id * size + t];
                if (Math.abs(v) >= floor && v != 0f) {
                    if (entries == entryTag.length) {
                        entryTag = Arrays.copyOf(entryTag, entries * 2);
                        entryWeight = Arrays.copyOf(entryWeight, entries * 2);
                    }
                    entryTag[entries] = (byte) t;
                    entryWeight[entries] = v;
                    entries++;
                }
            }
            if (entries > before) {
                keys[rows] = idToKey[id];
                rows++;
                rowStart[rows] = entries;
            }
        }
        log.accept("stored rows: " + rows + ", weights: " + entries);
        return new NerModel(tags, trans, start, end, Arrays.copyOf(keys, rows), Arrays.copyOf(rowStart, rows + 1),
                Arrays.copyOf(entryTag, entries), Arrays.copyOf(entryWeight, entries), options.hook());
    }

    private float[] emissions(Instance inst, float[] w, int size) {
        int n = inst.text.length();
        float[] em = new float[n * size];
        for (int i = 0; i < n; i++) {
            int base = i * Features.COUNT;
            int row = i * size;
            for (int f = 0; f < Features.COUNT; f++) {
                int id = inst.featureIds[base + f];
                if (id < 0) {
                    continue;
                }
                int off = id * size;
                for (int t = 0; t < size; t++) {
                    em[row + t] += w[off + t];
                }
            }
        }
        return em;
    }

    /** Hashes every feature, counts them, and numbers those seen often enough in first-seen order. */
    private LongIntMap numberFeatures() {
        List<long[]> hashes = new ArrayList<>(instances.size());
        LongIntMap counts = new LongIntMap(1 << 20);
        for (Instance inst : instances) {
            Features.Context ctx = new Features.Context(inst.text, inst.terms, options.hook());
            long[] h = new long[inst.text.length() * Features.COUNT];
            for (int i = 0; i < inst.text.length(); i++) {
                Features.extract(ctx, i, h, i * Features.COUNT);
            }
            for (long key : h) {
                if (key != 0) {
                    counts.increment(key, 1);
                }
            }
            hashes.add(h);
        }
        LongIntMap ids = new LongIntMap(counts.size());
        for (int k = 0; k < instances.size(); k++) {
            long[] h = hashes.get(k);
            int[] fid = new int[h.length];
            for (int j = 0; j < h.length; j++) {
                long key = h[j];
                if (key == 0 || counts.get(key) < options.minFeatureCount()) {
                    fid[j] = -1;
                    continue;
                }
                int id = ids.get(key);
                if (id < 0) {
                    id = ids.size();
                    ids.put(key, id);
                }
                fid[j] = id;
            }
            instances.get(k).featureIds = fid;
            hashes.set(k, null);
        }
        return ids;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
