package dev.newsflow.cli;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.parse.PostParser;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.NewsflowTopology;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Composition root of a running pipeline: the stages, Kafka Streams, and (later) metrics and health. */
final class PipelineRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRuntime.class);

    private final KafkaStreams streams;

    private PipelineRuntime(KafkaStreams streams) {
        this.streams = streams;
    }

    /** The pipeline function as configured, with its stages' timings reported to {@code listener}. */
    static ArticlePipeline pipeline(NewsflowConfig config, PipelineObserver observer) {
        return new ArticlePipeline(new PostParser(config.maxInputBytes()), new ArticleCleaner(),
            new Enricher(config.keywordLimit()), observer, Clock.systemUTC());
    }

    /** Builds and starts the Kafka Streams application; returns at once (state CREATED → REBALANCING…). */
    static PipelineRuntime start(NewsflowConfig config) {
        PipelineObserver observer = PipelineObserver.NONE;
        KafkaStreams streams = new KafkaStreams(NewsflowTopology.build(pipeline(config, observer), observer),
            NewsflowTopology.streamsProperties(config, observer));
        // bad records never reach this handler (they are dead-lettered); what does is infrastructure trouble,
        // which a fresh thread may well survive
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        return new PipelineRuntime(streams);
    }

    KafkaStreams.State state() {
        return streams.state();
    }

    /** Waits until RUNNING; false on timeout or when the application failed. */
    boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                return false;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
