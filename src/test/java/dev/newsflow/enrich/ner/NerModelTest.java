package dev.newsflow.enrich.ner;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped model on invented sentences of the kind our feeds carry. */
class NerModelTest {

    private static final String TEXT = "中国人民银行行长易纲在北京表示，将保持流动性合理充裕。";

    @Test
    void defaultModelIsCachedAndEmitsTheSixLabels() {
        NerModel model = NerModel.loadDefault();

        assertThat(NerModel.loadDefault()).isSameAs(model);
        assertThat(model.labels()).containsExactly("PER", "ORG_GOV", "ORG_COM", "ORG_ORG", "LOC", "TITLE");
    }

    @Test
    void findsPersonTitleAndPlaceInATypicalSentence() {
        List<NerSpan> spans = NerModel.loadDefault().tag(TEXT);

        assertThat(spans).contains(new NerSpan(8, 10, "PER"), new NerSpan(6, 8, "TITLE"),
                new NerSpan(11, 13, "LOC"));
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.text(TEXT)).isEqualTo("中国人民银行");
            assertThat(NerLabel.isOrganisation(s.label())).isTrue();
        });
    }

    @Test
    void passedTermsGiveTheSameResultAsSelfSegmentation() {
        NerModel model = NerModel.loadDefault();
        assertThat(model.tag(TEXT, NerModel.newSegment().seg(TEXT))).isEqualTo(model.tag(TEXT));
    }

    @Test
    void concurrentDecodingGivesTheSameSpans() throws Exception {
        NerModel model = NerModel.loadDefault();
        List<NerSpan> expected = model.tag(TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<NerSpan>>> results = new ArrayList<>();
            for (int k = 0; k < 64; k++) {
                results.add(pool.submit(() -> model.tag(TEXT)));
            }
            for (Future<List<NerSpan>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aVeryLongTextIsTaggedInPiecesWithSpansInItsOwnCoordinates() {
        NerModel model = NerModel.loadDefault();
        StringBuilder text = new StringBuilder();
        while (text.length() < 3 * NerModel.MAX_PIECE) {
            text.append(TEXT).append('\n');
        }
        String longText = text.toString();
        List<NerSpan> spans = model.tag(longText, NerModel.newSegment().seg(longText));

        List<NerSpan> once = model.tag(TEXT);
        long persons = spans.stream().filter(s -> s.label().equals("PER") && s.text(longText).equals("易纲")).count();
        int copies = longText.length() / (TEXT.length() + 1);
        assertThat(persons).isEqualTo(copies);
        assertThat(spans).hasSize(once.size() * copies);
        int previousEnd = 0;
        for (NerSpan s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = s.end();
        }
    }

    @Test
    void aLongTextWithoutSentenceEndsIsCutAnywhereAndStillTagged() {
        String unit = "易纲与郭树清在北京会见了外宾";
        String longText = unit.repeat(2 * NerModel.MAX_PIECE / unit.length() + 3);
        List<NerSpan> spans = NerModel.loadDefault().tag(longText, NerModel.newSegment().seg(longText));

        int previousEnd = 0;
        for (NerSpan s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(longText.length());
            previousEnd = s.end();
        }
        assertThat(spans.stream().filter(s -> s.text(longText).equals("郭树清")).count())
                .isGreaterThan(longText.length() / unit.length() / 2);
    }

    @Test
    void spansAreSortedNonOverlappingAndInsideTheText() {
        String text = "新华社上海3月5日电 招商证券首席经济学家谢亚轩说，美联储加息将影响人民币汇率。";
        List<NerSpan> spans = NerModel.loadDefault().tag(text);

        int previousEnd = 0;
        for (NerSpan s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.text(text)).doesNotStartWith(" ").doesNotEndWith(" ");
            previousEnd = s.end();
        }
        assertThat(spans).isNotEmpty();
    }
}
