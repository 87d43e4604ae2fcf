package dev.newsflow.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Decoding and margins checked against enumerating every well-formed tag sequence of short random inputs. */
class ViterbiTest {

    private final TagSet tags = new TagSet(List.of("PER", "LOC"));
    private final int size = tags.size();

    private float score(float[] em, float[] trans, float[] start, float[] end, int[] seq) {
        float s = start[seq[0]] + em[seq[0]] + end[seq[seq.length - 1]];
        for (int i = 1; i < seq.length; i++) {
            s += trans[seq[i - 1] * size + seq[i]] + em[i * size + seq[i]];
        }
        return s;
    }

    private boolean wellFormed(int[] seq) {
        if (!tags.canStart(seq[0]) || !tags.canEnd(seq[seq.length - 1])) {
            return false;
        }
        for (int i = 1; i < seq.length; i++) {
            int prev = seq[i - 1];
            if (java.util.Arrays.stream(tags.predecessors(seq[i])).noneMatch(p -> p == prev)) {
                return false;
            }
        }
        return true;
    }

    @RepeatedTest(20)
    void marginsAreTheGapToTheBestPathWithAnotherTagAtEachPosition(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition()); // a failing repetition can be rerun as it was
        int n = 1 + random.nextInt(4);
        float[] em = randomScores(random, n * size);
        float[] trans = randomScores(random, size * size);
        float[] start = randomScores(random, size);
        float[] end = randomScores(random, size);
        int[] best = new int[n];
        Viterbi.decode(tags, em, n, trans, start, end, null, best);
        float[] margin = Viterbi.margins(tags, em, n, trans, start, end, best);

        float bestScore = Float.NEGATIVE_INFINITY;
        float[] bestOther = new float[n];
        java.util.Arrays.fill(bestOther, Float.NEGATIVE_INFINITY);
        int[] seq = new int[n];
        int total = (int) Math.pow(size, n);
        for (int code = 0; code < total; code++) {
            for (int i = 0, c = code; i < n; i++, c /= size) {
                seq[i] = c % size;
            }
            if (!wellFormed(seq)) {
                continue;
            }
            float s = score(em, trans, start, end, seq);
            bestScore = Math.max(bestScore, s);
            for (int i = 0; i < n; i++) {
                if (seq[i] != best[i]) {
                    bestOther[i] = Math.max(bestOther[i], s);
                }
            }
        }
        assertThat(score(em, trans, start, end, best)).isCloseTo(bestScore, within(1e-3f));
        for (int i = 0; i < n; i++) {
            assertThat(margin[i]).as("position %d of %d", i, n).isCloseTo(bestScore - bestOther[i], within(1e-3f));
            assertThat(margin[i]).isGreaterThanOrEqualTo(0f);
        }
    }

    private static float[] randomScores(Random random, int count) {
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = (float) random.nextGaussian() * 3;
        }
        return out;
    }
}
