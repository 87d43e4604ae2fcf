package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.internals.StreamThread;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binds a real Kafka Streams client. No broker is needed to see the client and stream-thread metrics: the client
 * is started against a loopback port nothing listens on, so its threads exist (client state REBALANCING) while
 * nothing is consumed. The series that need a broker (fetch lag per partition, commit latency values) are proven
 * by the end-to-end Prometheus test against the running pipeline.
 */
class StreamsMetricsBindingTest {

    @TempDir
    Path stateDir;

    /** A loopback port nothing listens on: bound, read and released. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A one-thread client with a pass-through topology, pointed at a closed port. */
    static KafkaStreams unconnectedStreams(Path stateDir) throws IOException {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("ops-test-in").mapValues(v -> v).to("ops-test-out");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "ops-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        return new KafkaStreams(builder.build(), props);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, condition, "");
    }

    static void await(String what, BooleanSupplier condition, CharSequence lastSeen) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "; last seen: " + lastSeen);
            }
            Thread.sleep(100);
        }
    }

    private static double gauge(PrometheusMeterRegistry registry, String name) {
        Gauge g = registry.find(name).gauge();
        return g == null ? Double.NaN : g.value();
    }

    @Test
    void bindsStreamsJvmAndProcessMetersAndUnbindsKafkaOnClose() throws Exception {
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        KafkaStreams streams = unconnectedStreams(stateDir);
        StreamsMetricsBinding binding = StreamsMetricsBinding.bind(streams, registry);
        try {
            // threads are built with the client, so their meters exist before start
            assertThat(gauge(registry, "kafka.stream.thread.thread.state"))
                    .isEqualTo(StreamThread.State.CREATED.ordinal());
            assertThat(gauge(registry, "kafka.stream.client.state")).isEqualTo(KafkaStreams.State.CREATED.ordinal());
            streams.start();
            await("client state gauge to show REBALANCING",
                    () -> gauge(registry, "kafka.stream.client.state") == KafkaStreams.State.REBALANCING.ordinal());

            // the thread-state gauge is the ordinal of StreamThread.State, as the dashboard's value mapping assumes
            // the thread-state gauge is the ordinal of StreamThread.State (the dashboard maps it back to names);
            // with no broker the started thread stays in STARTING, waiting for its first assignment
            await("thread state gauge to show STARTING", () -> gauge(registry, "kafka.stream.thread.thread.state")
                    == StreamThread.State.STARTING.ordinal());

            String scrape = registry.scrape();
            assertThat(scrape).contains(
                    "kafka_stream_alive_stream_threads{",
                    "kafka_stream_failed_stream_threads_total{",
                    "kafka_stream_thread_commit_latency_avg{",
                    "kafka_stream_thread_process_total{",
                    "kafka_consumer_coordinator_rebalance_total{",
                    "kafka_consumer_fetch_manager_records_lag_max{",
                    "jvm_memory_used_bytes{area=\"heap\"",
                    "jvm_gc_memory_allocated_bytes_total",
                    "jvm_threads_live_threads",
                    "jvm_classes_loaded_classes",
                    "process_cpu_usage",
                    "system_cpu_usage",
                    "process_uptime_seconds",
                    "process_files_open_files");
            // meters whose names break Prometheus conventions are filtered out (see PrometheusLint)
            assertThat(scrape).doesNotContain("system_cpu_count", "_time_ns_total", "kafka_consumer_connection_count");
            assertThat(gauge(registry, "kafka.stream.alive.stream.threads")).isEqualTo(1.0);
            assertThat(scrape).containsPattern(
                    "kafka_consumer_fetch_manager_records_lag_max\\{client_id=\"ops-test-[^\"]+-StreamThread-1-consumer\"");
        } finally {
            streams.close(Duration.ofSeconds(20));
            binding.close();
            binding.close(); // idempotent
        }
        List<String> kafkaMeters = registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName)
                .filter(n -> n.startsWith("kafka.")).toList();
        assertThat(kafkaMeters).isEmpty();
        assertThat(registry.find("jvm.memory.used").gauges()).isNotEmpty();
    }

    @Test
    void jvmOnlyBindingHasNoKafkaMeters() {
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        try (StreamsMetricsBinding binding = StreamsMetricsBinding.bindJvmOnly(registry)) {
            assertThat(registry.scrape()).contains("jvm_memory_used_bytes").doesNotContain("kafka_");
        }
    }

    /** The pipeline's own series pass Prometheus' linter with no finding at all. */
    @Test
    void promtoolFindsNothingInThePipelineSeries() throws Exception {
        Optional<Path> promtool = Tools.find("promtool");
        Assumptions.assumeTrue(promtool.isPresent(),
                "promtool not installed (apt-get install prometheus): skipping `promtool check metrics`");
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        PipelineMetrics metrics = new PipelineMetrics(registry);
        metrics.recordIn("articles.raw");
        metrics.recordEnriched(3, 4, 900, Duration.ofMillis(80));
        metrics.recordDeadLetter("parse", "invalid-utf8");
        metrics.recordStage("enrich", 2_000_000);
        try (OpsServer ops = OpsServer.start(0, () -> KafkaStreams.State.RUNNING, registry)) {
            Path file = stateDir.resolve("pipeline.txt");
            Files.writeString(file, registry.scrape(OpsServer.METRICS_CONTENT_TYPE));
            Tools.Result result = Tools.run(stateDir, 60, "/bin/sh", "-c",
                    "'" + promtool.get() + "' check metrics < '" + file + "'");
            assertThat(result.exitCode()).as(result.output()).isZero();
        }
    }

    /** The full scrape (pipeline, Kafka Streams, JVM) parses in Prometheus' own checker. */
    @Test
    void promtoolAcceptsTheWholeScrape() throws Exception {
        Optional<Path> promtool = Tools.find("promtool");
        Assumptions.assumeTrue(promtool.isPresent(),
                "promtool not installed (apt-get install prometheus): skipping `promtool check metrics`");
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        PipelineMetrics metrics = new PipelineMetrics(registry);
        metrics.recordIn("articles.raw");
        metrics.recordEnriched(3, 4, 900, Duration.ofMillis(80));
        metrics.recordDeadLetter("parse", "invalid-utf8");
        metrics.recordStage("enrich", 2_000_000);
        KafkaStreams streams = unconnectedStreams(stateDir);
        try (StreamsMetricsBinding binding = StreamsMetricsBinding.bind(streams, registry);
             OpsServer ops = OpsServer.start(0, streams::state, registry)) {
            streams.start();
            await("stream thread metrics", () -> registry.find("kafka.stream.thread.thread.state").gauge() != null);
            String body = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + ops.port()
                            + "/metrics")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            Path file = stateDir.resolve("scrape.txt");
            Files.writeString(file, body);
            Tools.Result result = Tools.run(stateDir, 60, "/bin/sh", "-c",
                    "'" + promtool.get() + "' check metrics < '" + file + "'");
            // promtool exits 0 for no problems, 3 for lint findings only, 1 for a format error. The Kafka client's
            // and Micrometer's own binders use names promtool's linter dislikes (`_ns`, `_count` gauges); they are
            // third-party names dashboards rely on, so only our own series must be lint-free.
            assertThat(result.exitCode()).as(result.output()).isIn(0, 3);
            assertThat(result.output().lines().filter(l -> l.startsWith("newsflow_")).toList())
                    .as(result.output()).isEmpty();
            assertThat(result.output()).doesNotContain("error while linting");
        } finally {
            streams.close(Duration.ofSeconds(20));
        }
    }
}
