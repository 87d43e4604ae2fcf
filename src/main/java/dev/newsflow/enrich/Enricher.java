package dev.newsflow.enrich;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.model.ArticleId;
import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.Keyword;
import java.time.Instant;
import java.util.List;

/**
 * The enrich stage: clean article → enriched article. Segments the text once and feeds the same terms to the
 * entity recogniser and the keyword extractor.
 *
 * <p>Thread-safe: HanLP's segmenter holds no per-call state, and the models are read-only after loading. Loading
 * takes a few seconds (dictionaries); build one instance per process and share it.
 */
public final class Enricher {
    private final Segment segment;
    private final EntityExtractor entities;
    private final KeywordExtractor keywords;

    /** @param keywordLimit how many keywords to keep per article (≥ 0) */
    public Enricher(int keywordLimit) {
        if (keywordLimit < 0) {
            throw new IllegalArgumentException("keywordLimit must be ≥ 0, was " + keywordLimit);
        }
        this.segment = HanLP.newSegment()
            .enableOffset(true)
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true);
        this.entities = new EntityExtractor();
        this.keywords = new KeywordExtractor(keywordLimit);
    }

    /** Segments {@code text} exactly as the pipeline does (for benchmarks and evaluation). */
    public List<Term> segment(String text) {
        return segment.seg(text);
    }

    /** Enriches one article; {@code processedAt} is stamped on the record. */
    public EnrichedArticle enrich(CleanArticle article, Instant processedAt) {
        String text = article.text();
        List<Term> terms = text.isEmpty() ? List.of() : segment.seg(text);
        List<Entity> found = entities.extract(text, terms);
        List<Keyword> top = keywords.extract(terms, found, article.language());
        return new EnrichedArticle(
            ArticleId.of(article.url(), article.source(), article.title(), text),
            article.url(), article.source(), article.categories(), article.title(), article.author(),
            article.editor(), article.publishedAt(), article.publishedAtSource(), article.dateline(),
            article.language(), article.contentType(), text, article.paragraphs(), article.images(), article.stocks(),
            article.tables(), article.codeBlocks(), top, found, processedAt);
    }
}
