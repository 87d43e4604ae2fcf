package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpsServerTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);
    private PrometheusMeterRegistry registry;
    private PipelineMetrics metrics;
    private OpsServer server;

    @BeforeEach
    void start() {
        registry = PipelineMetrics.newPrometheusRegistry();
        metrics = new PipelineMetrics(registry);
        server = OpsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), state::get, registry);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void ephemeralPortIsReported() {
        assertThat(server.port()).isBetween(1, 65_535);
    }

    @Test
    void metricsServesPrometheusTextWithPipelineSeries() throws Exception {
        metrics.recordIn("articles.raw");
        metrics.recordDeadLetter("clean", "empty-body");
        state.set(State.RUNNING);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body())
                .contains("newsflow_records_in_total{topic=\"articles.raw\"} 1.0")
                .contains("newsflow_dead_letters_total{reason=\"empty-body\",stage=\"clean\"} 1.0")
                .contains("newsflow_streams_state{state=\"RUNNING\"} 1.0")
                .contains("newsflow_streams_state{state=\"REBALANCING\"} 0.0")
                .contains("# TYPE newsflow_stage_duration_seconds histogram");
    }

    @Test
    void stateGaugeFollowsTheSupplier() throws Exception {
        state.set(State.REBALANCING);
        assertThat(get("/metrics").body()).contains("newsflow_streams_state{state=\"REBALANCING\"} 1.0",
                "newsflow_streams_state{state=\"RUNNING\"} 0.0");
        state.set(State.RUNNING);
        assertThat(get("/metrics").body()).contains("newsflow_streams_state{state=\"REBALANCING\"} 0.0",
                "newsflow_streams_state{state=\"RUNNING\"} 1.0");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void livenessAndReadinessFollowTheStreamsState(State s) throws Exception {
        state.set(s);
        HttpResponse<String> live = get("/health/live");
        HttpResponse<String> ready = get("/health/ready");

        boolean shouldBeLive = s == State.CREATED || s == State.REBALANCING || s == State.RUNNING;
        assertThat(live.statusCode()).isEqualTo(shouldBeLive ? 200 : 503);
        assertThat(ready.statusCode()).isEqualTo(s == State.RUNNING ? 200 : 503);
        assertThat(live.body()).isEqualTo(s.name() + "\n");
        assertThat(ready.body()).isEqualTo(s.name() + "\n");
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    }

    @Test
    void aFailingStateSupplierIsNeitherLiveNorReady() throws Exception {
        server.close();
        server = OpsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), () -> {
            throw new IllegalStateException("streams not built yet");
        }, registry);
        assertThat(get("/health/live").statusCode()).isEqualTo(503);
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).isEqualTo("UNKNOWN\n");
        assertThat(get("/metrics").body()).contains("newsflow_streams_state{state=\"RUNNING\"} 0.0");
    }

    @Test
    void onlyGetAndHeadAreServedAndUnknownPathsAre404() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");

        state.set(State.RUNNING);
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/health/ready"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();

        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void closeStopsServingAndRemovesTheStateGauges() throws Exception {
        int port = server.port();
        assertThat(registry.find("newsflow.streams.state").gauges()).hasSize(State.values().length);
        server.close();
        server.close(); // idempotent

        assertThat(registry.find("newsflow.streams.state").gauges()).isEmpty();
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aPortInUseFailsWithAClearError() {
        assertThatThrownBy(() -> OpsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                server.port()), state::get, registry))
                .hasMessageContaining("cannot bind the ops port");
    }
}
