package dev.newsflow.cli;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.ops.OpsServer;
import dev.newsflow.ops.PipelineMetrics;
import dev.newsflow.ops.StreamsMetricsBinding;
import dev.newsflow.parse.PostParser;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.NewsflowTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Composition root of a running pipeline: the stages, Kafka Streams, metrics bound to a Prometheus registry, and
 * the HTTP server for {@code /metrics} and {@code /health/*}. Closing stops them in reverse order.
 */
final class PipelineRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineRuntime.class);

    private final KafkaStreams streams;
    private final StreamsMetricsBinding binding;
    private final OpsServer server;
    private boolean closed;

    private PipelineRuntime(KafkaStreams streams, StreamsMetricsBinding binding, OpsServer server) {
        this.streams = streams;
        this.binding = binding;
        this.server = server;
    }

    /** The pipeline function as configured, with its stages' timings reported to {@code listener}. */
    static ArticlePipeline pipeline(NewsflowConfig config, PipelineObserver observer) {
        KnowledgeBase kb;
        try {
            kb = config.knowledgeFiles().isEmpty() ? KnowledgeBase.loadDefault()
                : KnowledgeBase.load(config.knowledgeFiles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge file: " + e.getMessage(), e);
        }
        return new ArticlePipeline(new PostParser(config.maxInputBytes()), new ArticleCleaner(),
            new Enricher(config.keywordLimit(), kb, NerModel.loadDefault()), observer, Clock.systemUTC());
    }

    /** Builds and starts the Kafka Streams application; returns at once (state CREATED → REBALANCING…). */
    static PipelineRuntime start(NewsflowConfig config) {
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        PipelineMetrics observer = new PipelineMetrics(registry).withInputTopics(TopicCatalog.RAW);
        int maxOutputBytes = maxOutputBytes(config);
        KafkaStreams streams = new KafkaStreams(
            NewsflowTopology.build(pipeline(config, observer), observer, maxOutputBytes),
            NewsflowTopology.streamsProperties(config, observer));
        // bad records never reach this handler (they are dead-lettered); what does is infrastructure trouble,
        // which a fresh thread may well survive
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stream thread failed; replacing it", e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        StreamsMetricsBinding binding = StreamsMetricsBinding.bind(streams, registry);
        OpsServer server;
        try {
            server = config.metricsPort() < 0 ? null : OpsServer.start(config.metricsPort(), streams::state, registry);
        } catch (RuntimeException e) {
            binding.close();
            streams.close(Duration.ZERO);
            throw new IllegalStateException("cannot serve /metrics on port " + config.metricsPort() + " ("
                + e.getMessage() + "); choose another with --metrics-port, 0 for any free port or -1 for none", e);
        }
        streams.start();
        return new PipelineRuntime(streams, binding, server);
    }

    /** What the live enriched topic accepts, so that a larger record is dead-lettered before the producer sees it. */
    private static int maxOutputBytes(NewsflowConfig config) {
        try (Admin admin = Admin.create(config.clientProperties())) {
            int limit = NewsflowTopology.maxOutputBytes(admin);
            LOG.info("enriched records over {} bytes go to {} as output-too-large", limit, TopicCatalog.DLQ);
            return limit;
        } catch (IllegalStateException e) {
            int declared = NewsflowTopology.declaredMaxOutputBytes();
            LOG.warn("{}; assuming the declared limit of {} bytes for enriched records", e.getMessage(), declared);
            return declared;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the topics' limits", e);
        }
    }

    /** The port of /metrics and /health, or -1 when the server is off. */
    int opsPort() {
        return server == null ? -1 : server.port();
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
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        streams.close(Duration.ofSeconds(30));
        binding.close();
        if (server != null) {
            server.close();
        }
    }
}
