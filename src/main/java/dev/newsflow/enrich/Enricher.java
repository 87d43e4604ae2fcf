package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.enrich.ner.NerSpan;
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

    /** The shipped knowledge base and recogniser. @param keywordLimit keywords kept per article (≥ 0) */
    public Enricher(int keywordLimit) {
        this(keywordLimit, KnowledgeBase.loadDefault(), NerModel.loadDefault());
    }

    /**
     * @param keywordLimit how many keywords to keep per article (≥ 0)
     * @param kb           organisations, places and stop words (the shipped one plus any user files)
     * @param model        the learnt recogniser
     */
    public Enricher(int keywordLimit, KnowledgeBase kb, NerModel model) {
        if (keywordLimit < 0) {
            throw new IllegalArgumentException("keywordLimit must be ≥ 0, was " + keywordLimit);
        }
        this.segment = NerModel.newSegment();
        this.entities = new EntityExtractor(kb, model);
        this.keywords = new KeywordExtractor(keywordLimit, kb);
    }

    /**
     * Every entity occurrence the enricher finds in {@code text} (knowledge base and recogniser together), as
     * labelled spans: for scoring the whole recogniser on gold data ({@code eval-ner --recogniser enricher}).
     */
    public List<NerSpan> entitySpans(String text) {
        return entities.spans(text, text.isEmpty() ? List.of() : segment.seg(text));
    }

    /** Segments {@code text} exactly as the pipeline does (for benchmarks and evaluation). */
    public List<Term> segment(String text) {
        return segment.seg(text);
    }

    /**
     * Enriches one article; {@code processedAt} is stamped on the record. Title and text are analysed as one
     * document (title, newline, text) so that a name used only in the title (央行) still joins its entity.
     */
    public EnrichedArticle enrich(CleanArticle article, Instant processedAt) {
        String text = article.text();
        String title = article.title() == null ? "" : article.title().strip();
        String document = title.isEmpty() ? text : title + "\n" + text;
        int textOffset = title.isEmpty() ? 0 : title.length() + 1;
        List<Term> terms = document.isEmpty() ? List.of() : segment.seg(document);
        List<Entity> found = entities.extract(document, terms, textOffset, article.stocks());
        List<Keyword> top = keywords.extract(terms, found, article.language());
        return new EnrichedArticle(
            ArticleId.of(article.url(), article.source(), article.title(), text),
            article.url(), article.source(), article.categories(), article.title(), article.author(),
            article.editor(), article.publishedAt(), article.publishedAtSource(), article.dateline(),
            article.language(), article.contentType(), text, article.paragraphs(), article.images(), article.stocks(),
            article.tables(), article.codeBlocks(), top, found, processedAt);
    }
}
