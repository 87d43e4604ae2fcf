package dev.newsflow.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The pipeline's one operations port: {@code GET /metrics} (Prometheus text format 0.0.4), {@code /health/live} and
 * {@code /health/ready}.
 *
 * <ul>
 *   <li>{@code /health/live}: 200 while the Kafka Streams state is {@code CREATED}, {@code REBALANCING} or
 *       {@code RUNNING}; 503 otherwise (the orchestrator should restart the process).</li>
 *   <li>{@code /health/ready}: 200 only while {@code RUNNING}; 503 otherwise.</li>
 * </ul>
 * Both answer {@code text/plain} with the state name in the body. A state supplier that throws or returns
 * {@code null} is answered as not live and not ready.
 *
 * <p>It also registers the gauge {@code newsflow_streams_state{state}} on the registry: 1 for the current state, 0
 * for the others, so Prometheus sees what the probes see (the "not ready" alert is built on it).
 *
 * <p>The server runs on its own small thread pool and never blocks a stream thread. Thread-safe; {@link #close()}
 * stops it, removes the gauges and is idempotent.
 */
public final class OpsServer implements AutoCloseable {

    /** The default port, the one Prometheus' exporter registry lists for Java client libraries. */
    public static final int DEFAULT_PORT = 9464;

    /** Content type of the Prometheus text exposition format, version 0.0.4. */
    public static final String METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    static final Set<KafkaStreams.State> LIVE_STATES =
            EnumSet.of(KafkaStreams.State.CREATED, KafkaStreams.State.REBALANCING, KafkaStreams.State.RUNNING);

    private final HttpServer server;
    private final ExecutorService executor;
    private final PrometheusMeterRegistry registry;
    private final Supplier<KafkaStreams.State> state;
    private final List<Meter> stateGauges = new ArrayList<>();
    private boolean closed;

    private OpsServer(HttpServer server, ExecutorService executor, PrometheusMeterRegistry registry,
                      Supplier<KafkaStreams.State> state) {
        this.server = server;
        this.executor = executor;
        this.registry = registry;
        this.state = state;
    }

    /**
     * Binds all interfaces on {@code port} and starts serving.
     *
     * @param port     the TCP port; 0 picks a free one (see {@link #port()})
     * @param state    the current Kafka Streams state, typically {@code streams::state}; called per request and
     *                 per scrape, so it must be cheap and thread-safe
     * @param registry the registry {@code /metrics} renders
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static OpsServer start(int port, Supplier<KafkaStreams.State> state, PrometheusMeterRegistry registry) {
        return start(new InetSocketAddress(port), state, registry);
    }

    /** Like {@link #start(int, Supplier, PrometheusMeterRegistry)} on a given address (tests use loopback). */
    public static OpsServer start(InetSocketAddress address, Supplier<KafkaStreams.State> state,
                                  PrometheusMeterRegistry registry) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(registry, "registry");
        if (address.getPort() < 0 || address.getPort() > 65_535) {
            throw new IllegalArgumentException("port out of range: " + address.getPort());
        }
        HttpServer http;
        try {
            http = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the ops port " + address, e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "newsflow-ops-http");
            t.setDaemon(true);
            return t;
        });
        OpsServer ops = new OpsServer(http, executor, registry, state);
        http.createContext("/metrics", ops.handler(ops::metrics));
        http.createContext("/health/live", ops.handler(ex -> ops.health(ex, LIVE_STATES)));
        http.createContext("/health/ready", ops.handler(ex -> ops.health(ex, EnumSet.of(KafkaStreams.State.RUNNING))));
        http.createContext("/", ops.handler(ex -> respond(ex, 404, "text/plain; charset=utf-8", "not found\n")));
        http.setExecutor(executor);
        ops.registerStateGauges();
        http.start();
        return ops;
    }

    /** The port actually bound (the ephemeral one when started with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The current state, or {@code null} when the supplier fails or has none. */
    KafkaStreams.State currentState() {
        try {
            return state.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void registerStateGauges() {
        for (KafkaStreams.State s : KafkaStreams.State.values()) {
            stateGauges.add(Gauge.builder("newsflow.streams.state", this, ops -> ops.currentState() == s ? 1 : 0)
                    .description("1 for the current Kafka Streams client state, 0 for the others")
                    .tag("state", s.name())
                    .register(registry));
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private HttpHandler handler(Handler inner) {
        return exchange -> {
            try (exchange) {
                String method = exchange.getRequestMethod();
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                    respond(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
                    return;
                }
                inner.handle(exchange);
            } catch (RuntimeException e) {
                // a failing scrape must not take the server down; the client sees a 500
                respond(exchange, 500, "text/plain; charset=utf-8", "internal error\n");
            }
        };
    }

    private void metrics(HttpExchange exchange) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        registry.scrape(body, METRICS_CONTENT_TYPE);
        respond(exchange, 200, METRICS_CONTENT_TYPE, body.toByteArray());
    }

    private void health(HttpExchange exchange, Set<KafkaStreams.State> okStates) throws IOException {
        KafkaStreams.State s = currentState();
        boolean ok = s != null && okStates.contains(s);
        respond(exchange, ok ? 200 : 503, "text/plain; charset=utf-8", (s == null ? "UNKNOWN" : s.name()) + "\n");
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        respond(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /**
     * Stops serving and removes the state gauges. Requests in flight are cut: a probe or scrape retries, and JDK 17's
     * {@code HttpServer.stop(delay)} would wait the whole delay even when idle.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stateGauges.forEach(registry::remove);
        stateGauges.clear();
    }
}
