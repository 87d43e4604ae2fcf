package dev.newsflow.enrich.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NerCorpusTest {

    @Test
    void readsSpaceSeparatedBioWithBlankLinesBetweenSentences() throws Exception {
        String bio = "央 B-ORG\n行 I-ORG\n在 O\n京 B-LOC\n\n易 B-PER\n纲 I-PER\n说 O\n";
        List<NerSentence> sentences = NerCorpus.readBio(bio);

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).text()).isEqualTo("央行在京");
        assertThat(sentences.get(0).spans()).containsExactly(new NerSpan(0, 2, "ORG"), new NerSpan(3, 4, "LOC"));
        assertThat(sentences.get(1).text()).isEqualTo("易纲说");
        assertThat(sentences.get(1).spans()).containsExactly(new NerSpan(0, 2, "PER"));
        assertThat(sentences.get(1).line()).isEqualTo(1);
    }

    @Test
    void readsTabSeparatedBioAndSplitsAdjacentEntities() throws Exception {
        String bio = "中\tB-LOC\n美\tB-LOC\n两\tO\n国\tO\n\n\n";
        List<NerSentence> sentences = NerCorpus.readBio(bio);

        assertThat(sentences).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("中美两国");
            assertThat(s.spans()).containsExactly(new NerSpan(0, 1, "LOC"), new NerSpan(1, 2, "LOC"));
        });
    }

    @Test
    void strayInsideTagOpensASpanAndTypeChangeClosesOne() throws Exception {
        String bio = "上 I-LOC\n海 I-LOC\n银 I-ORG\n行 I-ORG\n";
        List<NerSentence> sentences = NerCorpus.readBio(bio);

        assertThat(sentences.get(0).spans())
                .containsExactly(new NerSpan(0, 2, "LOC"), new NerSpan(2, 4, "ORG"));
    }

    @Test
    void readsCluenerWithInclusiveEndsAndDropsSpansOutsideTheText() throws Exception {
        String json = """
                {"text": "招商银行行长王良表示", "label": {"company": {"招商银行": [[0, 3]]}, "position": {"行长": [[4, 5]]}, "name": {"王良": [[6, 7]]}}}

                {"text": "短句", "label": {"game": {"越界": [[1, 5]]}}}
                """;
        List<NerSentence> sentences = NerCorpus.readCluener(new StringReader(json));

        assertThat(sentences).hasSize(2);
        NerSentence first = sentences.get(0);
        assertThat(first.spans()).containsExactly(new NerSpan(0, 4, "company"), new NerSpan(4, 6, "position"),
                new NerSpan(6, 8, "name"));
        assertThat(first.spans().get(0).text(first.text())).isEqualTo("招商银行");
        assertThat(sentences.get(1).spans()).isEmpty();
        assertThat(sentences.get(1).line()).as("blank lines keep their index").isEqualTo(2);
    }

    @Test
    void detectsTheFormatFromTheFirstCharacter(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("a.jsonl");
        Files.writeString(json, "\n{\"text\": \"北京\", \"label\": {\"address\": {\"北京\": [[0, 1]]}}}\n",
                StandardCharsets.UTF_8);
        Path bio = dir.resolve("b.txt");
        Files.writeString(bio, "北 B-LOC\n京 I-LOC\n", StandardCharsets.UTF_8);

        assertThat(NerCorpus.detect(json)).isEqualTo(NerCorpus.Format.CLUENER);
        assertThat(NerCorpus.detect(bio)).isEqualTo(NerCorpus.Format.BIO);
        assertThat(NerCorpus.read(json).get(0).spans()).containsExactly(new NerSpan(0, 2, "address"));
        assertThat(NerCorpus.read(bio).get(0).spans()).containsExactly(new NerSpan(0, 2, "LOC"));
    }

    @Test
    void heldOutSplitIsEveryTenthLine() {
        assertThat(NerCorpus.isHeldOut(9)).isTrue();
        assertThat(NerCorpus.isHeldOut(19)).isTrue();
        assertThat(NerCorpus.isHeldOut(0)).isFalse();
        assertThat(NerCorpus.isHeldOut(10)).isFalse();
    }
}
