package dev.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * BIOES tag inventory over a list of entity types. Tag 0 is O; type {@code k} owns tags {@code 1 + 4k} (B),
 * {@code 2 + 4k} (I), {@code 3 + 4k} (E) and {@code 4 + 4k} (S). Immutable, thread-safe.
 */
final class TagSet {

    static final int O = 0;
    static final int B = 0;
    static final int I = 1;
    static final int E = 2;
    static final int S = 3;

    private final String[] types;
    private final int size;
    /** For each tag, the tags that may precede it (BIOES well-formedness). */
    private final int[][] predecessors;
    private final boolean[] canStart;
    private final boolean[] canEnd;
    private final int[] openTags;
    private final int[] closedTags;

    TagSet(List<String> types) {
        this.types = types.toArray(String[]::new);
        this.size = 1 + 4 * this.types.length;
        if (size > 32) {
            throw new IllegalArgumentException("at most 7 types: tag masks are ints");
        }
        canStart = new boolean[size];
        canEnd = new boolean[size];
        predecessors = new int[size][];
        for (int t = 0; t < size; t++) {
            canStart[t] = opensOrOutside(t);
            canEnd[t] = closesOrOutside(t);
            List<Integer> preds = new ArrayList<>();
            for (int p = 0; p < size; p++) {
                if (legal(p, t)) {
                    preds.add(p);
                }
            }
            predecessors[t] = preds.stream().mapToInt(Integer::intValue).toArray();
        }
        List<Integer> open = new ArrayList<>();
        List<Integer> closed = new ArrayList<>();
        for (int t = 0; t < size; t++) {
            if (opensOrOutside(t)) {
                open.add(t);
            }
            if (closesOrOutside(t)) {
                closed.add(t);
            }
        }
        openTags = open.stream().mapToInt(Integer::intValue).toArray();
        closedTags = closed.stream().mapToInt(Integer::intValue).toArray();
    }

    /** O, B-* and S-*: the tags that may follow {@link #closedTags()}. */
    int[] openTags() {
        return openTags;
    }

    /** O, E-* and S-*: the tags after which an entity may start. */
    int[] closedTags() {
        return closedTags;
    }

    int size() {
        return size;
    }

    int typeCount() {
        return types.length;
    }

    String type(int k) {
        return types[k];
    }

    List<String> types() {
        return List.of(types);
    }

    int typeIndex(String type) {
        for (int k = 0; k < types.length; k++) {
            if (types[k].equals(type)) {
                return k;
            }
        }
        return -1;
    }

    static int tag(int type, int position) {
        return 1 + 4 * type + position;
    }

    /** Type index of a non-O tag. */
    static int typeOf(int tag) {
        return (tag - 1) >> 2;
    }

    /** B, I, E or S of a non-O tag. */
    static int positionOf(int tag) {
        return (tag - 1) & 3;
    }

    int[] predecessors(int tag) {
        return predecessors[tag];
    }

    boolean canStart(int tag) {
        return canStart[tag];
    }

    boolean canEnd(int tag) {
        return canEnd[tag];
    }

    private static boolean opensOrOutside(int t) {
        return t == O || positionOf(t) == B || positionOf(t) == S;
    }

    private static boolean closesOrOutside(int t) {
        return t == O || positionOf(t) == E || positionOf(t) == S;
    }

    private static boolean legal(int prev, int cur) {
        if (closesOrOutside(prev)) {
            return opensOrOutside(cur);
        }
        // prev is B or I of some type: only I or E of the same type may follow
        return cur != O && typeOf(cur) == typeOf(prev)
                && (positionOf(cur) == I || positionOf(cur) == E);
    }

    /** Writes the BIOES tags of {@code spans} (type indexes, non-overlapping) into {@code tags}. */
    static void encode(int start, int end, int type, int[] tags) {
        if (end - start == 1) {
            tags[start] = tag(type, S);
            return;
        }
        tags[start] = tag(type, B);
        for (int i = start + 1; i < end - 1; i++) {
            tags[i] = tag(type, I);
        }
        tags[end - 1] = tag(type, E);
    }

    /** Reads spans back from a well-formed tag sequence; ill-formed pieces are dropped. */
    List<NerSpan> decode(int[] tags, int n) {
        List<NerSpan> spans = new ArrayList<>();
        int open = -1;
        int openType = -1;
        for (int i = 0; i < n; i++) {
            int t = tags[i];
            if (t == O) {
                open = -1;
                continue;
            }
            int type = typeOf(t);
            switch (positionOf(t)) {
                case S -> {
                    spans.add(new NerSpan(i, i + 1, types[type]));
                    open = -1;
                }
                case B -> {
                    open = i;
                    openType = type;
                }
                case I -> {
                    if (open >= 0 && openType != type) {
                        open = -1;
                    }
                }
                default -> { // E
                    if (open >= 0 && openType == type) {
                        spans.add(new NerSpan(open, i + 1, types[type]));
                    }
                    open = -1;
                }
            }
        }
        return spans;
    }

    @Override
    public String toString() {
        return "TagSet" + Arrays.toString(types);
    }
}
