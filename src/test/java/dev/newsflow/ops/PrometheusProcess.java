package dev.newsflow.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real Prometheus server for tests: {@code /usr/bin/prometheus} (Debian's {@code prometheus} package) started on
 * 127.0.0.1 with a generated config that scrapes given loopback targets every second under job {@value #JOB},
 * optionally with rule files, and queried through its HTTP API.
 *
 * <p>Use {@link #binary()} with a JUnit assumption so tests skip where Prometheus is not installed. Everything
 * (config, TSDB, log) lives in the given work directory; {@link #close()} stops the process. Not thread-safe for
 * start/close; queries may run concurrently.
 */
public final class PrometheusProcess implements AutoCloseable {

    /** The job name given to the scraped targets. */
    public static final String JOB = "newsflow";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PrometheusProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The Prometheus executable, if installed ({@code /usr/bin/prometheus} or on the PATH). */
    public static Optional<Path> binary() {
        return Tools.find("prometheus");
    }

    /**
     * Starts Prometheus scraping {@code 127.0.0.1:<port>/metrics} for each of {@code targetPorts}, loading
     * {@code ruleFiles} (copied into the work directory), and waits until it reports ready.
     *
     * @throws IllegalStateException when it is not installed, exits, or is not ready within 60 s (the message
     *                               carries its log)
     */
    public static PrometheusProcess start(Path workDir, List<Integer> targetPorts, List<Path> ruleFiles)
            throws IOException, InterruptedException {
        Path exe = binary().orElseThrow(() -> new IllegalStateException("prometheus is not installed"));
        Files.createDirectories(workDir);
        List<String> rules = new ArrayList<>();
        for (int i = 0; i < ruleFiles.size(); i++) {
            Path copy = workDir.resolve("rules-" + i + ".yaml");
            Files.copy(ruleFiles.get(i), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            rules.add(copy.toString());
        }
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, config(targetPorts, rules));
        int port = freePort();
        Path log = workDir.resolve("prometheus.log");
        Process process = new ProcessBuilder(exe.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + workDir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port,
                "--storage.tsdb.retention.time=1h",
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        PrometheusProcess prometheus = new PrometheusProcess(process, port, log);
        try {
            prometheus.awaitReady(Duration.ofSeconds(60));
        } catch (RuntimeException | IOException | InterruptedException e) {
            prometheus.close();
            throw e;
        }
        return prometheus;
    }

    /** The generated configuration: 1 s scrape and evaluation intervals so tests see data within seconds. */
    static String config(List<Integer> targetPorts, List<String> ruleFiles) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n");
        if (!ruleFiles.isEmpty()) {
            yaml.append("rule_files:\n");
            ruleFiles.forEach(f -> yaml.append("  - '").append(f).append("'\n"));
        }
        yaml.append("scrape_configs:\n  - job_name: ").append(JOB).append("\n    static_configs:\n      - targets: [");
        for (int i = 0; i < targetPorts.size(); i++) {
            yaml.append(i == 0 ? "" : ", ").append("'127.0.0.1:").append(targetPorts.get(i)).append('\'');
        }
        yaml.append("]\n");
        return yaml.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** The HTTP port Prometheus listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** Base address of its HTTP API, e.g. {@code http://127.0.0.1:40123}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** What Prometheus has logged so far (for failure messages). */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private void awaitReady(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("prometheus exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(baseUri().resolve("/-/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("prometheus not ready within " + timeout + ":\n" + log());
    }

    /**
     * The answer to one instant query (PromQL) evaluated now.
     *
     * @param status     {@code success} or {@code error}
     * @param resultType {@code vector}, {@code scalar}, {@code matrix} or {@code string}; null on error
     * @param result     the {@code data.result} node; null on error
     * @param error      Prometheus' message when {@code status} is {@code error}
     */
    public record QueryResult(String status, String resultType, JsonNode result, String errorType, String error) {

        public boolean isSuccess() {
            return "success".equals(status);
        }

        /** Samples (vector), one for a scalar, 0 for an empty vector or an error. */
        public int sampleCount() {
            if (!isSuccess() || result == null) {
                return 0;
            }
            return result.isArray() && !"scalar".equals(resultType) && !"string".equals(resultType)
                    ? result.size() : 1;
        }

        /** Values of a vector result, as doubles (NaN and ±Inf included). */
        public List<Double> values() {
            List<Double> values = new ArrayList<>();
            if (isSuccess() && "vector".equals(resultType)) {
                for (JsonNode sample : result) {
                    values.add(Double.parseDouble(sample.get("value").get(1).asText()));
                }
            }
            return values;
        }
    }

    /** Evaluates {@code promql} at the current time through {@code /api/v1/query}. */
    public QueryResult query(String promql) throws IOException, InterruptedException {
        URI uri = baseUri().resolve("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IOException("not JSON from " + uri + " (HTTP " + r.statusCode() + "): " + r.body(), e);
        }
        JsonNode data = body.path("data");
        return new QueryResult(body.path("status").asText(),
                data.hasNonNull("resultType") ? data.get("resultType").asText() : null,
                data.hasNonNull("result") ? data.get("result") : null,
                body.hasNonNull("errorType") ? body.get("errorType").asText() : null,
                body.hasNonNull("error") ? body.get("error").asText() : null);
    }

    /** Re-runs {@code promql} until {@code accept} holds or {@code timeout} passes; returns the last answer. */
    public QueryResult awaitQuery(String promql, Predicate<QueryResult> accept, Duration timeout)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        QueryResult last = query(promql);
        while (!accept.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = query(promql);
        }
        return last;
    }

    /** Waits until every target of job {@value #JOB} has been scraped successfully at least {@code scrapes} times. */
    public void awaitScrapes(int targets, int scrapes, Duration timeout) throws IOException, InterruptedException {
        String q = "count_over_time(up{job=\"" + JOB + "\"}[5m]) >= " + scrapes + " and up{job=\"" + JOB + "\"} == 1";
        QueryResult r = awaitQuery(q, res -> res.sampleCount() >= targets, timeout);
        if (r.sampleCount() < targets) {
            throw new IllegalStateException("targets not scraped " + scrapes + " times within " + timeout
                    + "; up = " + query("up").result() + "\n" + log());
        }
    }

    /** The {@code /api/v1/rules} answer's groups (to check rules loaded and their health). */
    public JsonNode ruleGroups() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(baseUri().resolve("/api/v1/rules"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).path("data").path("groups");
    }

    /** Stops Prometheus (SIGTERM, then SIGKILL after 10 s). Idempotent. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
