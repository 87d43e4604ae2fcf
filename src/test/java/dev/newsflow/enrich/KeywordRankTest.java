package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import dev.newsflow.bench.ArticleGenerator;
import dev.newsflow.enrich.ner.NerModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The array TextRank of {@link KeywordExtractor} must give exactly HanLP's map: keys, float values, order. */
class KeywordRankTest {
    private static void assertSameAsHanlp(List<Term> terms) {
        Map<String, Float> hanlp = new TextRankKeyword().getTermAndRank(terms);
        Map<String, Float> ours = KeywordExtractor.textRank(terms);
        assertThat(ours).isEqualTo(hanlp);
        assertThat(new ArrayList<>(ours.keySet())).containsExactlyElementsOf(hanlp.keySet());
    }

    @Test
    void generatedArticlesRankExactlyAsHanlpDoes() {
        Segment segment = NerModel.newSegment();
        List<byte[]> posts = new ArticleGenerator(11, 1500).posts(40);
        for (byte[] post : posts) {
            // the markup does not matter here: any realistic run of terms will do
            String text = Jsoup.parse(new String(post, StandardCharsets.UTF_8)).text();
            List<Term> terms = segment.seg(text);
            assertThat(terms).hasSizeGreaterThan(100);
            assertSameAsHanlp(terms);
        }
    }

    @Test
    void smallAndDegenerateInputsToo() {
        assertSameAsHanlp(List.of());
        assertSameAsHanlp(List.of(new Term("银行", Nature.n)));
        List<Term> repeated = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            repeated.add(new Term(i % 3 == 0 ? "利率" : "银行", Nature.n));
            repeated.add(new Term("的", Nature.ude1)); // filtered by HanLP's stop words
        }
        assertSameAsHanlp(repeated);
        List<Term> english = List.of(new Term("Fed", Nature.nx), new Term("fed", Nature.nx),
            new Term("rates", Nature.nx), new Term("FED", Nature.nx), new Term("Powell", Nature.nrf));
        assertSameAsHanlp(english);
    }
}
