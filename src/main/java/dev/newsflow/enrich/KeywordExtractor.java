package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Keyword;
import dev.newsflow.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * TextRank over the article's existing segmentation (no second pass), stop-word filtered and entity-aware: an
 * entity's surface forms count as its canonical name (央行 and 人民银行 both rank 中国人民银行), and numbers,
 * punctuation and one-character words never rank. Thread-safe: a fresh ranker per call (HanLP's keeps state).
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
        Map<String, String> canonical = new HashMap<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                canonical.put(m.text(), e.name());
            }
        }
        boolean english = "en".equals(language);
        List<Term> candidates = new ArrayList<>(terms.size());
        for (Term t : terms) {
            String word = t.word.strip();
            if (keep(word, t, english)) {
                String name = canonical.get(word);
                candidates.add(name == null ? t : new Term(name, t.nature));
            }
        }
        Map<String, Float> ranks = new TextRankKeyword().getTermAndRank(candidates);
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

    private boolean keep(String word, Term term, boolean english) {
        if (word.length() < 2 || kb.isStopWord(word) || kb.isStopWord(word.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String nature = term.nature.toString();
        if (nature.startsWith("m") || nature.startsWith("q") || nature.startsWith("w") || nature.startsWith("t")
            || nature.startsWith("u") || nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("r")
            || nature.startsWith("d")) {
            return false;
        }
        boolean hasLetter = word.codePoints().anyMatch(Character::isLetter);
        return hasLetter && (!english || word.length() >= 3);
    }
}
