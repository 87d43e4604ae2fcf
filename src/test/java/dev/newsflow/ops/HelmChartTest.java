package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Helm chart, linted and rendered by helm itself (helm-java) and the manifests checked. */
class HelmChartTest {

    static final Path CHART = Path.of("helm/newsflow");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static List<JsonNode> defaults;

    @TempDir
    Path work;

    @BeforeAll
    static void renderDefaults() throws IOException {
        defaults = render(new Helm(CHART).template().withName("newsflow").withNamespace("news").call());
    }

    static List<JsonNode> render(String manifests) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(manifests)) {
            for (var it = YAML.readValues(parser, JsonNode.class); it.hasNext(); ) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isMissingNode() && !doc.isNull() && doc.size() > 0) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    static List<JsonNode> ofKind(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode one(List<JsonNode> docs, String kind) {
        List<JsonNode> found = ofKind(docs, kind);
        assertThat(found).as("one %s", kind).hasSize(1);
        return found.get(0);
    }

    static JsonNode container(List<JsonNode> docs) {
        JsonNode containers = one(docs, "Deployment").path("spec").path("template").path("spec").path("containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText();
            }
        }
        return null;
    }

    @Test
    void lintPassesInStrictMode() {
        LintResult lint = new Helm(CHART).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
        // helm-java's lint takes no values file: the non-default values are checked by rendering them below
    }

    @Test
    void lintCatchesABrokenCopyOfTheChart() throws IOException {
        Path copy = work.resolve("newsflow");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path f : files.toList()) {
                Path target = copy.resolve(CHART.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Path service = copy.resolve("templates/service.yaml");
        Files.writeString(service, Files.readString(service).replace("{{- include \"newsflow.selectorLabels\" . | nindent 4 }}",
                "{{- include \"newsflow.selectorLabels\" . | nindent 4 "));
        LintResult lint = new Helm(copy).lint().strict().call();
        assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isTrue();
    }

    @Test
    void defaultsRenderDeploymentServiceAndTwoConfigMapsOnly() {
        assertThat(defaults.stream().map(d -> d.path("kind").asText()).sorted().toList())
                .containsExactly("ConfigMap", "ConfigMap", "Deployment", "Service");
    }

    @Test
    void probesHitTheHealthPathsOnTheMetricsPort() {
        JsonNode c = container(defaults);
        assertThat(c.path("ports").get(0).path("name").asText()).isEqualTo("metrics");
        assertThat(c.path("ports").get(0).path("containerPort").asInt()).isEqualTo(9464);
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/health/ready");
        assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/health/live");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(c.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("metrics");
        }
    }

    @Test
    void resourcesHaveRequestsAndLimitsAndTheHeapFollowsTheLimit() {
        JsonNode c = container(defaults);
        JsonNode resources = c.path("resources");
        for (String kind : List.of("requests", "limits")) {
            assertThat(resources.path(kind).path("cpu").asText()).as(kind + ".cpu").isNotEmpty();
            assertThat(resources.path(kind).path("memory").asText()).as(kind + ".memory").isNotEmpty();
        }
        assertThat(env(c, "JAVA_OPTS")).contains("-XX:MaxRAMPercentage=75").doesNotContain("-Xmx");
    }

    @Test
    void runsAsNonRootWithAReadOnlyRootAndWritableTmpAndStateDir() {
        JsonNode deployment = one(defaults, "Deployment");
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isEqualTo(60);
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        JsonNode c = container(defaults);
        JsonNode sc = c.path("securityContext");
        assertThat(sc.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(sc.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(sc.path("capabilities").path("drop").toString()).isEqualTo("[\"ALL\"]");

        Map<String, String> mounts = new HashMap<>();
        c.path("volumeMounts").forEach(m -> mounts.put(m.path("name").asText(), m.path("mountPath").asText()));
        assertThat(mounts).containsEntry("tmp", "/tmp").containsEntry("state", "/var/lib/newsflow");
        Map<String, JsonNode> volumes = new HashMap<>();
        pod.path("volumes").forEach(v -> volumes.put(v.path("name").asText(), v));
        assertThat(volumes.get("tmp").has("emptyDir")).isTrue();
        assertThat(volumes.get("state").path("emptyDir").path("sizeLimit").asText()).isEqualTo("1Gi");
        // the app is told where the writable state dir is
        JsonNode config = configMap(defaults);
        assertThat(config.path("data").path("NEWSFLOW_STATE_DIR").asText()).isEqualTo("/var/lib/newsflow");
    }

    @Test
    void labelsAreStandardAndSelectorsMatchThePods() {
        JsonNode deployment = one(defaults, "Deployment");
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        JsonNode selector = deployment.path("spec").path("selector").path("matchLabels");
        assertThat(selector.path("app.kubernetes.io/name").asText()).isEqualTo("newsflow");
        assertThat(selector.path("app.kubernetes.io/instance").asText()).isEqualTo("newsflow");
        selector.properties().forEach(e -> assertThat(podLabels.path(e.getKey())).isEqualTo(e.getValue()));
        JsonNode service = one(defaults, "Service");
        service.path("spec").path("selector").properties()
                .forEach(e -> assertThat(podLabels.path(e.getKey())).isEqualTo(e.getValue()));
        assertThat(service.path("spec").path("ports").get(0).path("targetPort").asText()).isEqualTo("metrics");
        for (JsonNode doc : defaults) {
            JsonNode labels = doc.path("metadata").path("labels");
            assertThat(labels.path("helm.sh/chart").asText()).as(doc.path("kind").asText()).isEqualTo("newsflow-0.1.0");
            assertThat(labels.path("app.kubernetes.io/managed-by").asText()).isEqualTo("Helm");
            assertThat(labels.path("app.kubernetes.io/version").asText()).isEqualTo("0.1.0");
        }
    }

    static JsonNode configMap(List<JsonNode> docs) {
        return ofKind(docs, "ConfigMap").stream().filter(d -> d.path("data").has("NEWSFLOW_BOOTSTRAP_SERVERS"))
                .findFirst().orElseThrow();
    }

    @Test
    void configMapCarriesTheEnvironmentTheAppReads() {
        JsonNode data = configMap(defaults).path("data");
        assertThat(data.path("NEWSFLOW_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka-kafka-bootstrap:9092");
        assertThat(data.path("NEWSFLOW_APPLICATION_ID").asText()).isEqualTo("newsflow");
        assertThat(data.path("NEWSFLOW_METRICS_PORT").asText()).isEqualTo("9464");
        assertThat(data.path("NEWSFLOW_NUM_STREAM_THREADS").asText()).isEqualTo("1");
        JsonNode c = container(defaults);
        assertThat(c.path("envFrom").get(0).path("configMapRef").path("name").asText())
                .isEqualTo(configMap(defaults).path("metadata").path("name").asText());
        assertThat(c.path("envFrom").size()).isEqualTo(1);
    }

    @Test
    void dashboardConfigMapIsLabelledForTheSidecarAndHoldsTheDashboard() throws IOException {
        JsonNode dashboard = ofKind(defaults, "ConfigMap").stream().filter(d -> d.path("data").has("newsflow.json"))
                .findFirst().orElseThrow();
        assertThat(dashboard.path("metadata").path("labels").path("grafana_dashboard").asText()).isEqualTo("1");
        JsonNode rendered = new ObjectMapper().readTree(dashboard.path("data").path("newsflow.json").asText());
        assertThat(rendered).isEqualTo(new ObjectMapper().readTree(OpsQueries.DASHBOARD.toFile()));
    }

    @Test
    void nonDefaultValuesTurnOnMonitoringTopicsAndKafkaSecurity() throws IOException {
        Path values = work.resolve("values.yaml");
        Files.writeString(values, """
                replicaCount: 3
                image:
                  repository: registry.example/newsflow
                  tag: "1.2.3"
                kafka:
                  bootstrapServers: "prod-kafka-bootstrap:9093"
                  numStreamThreads: 2
                  config:
                    security.protocol: SASL_SSL
                    sasl.mechanism: SCRAM-SHA-512
                  existingSecret: newsflow-kafka
                extraEnv:
                  - name: EXTRA
                    value: "x"
                jvm:
                  maxRamPercentage: 60
                metrics:
                  port: 9500
                resources:
                  requests: {cpu: "1", memory: 3Gi}
                  limits: {cpu: "4", memory: 4Gi}
                serviceMonitor:
                  enabled: true
                  labels: {release: kube-prometheus-stack}
                prometheusRule:
                  enabled: true
                  labels: {release: kube-prometheus-stack}
                dashboard:
                  folder: News
                topics:
                  strimzi:
                    enabled: true
                    clusterName: prod
                """);
        List<JsonNode> docs = render(new Helm(CHART).template().withName("prod").withNamespace("news")
                .withValuesFile(values).call());

        JsonNode deployment = one(docs, "Deployment");
        assertThat(deployment.path("metadata").path("name").asText()).isEqualTo("prod-newsflow");
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(3);
        JsonNode c = container(docs);
        assertThat(c.path("image").asText()).isEqualTo("registry.example/newsflow:1.2.3");
        assertThat(c.path("ports").get(0).path("containerPort").asInt()).isEqualTo(9500);
        assertThat(c.path("resources").path("limits").path("memory").asText()).isEqualTo("4Gi");
        assertThat(env(c, "JAVA_OPTS")).contains("-XX:MaxRAMPercentage=60");
        assertThat(env(c, "EXTRA")).isEqualTo("x");
        assertThat(c.path("envFrom").get(1).path("secretRef").path("name").asText()).isEqualTo("newsflow-kafka");

        JsonNode data = configMap(docs).path("data");
        assertThat(data.path("NEWSFLOW_BOOTSTRAP_SERVERS").asText()).isEqualTo("prod-kafka-bootstrap:9093");
        assertThat(data.path("NEWSFLOW_METRICS_PORT").asText()).isEqualTo("9500");
        assertThat(data.path("NEWSFLOW_NUM_STREAM_THREADS").asText()).isEqualTo("2");
        assertThat(data.path("NEWSFLOW_KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(data.path("NEWSFLOW_KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");

        JsonNode monitor = one(docs, "ServiceMonitor");
        assertThat(monitor.path("metadata").path("labels").path("release").asText()).isEqualTo("kube-prometheus-stack");
        assertThat(monitor.path("spec").path("endpoints").get(0).path("port").asText()).isEqualTo("metrics");
        assertThat(monitor.path("spec").path("endpoints").get(0).path("path").asText()).isEqualTo("/metrics");
        assertThat(monitor.path("spec").path("selector").path("matchLabels"))
                .isEqualTo(one(docs, "Service").path("spec").path("selector"));

        JsonNode rule = one(docs, "PrometheusRule");
        JsonNode ruleFile = new ObjectMapper(new YAMLFactory()).readTree(OpsQueries.RULES.toFile());
        assertThat(rule.path("spec").path("groups")).isEqualTo(ruleFile.path("groups"));

        JsonNode dashboard = ofKind(docs, "ConfigMap").stream().filter(d -> d.path("data").has("newsflow.json"))
                .findFirst().orElseThrow();
        assertThat(dashboard.path("metadata").path("annotations").path("grafana_folder").asText()).isEqualTo("News");

        List<JsonNode> topics = ofKind(docs, "KafkaTopic");
        assertThat(topics.stream().map(t -> t.path("spec").path("topicName").asText()).toList())
                .containsExactly("articles.raw", "articles.enriched", "entities.mentions", "articles.dlq");
        for (JsonNode topic : topics) {
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText()).isEqualTo("prod");
            assertThat(topic.path("spec").path("partitions").asInt()).isPositive();
            assertThat(topic.path("spec").path("config").path("min.insync.replicas").isTextual()).isTrue();
        }
    }

    @Test
    void monitoringAndTopicsCanBeSwitchedOffAgainIncludingTheDashboard() throws IOException {
        List<JsonNode> docs = render(new Helm(CHART).template().withName("x")
                .set("dashboard.enabled", "false").set("serviceMonitor.enabled", "false").call());
        assertThat(docs.stream().map(d -> d.path("kind").asText()).sorted().toList())
                .containsExactly("ConfigMap", "Deployment", "Service");
    }

    /**
     * The chart's topic values mirror the project's topics/*.yaml (the source of truth for `newsflow topics apply`):
     * same names, partitions, replicas and config. Skips until topics/ exists.
     */
    @Test
    void topicValuesMirrorTheProjectTopicFiles() throws IOException {
        Path dir = Path.of("topics");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no topics/ directory yet: nothing to mirror");
        Map<String, JsonNode> project = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).toList()) {
                JsonNode topic = new ObjectMapper(new YAMLFactory()).readTree(f.toFile());
                String name = topic.path("spec").path("topicName").asText(topic.path("metadata").path("name").asText());
                project.put(name, topic.path("spec"));
            }
        }
        List<JsonNode> rendered = ofKind(render(new Helm(CHART).template().withName("x")
                .set("topics.strimzi.enabled", "true").call()), "KafkaTopic");
        Map<String, JsonNode> chart = new HashMap<>();
        rendered.forEach(t -> chart.put(t.path("spec").path("topicName").asText(), t.path("spec")));
        assertThat(chart.keySet()).isEqualTo(project.keySet());
        for (var e : project.entrySet()) {
            JsonNode mine = chart.get(e.getKey());
            assertThat(mine.path("partitions").asInt()).as(e.getKey()).isEqualTo(e.getValue().path("partitions").asInt());
            assertThat(mine.path("replicas").asInt()).as(e.getKey()).isEqualTo(e.getValue().path("replicas").asInt());
            Map<String, String> theirs = new HashMap<>();
            e.getValue().path("config").properties().forEach(c -> theirs.put(c.getKey(), c.getValue().asText()));
            Map<String, String> ours = new HashMap<>();
            mine.path("config").properties().forEach(c -> ours.put(c.getKey(), c.getValue().asText()));
            assertThat(ours).as(e.getKey()).isEqualTo(theirs);
        }
    }
}
