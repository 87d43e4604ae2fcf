package dev.newsflow.cli;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Stage;
import dev.newsflow.ops.PipelineMetrics;
import dev.newsflow.pipeline.PipelineObserver;
import java.time.Duration;

/** Feeds the pipeline's per-record events into its Micrometer meters. Thread-safe, as the meters are. */
final class MetricsObserver implements PipelineObserver {
    private final PipelineMetrics metrics;

    MetricsObserver(PipelineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void recordIn(String topic) {
        metrics.recordIn(topic);
    }

    @Override
    public void recordEnriched(EnrichedArticle article, Duration endToEnd) {
        metrics.recordEnriched(article.entities().size(), article.keywords().size(), article.text().length(),
            endToEnd);
    }

    @Override
    public void recordDeadLetter(Stage stage, String reason) {
        metrics.recordDeadLetter(stage, reason);
    }

    @Override
    public void stageCompleted(Stage stage, long nanos) {
        metrics.recordStage(stage, nanos);
    }
}
