package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Keyword;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * TextRank over the article's existing segmentation (no second pass). Thread-safe: a fresh ranker per call is
 * cheap, and HanLP's ranker keeps state in fields.
 */
final class KeywordExtractor {
    private final int limit;

    KeywordExtractor(int limit) {
        this.limit = limit;
    }

    List<Keyword> extract(List<Term> terms, List<Entity> entities, String language) {
        if (limit == 0 || terms.isEmpty()) {
            return List.of();
        }
        Map<String, Float> ranks = new TextRankKeyword().getTermAndRank(terms);
        List<Map.Entry<String, Float>> sorted = new ArrayList<>(ranks.entrySet());
        sorted.sort(Map.Entry.<String, Float>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
        List<Keyword> result = new ArrayList<>(limit);
        for (Map.Entry<String, Float> e : sorted) {
            if (result.size() == limit) {
                break;
            }
            if (e.getKey().strip().length() < 2) {
                continue;
            }
            result.add(new Keyword(e.getKey(), Math.round(e.getValue() * 1000.0) / 1000.0));
        }
        return result;
    }
}
