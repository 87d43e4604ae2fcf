package dev.newsflow.enrich;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Keyword;
import dev.newsflow.model.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TextRank over the article's existing segmentation (no second pass), stop-word filtered and entity-aware: an
 * entity's surface forms count as its canonical name (央行 and 人民银行 both rank 中国人民银行), and numbers,
 * punctuation and one-character words never rank.
 *
 * <p>The ranking is HanLP's {@link TextRankKeyword} computed on arrays instead of tree maps (see
 * {@link #textRank(List)}): same graph, same float arithmetic in the same order, so the same ranks. On a
 * 1,500-character article HanLP's takes about 6 ms (tree-map look-ups per edge, 200 rounds at most), this about
 * 0.2 ms — the profile of {@code ./newsflow bench} showed it as 40% of the enrich stage.
 *
 * <p>Thread-safe: no state between calls.
 */
final class KeywordExtractor {
    private final int limit;
    private final KnowledgeBase kb;

    KeywordExtractor(int limit, KnowledgeBase kb) {
        this.limit = limit;
        this.kb = kb;
    }

    List<Keyword> extract(List<Term> terms, List<Entity> entities, String language) {
        if (limit == 0 || terms.isEmpty()) {
            return List.of();
        }
        boolean english = "en".equals(language);
        Map<String, String> canonical = new HashMap<>();
        if (!english) { // canonical names are Chinese: an English post keeps its own words
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    canonical.put(m.text(), e.name());
                }
            }
        }
        List<Term> candidates = new ArrayList<>(terms.size());
        for (Term t : english ? joinNames(terms, entities) : terms) {
            String word = t.word.strip();
            if (keep(word, t, english)) {
                String name = canonical.get(word);
                candidates.add(name == null ? t : new Term(name, t.nature));
            }
        }
        Map<String, Float> ranks = textRank(candidates);
        Map<String, Double> merged = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        ranks.forEach((term, rank) -> {
            String key = english ? term.toLowerCase(Locale.ROOT) : term;
            merged.merge(key, (double) rank, Double::sum);
            display.putIfAbsent(key, term);
        });
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(merged.entrySet());
        sorted.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
        List<Keyword> result = new ArrayList<>(limit);
        for (Map.Entry<String, Double> e : sorted.subList(0, Math.min(limit, sorted.size()))) {
            result.add(new Keyword(display.get(e.getKey()), Math.round(e.getValue() * 1000.0) / 1000.0));
        }
        return result;
    }

    /**
     * English names are several words to the segmenter (Jerome, Powell): where an entity's multi-word mention
     * occurs, its words become one term, so the name ranks as a name rather than as two loose words.
     */
    static List<Term> joinNames(List<Term> terms, List<Entity> entities) {
        List<String[]> names = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                String[] words = m.text().strip().split("\\s+");
                if (words.length > 1) {
                    names.add(words);
                }
            }
        }
        if (names.isEmpty()) {
            return terms;
        }
        names.sort(Comparator.comparingInt((String[] w) -> w.length).reversed());
        List<Term> out = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            int end = -1;
            String[] matched = null;
            for (String[] name : names) {
                end = matchWords(terms, i, name);
                if (end > 0) {
                    matched = name;
                    break;
                }
            }
            if (matched == null) {
                out.add(terms.get(i));
            } else {
                // "the Fed" is a mention; the keyword is the name
                int first = matched[0].equalsIgnoreCase("the") ? 1 : 0;
                String keyword = String.join(" ", Arrays.copyOfRange(matched, first, matched.length));
                out.add(new Term(keyword, com.hankcs.hanlp.corpus.tag.Nature.nz));
                i = end - 1;
            }
        }
        return out;
    }

    /** The index after the words of {@code name} read from term {@code from} on (spaces skipped), or -1. */
    private static int matchWords(List<Term> terms, int from, String[] name) {
        int i = from;
        for (int w = 0; w < name.length; w++) {
            while (w > 0 && i < terms.size() && terms.get(i).word.isBlank()) {
                i++;
            }
            if (i >= terms.size() || !terms.get(i).word.equals(name[w])) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private boolean keep(String word, Term term, boolean english) {
        if (word.length() < 2 || (english && word.length() < 3)) {
            return false;
        }
        // cheapest tests first: most terms are numbers, particles or punctuation (isStopWord also tries lower case)
        String nature = term.nature.toString();
        if (nature.startsWith("m") || nature.startsWith("q") || nature.startsWith("w") || nature.startsWith("t")
            || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("r")
            || nature.startsWith("d")) {
            return false;
        }
        return hasLetter(word) && !kb.isStopWord(word);
    }

    /** {@code word.codePoints().anyMatch(Character::isLetter)} without the stream (this runs for every term). */
    private static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * Exactly {@code new TextRankKeyword().getTermAndRank(terms)}, the same map (same keys, same float values, same
     * iteration order), without its per-edge tree-map and hash-map look-ups. HanLP's algorithm: words that pass
     * its stop-word filter, each linked to the (up to) four words before it; initial score sigmoid(degree); Jacobi
     * iterations {@code score'(w) = (1 - d) + Σ d / degree(v) · score(v)} over w's neighbours in string order,
     * until no score moves more than 0.001 or {@link TextRankKeyword#max_iter} rounds.
     */
    static Map<String, Float> textRank(List<Term> terms) {
        List<String> words = new ArrayList<>(terms.size());
        for (Term t : terms) {
            if (CoreStopWordDictionary.shouldInclude(t)) {
                words.add(t.word);
            }
        }
        // node ids in String order: HanLP keeps the graph in a TreeMap of TreeSets, and the order in which a
        // node's neighbours are summed decides the float result
        String[] names = words.stream().distinct().sorted().toArray(String[]::new);
        Map<String, Integer> idOf = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            idOf.put(names[i], i);
        }
        int[] sequence = new int[words.size()];
        for (int i = 0; i < sequence.length; i++) {
            sequence[i] = idOf.get(words.get(i));
        }
        // undirected edges to the (up to) four previous words, both directions
        int[] from = new int[sequence.length * 8];
        int[] to = new int[from.length];
        int edgeCount = 0;
        for (int i = 0; i < sequence.length; i++) {
            for (int j = Math.max(0, i - 4); j < i; j++) {
                if (sequence[i] != sequence[j]) {
                    from[edgeCount] = sequence[i];
                    to[edgeCount++] = sequence[j];
                    from[edgeCount] = sequence[j];
                    to[edgeCount++] = sequence[i];
                }
            }
        }
        // adjacency lists in ascending neighbour order (a radix sort: by neighbour, then stably by node), without
        // duplicates: HanLP's TreeSet of neighbours, as arrays
        int nodes = names.length;
        int[] order = sortedBy(from, sortedBy(to, null, edgeCount, nodes), edgeCount, nodes);
        int[] start = new int[nodes + 1];
        int[] neighbours = new int[edgeCount];
        int unique = 0;
        int previousFrom = -1;
        int previousTo = -1;
        for (int k = 0; k < edgeCount; k++) {
            int e = order[k];
            if (from[e] == previousFrom && to[e] == previousTo) {
                continue;
            }
            previousFrom = from[e];
            previousTo = to[e];
            neighbours[unique++] = to[e];
            start[from[e] + 1]++;
        }
        for (int n = 0; n < nodes; n++) {
            start[n + 1] += start[n];
        }
        final float d = 0.85f; // TextRankKeyword.d
        float[] score = new float[nodes];
        float[] share = new float[nodes]; // d / degree, the float HanLP computes first for each edge
        for (int n = 0; n < nodes; n++) {
            int degree = start[n + 1] - start[n];
            score[n] = TextRankKeyword.sigMoid(degree);
            share[n] = degree == 0 ? 0 : d / degree;
        }
        float[] next = new float[nodes];
        float[] contribution = new float[nodes];
        for (int iteration = 0; iteration < TextRankKeyword.max_iter; iteration++) {
            // (d / degree(v)) · score(v) is the same float whichever neighbour asks: compute it once per node
            for (int v = 0; v < nodes; v++) {
                contribution[v] = share[v] * score[v];
            }
            float maxDiff = 0;
            for (int n = 0; n < nodes; n++) {
                float rank = 1 - d;
                for (int k = start[n]; k < start[n + 1]; k++) {
                    rank = rank + contribution[neighbours[k]];
                }
                next[n] = rank;
                maxDiff = Math.max(maxDiff, Math.abs(rank - score[n]));
            }
            float[] swap = score;
            score = next;
            next = swap;
            if (maxDiff <= 0.001f) {
                break;
            }
        }
        // a HashMap filled in the same (sorted) order as HanLP's, so iteration order matches too
        Map<String, Float> ranks = new HashMap<>();
        for (int n = 0; n < names.length; n++) {
            ranks.put(names[n], score[n]);
        }
        return ranks;
    }

    /**
     * Edge indices 0…count-1 ordered by {@code key[edge]} (0 ≤ key < buckets), a stable counting sort: edges of
     * equal key keep their order in {@code order} (null: ascending index).
     */
    private static int[] sortedBy(int[] key, int[] order, int count, int buckets) {
        int[] startOf = new int[buckets + 1];
        for (int e = 0; e < count; e++) {
            startOf[key[e] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            startOf[b + 1] += startOf[b];
        }
        int[] out = new int[count];
        for (int k = 0; k < count; k++) {
            int e = order == null ? k : order[k];
            out[startOf[key[e]]++] = e;
        }
        return out;
    }
}
