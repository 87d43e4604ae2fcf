package dev.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.TestPosts;
import dev.newsflow.kafka.KafkaBroker;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.ops.OpsQueries;
import dev.newsflow.ops.OpsServer;
import dev.newsflow.ops.PipelineMetrics;
import dev.newsflow.ops.PrometheusProcess;
import dev.newsflow.ops.StreamsMetricsBinding;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and the alert rules proven on a real Prometheus scraping the real pipeline while it processes
 * posts (good and bad) on a real broker: every panel query and every alert expression returns data, the rules
 * load, and {@code promtool check metrics} accepts the whole scrape. Skips where Prometheus is not installed.
 */
class PipelineOnPrometheusTest {
    @TempDir
    Path work;

    @Test
    void everyDashboardPanelAndAlertQueryReturnsDataForTheRunningPipeline() throws Exception {
        Assumptions.assumeTrue(PrometheusProcess.binary().isPresent(),
            "prometheus not installed (apt-get install prometheus): skipping the real-Prometheus pipeline test");
        try (KafkaBroker broker = KafkaBroker.start()) {
            NewsflowConfig config = PipelineTestSupport.config(broker.bootstrapServers(),
                Map.of("kafka.commit.interval.ms", "200"));
            PipelineTestSupport.createTopics(config);
            PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
            PipelineMetrics metrics = new PipelineMetrics(registry).withInputTopics(TopicCatalog.RAW);
            KafkaStreams streams = PipelineTestSupport.createPipeline(config, metrics);
            try (StreamsMetricsBinding binding = StreamsMetricsBinding.bind(streams, registry);
                 OpsServer ops = OpsServer.start(0, streams::state, registry)) {
                streams.start();
                PipelineTestSupport.await(() -> streams.state() == KafkaStreams.State.RUNNING, Duration.ofSeconds(60),
                    "pipeline RUNNING");
                try (PrometheusProcess prometheus = PrometheusProcess.start(work.resolve("prometheus"),
                         List.of(ops.port()), List.of(OpsQueries.RULES))) {
                    Thread feeder = new Thread(() -> feed(config), "feeder");
                    feeder.start();
                    try {
                        prometheus.awaitScrapes(1, 5, Duration.ofSeconds(90));
                        prometheus.awaitQuery("newsflow_dead_letters_total{job=\"newsflow\"}",
                            r -> r.sampleCount() >= 1, Duration.ofSeconds(60));
                        prometheus.awaitQuery("kafka_consumer_fetch_manager_records_lag{job=\"newsflow\"}",
                            r -> r.sampleCount() >= 1, Duration.ofSeconds(60));
                        prometheus.awaitQuery("rate(newsflow_articles_enriched_total{job=\"newsflow\"}[1m]) > 0",
                            r -> r.sampleCount() >= 1, Duration.ofSeconds(60));

                        OpsQueries.Evaluation evaluation = OpsQueries.evaluateAll(prometheus, PrometheusProcess.JOB,
                            Set.of());
                        System.out.println(evaluation.report());
                        assertThat(evaluation.failures()).as(evaluation.report()).isEmpty();
                        assertThat(prometheus.query("max(newsflow_streams_state{job=\"newsflow\", state=\"RUNNING\"})")
                            .values()).containsExactly(1.0);
                        assertThat(prometheus.query("sum(newsflow_dead_letters_total{job=\"newsflow\","
                            + " reason=\"invalid-utf8\"})").values()).allMatch(v -> v >= 1.0);
                    } finally {
                        feeder.interrupt();
                        feeder.join();
                    }
                }
                assertThat(promtoolAccepts(ops.port())).as("promtool check metrics on the full scrape").isTrue();
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    /** Good and bad posts, a few a second, until interrupted: rates and lag keep moving while Prometheus scrapes. */
    private static void feed(NewsflowConfig config) {
        try (KafkaProducer<byte[], byte[]> producer = PipelineTestSupport.producer(config)) {
            for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                String post = TestPosts.PBOC.replace("座谈会", "座谈会" + i);
                producer.send(new ProducerRecord<>(TopicCatalog.RAW, post.getBytes(StandardCharsets.UTF_8)));
                if (i % 3 == 0) {
                    producer.send(new ProducerRecord<>(TopicCatalog.RAW, new byte[] {(byte) 0xff, (byte) 0xfe, 1}));
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean promtoolAccepts(int port) throws Exception {
        Path promtool = Path.of("/usr/bin/promtool");
        if (!Files.isExecutable(promtool)) {
            return true; // the prometheus package ships both; without it the test was skipped already
        }
        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        try (var in = new ByteArrayInputStream(scrape.getBytes(StandardCharsets.UTF_8))) {
            in.transferTo(check.getOutputStream());
        }
        check.getOutputStream().close();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        return true;
    }
}
