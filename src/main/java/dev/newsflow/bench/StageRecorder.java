package dev.newsflow.bench;

import dev.newsflow.model.Stage;
import dev.newsflow.pipeline.PipelineObserver;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Collects each stage's time per record while {@link #start() recording}; otherwise ignores them, so warm-up and
 * the Kafka phases leave the figures alone. Thread-safe: appends are synchronised (three per article, far below
 * anything that could contend at a hundred articles a second).
 */
public final class StageRecorder implements PipelineObserver {
    private final Map<Stage, long[]> samples = new EnumMap<>(Stage.class);
    private final Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
    private volatile boolean recording;

    /** Forgets what was recorded and starts recording. */
    public synchronized void start() {
        samples.clear();
        counts.clear();
        recording = true;
    }

    /** Stops recording; what was recorded stays readable. */
    public void stop() {
        recording = false;
    }

    @Override
    public void stageCompleted(Stage stage, long nanos) {
        if (recording) {
            append(stage, nanos);
        }
    }

    private synchronized void append(Stage stage, long nanos) {
        long[] values = samples.computeIfAbsent(stage, s -> new long[1024]);
        int n = counts.getOrDefault(stage, 0);
        if (n == values.length) {
            values = Arrays.copyOf(values, n * 2);
            samples.put(stage, values);
        }
        values[n] = nanos;
        counts.put(stage, n + 1);
    }

    /** The recorded times of {@code stage} in nanoseconds (a copy; empty when none). */
    public synchronized long[] nanos(Stage stage) {
        long[] values = samples.get(stage);
        return values == null ? new long[0] : Arrays.copyOf(values, counts.get(stage));
    }
}
