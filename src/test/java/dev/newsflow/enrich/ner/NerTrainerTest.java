package dev.newsflow.enrich.ner;

import com.hankcs.hanlp.seg.Segment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Trains tiny models on invented sentences: decoding round trip, file round trip, determinism. */
class NerTrainerTest {

    /** Invented CLUENER-style sentences (end offsets inclusive, as in CLUENER). */
    private static final String CLUENER = """
            {"text": "人民银行行长潘功胜在北京出席会议。", "label": {"government": {"人民银行": [[0, 3]]}, "position": {"行长": [[4, 5]]}, "name": {"潘功胜": [[6, 8]]}, "address": {"北京": [[10, 11]]}}}
            {"text": "招商银行董事长缪建民表示业绩稳定。", "label": {"company": {"招商银行": [[0, 3]]}, "position": {"董事长": [[4, 6]]}, "name": {"缪建民": [[7, 9]]}}}
            {"text": "证券业协会在上海召开年会。", "label": {"organization": {"证券业协会": [[0, 4]]}, "address": {"上海": [[6, 7]]}}}
            {"text": "财政部副部长廖岷在深圳调研。", "label": {"government": {"财政部": [[0, 2]]}, "position": {"副部长": [[3, 5]]}, "name": {"廖岷": [[6, 7]]}, "address": {"深圳": [[9, 10]]}}}
            """;

    /** Invented People's Daily style sentence: ORG without kind. */
    private static final String BIO = "国 B-ORG\n务 I-ORG\n院 I-ORG\n在 O\n京 B-LOC\n开 O\n会 O\n";

    private static Segment segment;

    @BeforeAll
    static void segmenter() {
        segment = NerModel.newSegment();
    }

    private static NerTrainer.Options tinyOptions() {
        return new NerTrainer.Options(20, 7L, 1, 0f, null, 1, false, 100);
    }

    private static NerTrainer trainer() throws Exception {
        NerTrainer trainer = new NerTrainer(tinyOptions(), null);
        for (NerSentence s : NerCorpus.readCluener(new StringReader(CLUENER))) {
            trainer.addCluener(s, segment);
        }
        for (NerSentence s : NerCorpus.readBio(BIO)) {
            trainer.addPeoplesDaily(s, segment);
        }
        return trainer;
    }

    private static byte[] bytes(NerModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }

    @Test
    void aTinyModelTagsItsTrainingSentences() throws Exception {
        NerModel model = trainer().train();

        String text = "招商银行董事长缪建民表示业绩稳定。";
        assertThat(model.tag(text)).containsExactly(new NerSpan(0, 4, "ORG_COM"), new NerSpan(4, 7, "TITLE"),
                new NerSpan(7, 10, "PER"));
        assertThat(model.tag("人民银行行长潘功胜在北京出席会议。", segment.seg("人民银行行长潘功胜在北京出席会议。")))
                .contains(new NerSpan(0, 4, "ORG_GOV"), new NerSpan(6, 9, "PER"), new NerSpan(10, 12, "LOC"));
    }

    @Test
    void partiallyLabelledOrganisationsComeOutWithSomeKind() throws Exception {
        NerModel model = trainer().train();

        List<NerSpan> spans = model.tag("国务院在京开会");
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(3);
            assertThat(s.label()).isIn("ORG_GOV", "ORG_COM", "ORG_ORG");
        });
        assertThat(spans).contains(new NerSpan(4, 5, "LOC"));
    }

    @Test
    void writeThenReadGivesTheSameModel() throws Exception {
        NerModel model = trainer().train();
        byte[] written = bytes(model);
        NerModel read = NerModel.read(new ByteArrayInputStream(written));

        for (String text : List.of("财政部副部长廖岷在深圳调研。", "证券业协会在上海召开年会。", "今天天气很好")) {
            assertThat(read.tag(text)).isEqualTo(model.tag(text));
        }
        assertThat(bytes(read)).isEqualTo(written);
        assertThat(read.labels()).containsExactlyElementsOf(NerTrainer.TYPES);
    }

    @Test
    void twoTrainingsGiveIdenticalBytes() throws Exception {
        byte[] first = bytes(trainer().train());
        byte[] second = bytes(trainer().train());

        assertThat(first).isEqualTo(second);
        assertThat(first.length).isGreaterThan(100);
    }

    @Test
    void emptyAndOddInputDoesNotThrow() throws Exception {
        NerModel model = trainer().train();

        assertThat(model.tag("")).isEmpty();
        assertThat(model.tag("   ")).isEmpty();
        assertThat(model.tag("\uD83D\uDE00 emoji and 123 ＡＢＣ")).isNotNull();
        assertThat(model.tag("招商银行", null)).isNotNull();
    }

    @Test
    void termsWithoutOffsetsAreAlignedByText() throws Exception {
        NerModel model = trainer().train();
        String text = "招商银行董事长缪建民表示业绩稳定。";
        List<com.hankcs.hanlp.seg.common.Term> terms = segment.seg(text);
        List<NerSpan> withOffsets = model.tag(text, terms);
        terms.forEach(t -> t.offset = 0);

        assertThat(model.tag(text, terms)).isEqualTo(withOffsets);
    }
}
