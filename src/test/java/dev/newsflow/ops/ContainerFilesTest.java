package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile and docker-compose.yml. No Docker daemon is assumed: compose is validated by docker-compose itself
 * where installed, the files are parsed and checked, and the image's health check command is run against a real
 * {@link OpsServer}.
 */
class ContainerFilesTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    private static JsonNode compose() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile());
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Optional<Path> dockerCompose = Tools.find("docker-compose");
        Assumptions.assumeTrue(dockerCompose.isPresent(),
                "docker-compose not installed (apt-get install docker-compose): skipping `docker-compose config -q`");
        Tools.Result result = Tools.run(Path.of("").toAbsolutePath(), 120, dockerCompose.get().toString(),
                "-f", COMPOSE.toString(), "config", "-q");
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void composeRunsASingleKraftNodeTheTopicInitThePipelinePrometheusAndGrafana() throws Exception {
        JsonNode compose = compose();
        assertThat(compose.path("version").asText()).isEqualTo("3.8");
        JsonNode services = compose.path("services");
        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("kafka", "topics-init", "newsflow", "prometheus", "grafana");

        JsonNode kafka = services.path("kafka");
        assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:4.1.0");
        JsonNode env = kafka.path("environment");
        assertThat(env.path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(env.path("KAFKA_CONTROLLER_QUORUM_VOTERS").asText()).isEqualTo("1@kafka:9093");
        for (String rf : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            assertThat(env.path(rf).asInt()).as(rf).isEqualTo(1);
        }
        assertThat(env.path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("PLAINTEXT://kafka:9092");

        JsonNode init = services.path("topics-init");
        assertThat(init.path("command").toString()).isEqualTo("[\"topics\",\"apply\"]");
        assertThat(init.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");

        JsonNode pipeline = services.path("newsflow");
        assertThat(pipeline.path("build").asText()).isEqualTo(".");
        assertThat(pipeline.path("command").toString()).isEqualTo("[\"run\"]");
        assertThat(pipeline.path("environment").path("NEWSFLOW_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
        assertThat(pipeline.path("depends_on").path("topics-init").path("condition").asText())
                .isEqualTo("service_completed_successfully");
    }

    /** Every file or directory compose bind-mounts from the project exists, so `up` finds its config. */
    @Test
    void everyBindMountPointsAtAFileOfTheProject() throws Exception {
        List<String> sources = new ArrayList<>();
        for (JsonNode service : compose().path("services")) {
            for (JsonNode volume : service.path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    sources.add(source);
                }
            }
        }
        assertThat(sources).contains("./deploy/prometheus/prometheus.yml", "./helm/newsflow/rules",
                "./deploy/grafana/provisioning", "./helm/newsflow/dashboards");
        for (String source : sources) {
            assertThat(Path.of(source)).as(source).exists();
        }
        assertThat(Path.of("deploy/grafana/provisioning/datasources/prometheus.yaml")).content()
                .contains("url: http://prometheus:9090");
        assertThat(Path.of("deploy/prometheus/prometheus.yml")).content().contains("newsflow:9464");
    }

    @Test
    void dockerfileBuildsWithMavenAndRunsOnAJreAsNonRoot() throws Exception {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(froms).containsExactly("FROM maven:3.9-eclipse-temurin-17 AS build", "FROM eclipse-temurin:17-jre");
        String dockerfile = String.join("\n", lines);
        assertThat(dockerfile).contains("-XX:MaxRAMPercentage=", "COPY --from=build /src/target/newsflow.jar",
                "COPY --from=build /src/target/lib/", "EXPOSE 9464", "CMD [\"run\"]");
        // the last USER of the runtime stage is a non-root numeric uid
        String user = lines.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).matches("USER [1-9][0-9]*:[0-9]+");
    }

    /** The image's HEALTHCHECK, run exactly as Docker would (exec form), against a real ops server. */
    @Test
    void healthCheckPassesOnlyWhileLive() throws Exception {
        Assumptions.assumeTrue(Tools.find("bash").isPresent(), "bash not installed: skipping the health check run");
        String healthcheck = String.join("\n", Files.readAllLines(DOCKERFILE))
                .replaceAll("\\\\\\n\\s*", " ");
        String exec = healthcheck.lines().filter(l -> l.startsWith("HEALTHCHECK")).findFirst().orElseThrow();
        assertThat(exec).contains("/health/live");
        JsonNode argv = new ObjectMapper().readTree(exec.substring(exec.indexOf("CMD ") + 4));
        List<String> command = new ArrayList<>();
        argv.forEach(a -> command.add(a.asText()));

        AtomicReference<KafkaStreams.State> state = new AtomicReference<>(KafkaStreams.State.RUNNING);
        PrometheusMeterRegistry registry = PipelineMetrics.newPrometheusRegistry();
        try (OpsServer ops = OpsServer.start(0, state::get, registry)) {
            assertThat(runHealthCheck(command, ops.port())).isZero();
            state.set(KafkaStreams.State.ERROR);
            assertThat(runHealthCheck(command, ops.port())).isNotZero();
            state.set(KafkaStreams.State.REBALANCING);
            assertThat(runHealthCheck(command, ops.port())).isZero();
        }
        // nothing listening: unhealthy
        assertThat(runHealthCheck(command, StreamsMetricsBindingTest.closedPort())).isNotZero();
    }

    private static int runHealthCheck(List<String> command, int port) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("NEWSFLOW_METRICS_PORT", Integer.toString(port));
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
