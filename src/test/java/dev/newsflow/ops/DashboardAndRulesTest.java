package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and the alert rules: their structure, Prometheus' own checkers, and every expression evaluated by a
 * real Prometheus scraping an {@link OpsServer} that serves fed pipeline metrics and a real (unconnected) Kafka
 * Streams client's metrics. The end-to-end proof against the running pipeline reuses {@link PrometheusProcess} and
 * {@link OpsQueries}.
 */
class DashboardAndRulesTest {

    /** Series a Kafka Streams client only has once it owns partitions, which needs a broker. */
    static final Set<String> NEEDS_A_BROKER = Set.of("kafka_consumer_fetch_manager_records_lag{");

    @TempDir
    Path work;

    @Test
    void dashboardHasEveryPanelTheIssueAsksFor() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(OpsQueries.DASHBOARD.toFile());
        assertThat(dashboard.path("uid").asText()).isEqualTo("newsflow");
        List<String> titles = StreamSupport.stream(dashboard.path("panels").spliterator(), false)
                .filter(p -> !p.path("type").asText().equals("row")).map(p -> p.path("title").asText()).toList();
        assertThat(titles).contains("Throughput: in / enriched / dead-lettered", "Dead letters by stage and reason",
                "Stage latency p50 / p99", "End-to-end latency p50 / p99", "Consumer lag", "Stream thread states",
                "Rebalances", "Commit latency", "JVM heap", "GC pauses", "Stream threads alive / failed", "Ready");
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                continue;
            }
            assertThat(panel.path("targets").size()).as(panel.path("title").asText()).isPositive();
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
        }
        List<String> variables = StreamSupport.stream(dashboard.path("templating").path("list").spliterator(), false)
                .map(v -> v.path("name").asText()).toList();
        assertThat(variables).containsExactly("datasource", "job");
    }

    @Test
    void everyDashboardQueryIsScopedToTheChosenJob() throws Exception {
        List<OpsQueries.Query> queries = OpsQueries.dashboard(OpsQueries.DASHBOARD);
        assertThat(queries).hasSizeGreaterThan(20);
        for (OpsQueries.Query q : queries) {
            assertThat(q.expr()).as(q.toString()).contains("job=~\"$job\"");
        }
    }

    @Test
    void ruleFileHasTheFourAlertsTheIssueAsksFor() throws Exception {
        List<String> alerts = OpsQueries.rules(OpsQueries.RULES).stream().map(OpsQueries.Query::name).toList();
        assertThat(alerts).contains("NewsflowDeadLettersRising", "NewsflowConsumerLagGrowing", "NewsflowNotReady",
                "NewsflowStreamThreadGone");
        for (OpsQueries.Query alert : OpsQueries.rules(OpsQueries.RULES)) {
            assertThat(alert.withoutThreshold()).as(alert.toString()).isNotEqualTo(alert.expr());
        }
    }

    @Test
    void promtoolAcceptsRulesAndTheComposeConfig() throws Exception {
        Optional<Path> promtool = Tools.find("promtool");
        Assumptions.assumeTrue(promtool.isPresent(),
                "promtool not installed (apt-get install prometheus): skipping promtool check rules/config");
        Path root = Path.of("").toAbsolutePath();
        Tools.Result rules = Tools.run(root, 60, promtool.get().toString(), "check", "rules",
                OpsQueries.RULES.toString());
        assertThat(rules.exitCode()).as(rules.output()).isZero();
        assertThat(rules.output()).contains("SUCCESS: 5 rules found");

        // the compose config names its rules relative to itself, as mounted in the container
        Files.copy(Path.of("deploy/prometheus/prometheus.yml"), work.resolve("prometheus.yml"));
        Files.createDirectories(work.resolve("rules"));
        Files.copy(OpsQueries.RULES, work.resolve("rules/newsflow-rules.yaml"));
        Tools.Result config = Tools.run(work, 60, promtool.get().toString(), "check", "config", "prometheus.yml");
        assertThat(config.exitCode()).as(config.output()).isZero();
        assertThat(config.output()).contains("SUCCESS: 1 rule files found", "SUCCESS: 5 rules found");
    }

    @Test
    void everyQueryEvaluatesOnARealPrometheus() throws Exception {
        Assumptions.assumeTrue(PrometheusProcess.binary().isPresent(),
                "prometheus not installed (apt-get install prometheus): skipping the real-Prometheus query test");
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        PipelineMetrics metrics = new PipelineMetrics(registry);
        KafkaStreams streams = StreamsMetricsBindingTest.unconnectedStreams(work.resolve("state"));
        ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
        try (StreamsMetricsBinding binding = StreamsMetricsBinding.bind(streams, registry);
             // the unconnected client stays REBALANCING: live but not ready, so NewsflowNotReady goes pending
             OpsServer ops = OpsServer.start(0, streams::state, registry)) {
            streams.start();
            System.gc(); // so the GC pause timer has a series
            // a steady trickle while Prometheus scrapes: one in ten records dead-lettered (above the 5% alert)
            int[] tick = {0};
            feeder.scheduleAtFixedRate(() -> {
                int i = tick[0]++;
                metrics.recordIn("articles.raw");
                metrics.recordStage("parse", 40_000 + i * 10L);
                if (i % 10 == 0) {
                    metrics.recordDeadLetter("clean", "empty-body");
                    return;
                }
                metrics.recordStage("clean", 900_000);
                metrics.recordStage("enrich", 25_000_000);
                metrics.recordStage("publish", 300_000);
                metrics.recordEnriched(i % 7, 5, 1_500 + i, Duration.ofMillis(120 + i % 50));
            }, 0, 50, TimeUnit.MILLISECONDS);

            try (PrometheusProcess prometheus = PrometheusProcess.start(work.resolve("prometheus"),
                    List.of(ops.port()), List.of(OpsQueries.RULES))) {
                prometheus.awaitScrapes(1, 5, Duration.ofSeconds(60));

                OpsQueries.Evaluation evaluation = OpsQueries.evaluateAll(prometheus, PrometheusProcess.JOB,
                        NEEDS_A_BROKER);
                System.out.println(evaluation.report());
                assertThat(evaluation.failures()).as(evaluation.report()).isEmpty();

                // every rule loaded and evaluates without error
                for (JsonNode group : prometheus.ruleGroups()) {
                    for (JsonNode rule : group.path("rules")) {
                        assertThat(rule.path("health").asText()).as(rule.toString()).isEqualTo("ok");
                    }
                }
                // the two alerts this setup provokes are pending (their `for` keeps them from firing in a test)
                PrometheusProcess.QueryResult pending = prometheus.awaitQuery(
                        "count by (alertname) (ALERTS{alertstate=\"pending\"})",
                        r -> r.sampleCount() >= 2, Duration.ofSeconds(30));
                List<String> names = StreamSupport.stream(pending.result().spliterator(), false)
                        .map(s -> s.path("metric").path("alertname").asText()).toList();
                assertThat(names).as(prometheus.log()).contains("NewsflowDeadLettersRising", "NewsflowNotReady")
                        .doesNotContain("NewsflowStreamThreadGone", "NewsflowDown");
                // and the values behind the panels are the fed ones: a tenth of the input is dead-lettered
                PrometheusProcess.QueryResult share = prometheus.query(OpsQueries.rules(OpsQueries.RULES).get(0)
                        .withoutThreshold());
                assertThat(share.values()).singleElement().satisfies(v -> assertThat(v).isBetween(0.07, 0.13));
            }
        } finally {
            feeder.shutdownNow();
            streams.close(Duration.ofSeconds(20));
        }
    }
}
