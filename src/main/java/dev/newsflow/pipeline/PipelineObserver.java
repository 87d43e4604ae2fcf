package dev.newsflow.pipeline;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Stage;
import java.time.Duration;

/**
 * What the running pipeline reports per record (implemented by the metrics in {@code dev.newsflow.ops}).
 * Implementations must be thread-safe and cheap: they run on the stream threads.
 */
public interface PipelineObserver extends StageListener {
    /** Ignores everything (tests, local commands). */
    PipelineObserver NONE = new PipelineObserver() {
    };

    /** A record was taken from {@code topic}. */
    default void recordIn(String topic) {
    }

    /** An article was enriched; {@code endToEnd} runs from the input record's timestamp to now. */
    default void recordEnriched(EnrichedArticle article, Duration endToEnd) {
    }

    /** A record went to the dead-letter topic. */
    default void recordDeadLetter(Stage stage, String reason) {
    }

    @Override
    default void stageCompleted(Stage stage, long nanos) {
    }
}
