package dev.newsflow.pipeline;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import dev.newsflow.parse.PostParser;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * parse → clean → enrich as one plain function. Every failure leaves as a {@link StageFailure} naming its stage
 * and reason: a stage's own refusal as is, any other exception (a bug, or input the stage did not foresee) as
 * reason {@code unexpected-error}, and a stack overflow on pathological input as {@code too-deep} — so the caller
 * can dead-letter the record instead of losing a thread.
 *
 * <p>Thread-safe: the stages are, and this holds no mutable state.
 */
public final class ArticlePipeline {
    private final PostParser parser;
    private final ArticleCleaner cleaner;
    private final Enricher enricher;
    private final StageListener listener;
    private final Clock clock;

    public ArticlePipeline(PostParser parser, ArticleCleaner cleaner, Enricher enricher, StageListener listener,
                           Clock clock) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Turns one raw value into an enriched article.
     *
     * @param value      the bytes a scraper published
     * @param ingestTime when the record reached Kafka: the fallback publication time, and deterministic on replay
     * @throws StageFailure when the record cannot become an article
     */
    public EnrichedArticle process(byte[] value, Instant ingestTime) {
        RawPost raw = timed(Stage.PARSE, () -> parser.parse(value));
        CleanArticle clean = timed(Stage.CLEAN, () -> cleaner.clean(raw, ingestTime));
        return timed(Stage.ENRICH, () -> enricher.enrich(clean, clock.instant()));
    }

    private <T> T timed(Stage stage, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } catch (StageFailure e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new StageFailure(stage, "too-deep", "input nested too deeply to process", e);
        } catch (RuntimeException e) {
            throw new StageFailure(stage, "unexpected-error", e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } finally {
            listener.stageCompleted(stage, System.nanoTime() - start);
        }
    }
}
