package dev.newsflow.pipeline;

import dev.newsflow.model.Stage;

/** Told how long each stage took for each record (metrics, benchmarks). Must be thread-safe and cheap. */
@FunctionalInterface
public interface StageListener {
    /** A listener that ignores everything. */
    StageListener NONE = (stage, nanos) -> { };

    void stageCompleted(Stage stage, long nanos);
}
