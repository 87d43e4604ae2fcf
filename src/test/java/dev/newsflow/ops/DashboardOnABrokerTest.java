package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.kafka.KafkaBroker;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.internals.StreamThread;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka side of the dashboard on a real broker: a pass-through Kafka Streams client (not the pipeline) owns
 * partitions, so the series that need an assignment (per-partition lag, commit latency values, RUNNING thread
 * states) exist, and every dashboard and alert query must return data. The pipeline's own end-to-end version
 * belongs to the pipeline tests.
 */
class DashboardOnABrokerTest {

    private static final String INPUT = "ops.in";
    private static final String OUTPUT = "ops.out";

    @TempDir
    Path work;

    @Test
    void everyQueryReturnsDataForAClientThatOwnsPartitions() throws Exception {
        Assumptions.assumeTrue(PrometheusProcess.binary().isPresent(),
                "prometheus not installed (apt-get install prometheus): skipping the real-Prometheus broker test");
        try (KafkaBroker broker = KafkaBroker.start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(INPUT, 2, (short) 1), new NewTopic(OUTPUT, 2, (short) 1)))
                        .all().get();
            }
            produce(broker.bootstrapServers(), 200);

            PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
            PipelineMetrics metrics = new PipelineMetrics(registry);
            StreamsBuilder builder = new StreamsBuilder();
            builder.<byte[], byte[]>stream(INPUT).peek((k, v) -> {
                // what the topology does per record, so the pipeline panels have data too
                metrics.recordIn(INPUT);
                metrics.recordStage("parse", 50_000);
                if (new String(v, StandardCharsets.UTF_8).endsWith("0")) {
                    metrics.recordDeadLetter("parse", "empty-value");
                } else {
                    metrics.recordStage("enrich", 3_000_000);
                    metrics.recordEnriched(2, 3, v.length, Duration.ofMillis(30));
                }
            }).to(OUTPUT);
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "ops-broker-test");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            props.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state").toString());
            props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
            props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200);
            KafkaStreams streams = new KafkaStreams(builder.build(), props);
            try (StreamsMetricsBinding binding = StreamsMetricsBinding.bind(streams, registry);
                 OpsServer ops = OpsServer.start(0, streams::state, registry)) {
                streams.start();
                StreamsMetricsBindingTest.await("streams RUNNING", () -> streams.state() == KafkaStreams.State.RUNNING);
                System.gc();
                try (PrometheusProcess prometheus = PrometheusProcess.start(work.resolve("prometheus"),
                        List.of(ops.port()), List.of(OpsQueries.RULES))) {
                    // keep records flowing while Prometheus scrapes, so rates and lag move
                    Thread feeder = new Thread(() -> {
                        try {
                            for (int i = 0; i < 20 && !Thread.currentThread().isInterrupted(); i++) {
                                produce(broker.bootstrapServers(), 20);
                                Thread.sleep(500);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    feeder.start();
                    try {
                        prometheus.awaitScrapes(1, 5, Duration.ofSeconds(60));
                        // per-partition lag appears once the thread owns partitions and has fetched
                        PrometheusProcess.QueryResult lag = prometheus.awaitQuery(
                                "kafka_consumer_fetch_manager_records_lag{job=\"newsflow\"}",
                                r -> r.sampleCount() >= 2, Duration.ofSeconds(60));
                        // Kafka writes dots in topic names as underscores in its fetch metrics' topic tag
                        assertThat(lag.result().toString()).contains("\"topic\":\"ops_in\"");

                        OpsQueries.Evaluation evaluation = OpsQueries.evaluateAll(prometheus, PrometheusProcess.JOB,
                                Set.of());
                        System.out.println(evaluation.report());
                        assertThat(evaluation.failures()).as(evaluation.report()).isEmpty();

                        // the state panels show what the client is: RUNNING threads, ready
                        assertThat(prometheus.query("max(kafka_stream_thread_thread_state{job=\"newsflow\"})")
                                .values()).containsExactly((double) StreamThread.State.RUNNING.ordinal());
                        assertThat(prometheus.query(
                                "max(newsflow_streams_state{job=\"newsflow\", state=\"RUNNING\"})").values())
                                .containsExactly(1.0);
                        PrometheusProcess.QueryResult commits = prometheus.awaitQuery(
                                "max(kafka_stream_thread_commit_latency_avg{job=\"newsflow\"}) >= 0",
                                r -> r.sampleCount() == 1, Duration.ofSeconds(30));
                        assertThat(commits.sampleCount()).as("a numeric commit latency").isEqualTo(1);
                    } finally {
                        feeder.interrupt();
                        feeder.join();
                    }
                }
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    private static void produce(String bootstrap, int count) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(INPUT, ("k" + i).getBytes(StandardCharsets.UTF_8),
                        ("value " + i).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
