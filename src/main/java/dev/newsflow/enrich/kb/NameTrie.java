package dev.newsflow.enrich.kb;

import java.util.HashMap;
import java.util.Map;

/**
 * A character trie over names, stored in primitive arrays so that walking it allocates nothing: the first
 * character indexes a 64K table directly (most text positions stop there), deeper edges live in an
 * open-addressing hash table keyed by {@code node << 16 | char}. Immutable after {@link #build}; safe to share.
 */
final class NameTrie {

    private static final int NONE = -1;

    /** Child node of the root for each char, 0 when none (node ids start at 1; 0 is the root). */
    private final int[] rootChild = new int[65536];
    private final long[] edgeKeys;
    private final int[] edgeChild;
    private final int edgeMask;
    /** Value of each node, {@link #NONE} when no name ends there. */
    private final int[] nodeValue;
    private final int maxDepth;

    private NameTrie(Map<Long, Integer> edges, int[] nodeValue, int maxDepth) {
        int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2 - 1)) << 1;
        edgeKeys = new long[capacity];
        edgeChild = new int[capacity];
        edgeMask = capacity - 1;
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            long key = e.getKey();
            if ((key >>> 16) == 0) {
                rootChild[(int) (key & 0xFFFF)] = e.getValue();
                continue;
            }
            int slot = slot(key);
            while (edgeKeys[slot] != 0) {
                slot = (slot + 1) & edgeMask;
            }
            edgeKeys[slot] = key;
            edgeChild[slot] = e.getValue();
        }
        this.nodeValue = nodeValue;
        this.maxDepth = maxDepth;
    }

    /** Builds a trie mapping each non-empty word to its non-negative value. */
    static NameTrie build(Map<String, Integer> words) {
        Map<Long, Integer> edges = new HashMap<>();
        int[] values = new int[1024];
        java.util.Arrays.fill(values, NONE);
        int nodes = 1;
        int maxDepth = 0;
        for (Map.Entry<String, Integer> w : words.entrySet()) {
            String word = w.getKey();
            if (word.isEmpty() || w.getValue() < 0) {
                throw new IllegalArgumentException("empty word or negative value: '" + word + "'");
            }
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                long key = ((long) node << 16) | word.charAt(i);
                Integer child = edges.get(key);
                if (child == null) {
                    child = nodes++;
                    edges.put(key, child);
                    if (child >= values.length) {
                        int old = values.length;
                        values = java.util.Arrays.copyOf(values, old * 2);
                        java.util.Arrays.fill(values, old, values.length, NONE);
                    }
                }
                node = child;
            }
            values[node] = w.getValue();
            maxDepth = Math.max(maxDepth, word.length());
        }
        return new NameTrie(edges, java.util.Arrays.copyOf(values, nodes), maxDepth);
    }

    /** Length of the longest word. */
    int maxDepth() {
        return maxDepth;
    }

    /** True when some word starts with {@code c}: a cheap pre-check before {@link #walk}. */
    boolean startsWord(char c) {
        return rootChild[c] != 0;
    }

    /**
     * Walks the trie along {@code text} from {@code from} and records every word that ends on the way: its end
     * offset in {@code ends} and its value in {@code values}, shortest first. Both arrays need
     * {@link #maxDepth()} slots.
     *
     * @return the number of words found
     */
    int walk(CharSequence text, int from, int[] ends, int[] values) {
        int n = text.length();
        if (from >= n) {
            return 0;
        }
        int node = rootChild[text.charAt(from)];
        int found = 0;
        int i = from + 1;
        while (node != 0) {
            int v = nodeValue[node];
            if (v != NONE) {
                ends[found] = i;
                values[found] = v;
                found++;
            }
            if (i >= n) {
                break;
            }
            node = child(node, text.charAt(i));
            i++;
        }
        return found;
    }

    /** Value of exactly {@code word}, or -1. */
    int get(CharSequence word) {
        if (word.length() == 0) {
            return NONE;
        }
        int node = rootChild[word.charAt(0)];
        for (int i = 1; i < word.length() && node != 0; i++) {
            node = child(node, word.charAt(i));
        }
        return node == 0 ? NONE : nodeValue[node];
    }

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int slot = slot(key);
        while (true) {
            long k = edgeKeys[slot];
            if (k == key) {
                return edgeChild[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & edgeMask;
        }
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & edgeMask;
    }
}
