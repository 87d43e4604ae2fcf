package dev.newsflow.enrich.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagSetTest {

    private final TagSet tags = new TagSet(List.of("PER", "LOC"));

    @Test
    void encodeThenDecodeGivesTheSpansBack() {
        int[] seq = new int[8];
        TagSet.encode(0, 3, 0, seq);
        TagSet.encode(4, 5, 1, seq);
        TagSet.encode(5, 7, 1, seq);

        assertThat(tags.decode(seq, 8)).containsExactly(new NerSpan(0, 3, "PER"), new NerSpan(4, 5, "LOC"),
                new NerSpan(5, 7, "LOC"));
    }

    @Test
    void onlyWellFormedTransitionsArePredecessors() {
        int bPer = TagSet.tag(0, TagSet.B);
        int iPer = TagSet.tag(0, TagSet.I);
        int ePer = TagSet.tag(0, TagSet.E);
        int iLoc = TagSet.tag(1, TagSet.I);
        int sLoc = TagSet.tag(1, TagSet.S);

        assertThat(tags.predecessors(iPer)).containsExactlyInAnyOrder(bPer, iPer);
        assertThat(tags.predecessors(iLoc)).doesNotContain(bPer, TagSet.O);
        assertThat(tags.predecessors(sLoc)).contains(TagSet.O, ePer, sLoc).doesNotContain(bPer, iPer);
        assertThat(tags.canStart(iPer)).isFalse();
        assertThat(tags.canEnd(bPer)).isFalse();
        assertThat(tags.canEnd(ePer)).isTrue();
    }

    @Test
    void illFormedPiecesAreDroppedWhenDecoding() {
        int[] seq = {TagSet.tag(0, TagSet.B), TagSet.tag(1, TagSet.E), TagSet.O, TagSet.tag(1, TagSet.S)};
        assertThat(tags.decode(seq, 4)).containsExactly(new NerSpan(3, 4, "LOC"));
    }
}
