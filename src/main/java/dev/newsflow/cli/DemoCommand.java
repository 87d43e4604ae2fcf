package dev.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.kafka.EmbeddedKafkaBroker;
import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.kafka.KafkaClients;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicAdmin;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.DeadLetterHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The whole pipeline on one machine: an in-JVM Kafka broker (unless one is configured), the topics, the
 * pipeline, and the project's sample posts — one of them deliberately broken — published and followed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts a Kafka broker inside the JVM (unless --bootstrap-servers is given), creates the topics, "
        + "runs the pipeline and publishes the sample posts, printing one line per enriched article and per dead "
        + "letter.", "Runs until Ctrl-C; with --once it exits as soon as every sample is accounted for."})
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLES = "/samples/";

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--once", description = "Exit 0 once every sample is enriched or dead-lettered.")
    boolean once;

    @Option(names = "--timeout", paramLabel = "SECONDS",
        description = "With --once: give up (exit 1) after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 180;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        NewsflowConfig config = options.resolve(System.getenv());
        if (config.applicationId().equals(NewsflowConfig.DEFAULTS.get("application.id"))) {
            config = new NewsflowConfig(config.bootstrapServers(), "newsflow-demo", config.stateDir(),
                config.streamThreads(), config.processingGuarantee(), config.maxInputBytes(), config.keywordLimit(),
                config.metricsPort(), config.knowledgeFiles(), config.kafka());
        }
        if (config.stateDir().toString().equals(NewsflowConfig.DEFAULTS.get("state.dir"))) {
            config = config.withStateDir(Files.createTempDirectory("newsflow-demo-"));
        }
        // the dictionaries and the recogniser take seconds to load: do it while the broker starts
        final NewsflowConfig forWarmUp = config;
        Thread warmUp = new Thread(() -> {
            try {
                PipelineRuntime.pipeline(forWarmUp, PipelineObserver.NONE)
                    .process(samples().values().iterator().next(), java.time.Instant.now());
            } catch (RuntimeException e) {
                // only a head start: the pipeline itself reports any real problem
            }
        }, "newsflow-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        EmbeddedKafkaBroker broker = null;
        if (config.bootstrapServers() == null) {
            long start = System.nanoTime();
            broker = EmbeddedKafkaBroker.start();
            config = config.withBootstrapServers(broker.bootstrapServers());
            out.printf("started an in-JVM Kafka broker at %s in %d ms%n", broker.bootstrapServers(),
                (System.nanoTime() - start) / 1_000_000);
        }
        try (Admin admin = Admin.create(config.clientProperties())) {
            new TopicAdmin(admin).apply(TopicCatalog.loadDefault().all())
                .forEach(change -> out.println("topic " + change));
        }
        Map<String, byte[]> samples = samples();
        PipelineRuntime runtime = null;
        try (KafkaConsumer<byte[], byte[]> reader =
                 KafkaClients.reader(config, List.of(TopicCatalog.ENRICHED, TopicCatalog.DLQ), false)) {
            runtime = PipelineRuntime.start(config);
            if (runtime.opsPort() > 0) {
                out.printf("metrics at http://127.0.0.1:%d/metrics, health at /health/live and /health/ready%n",
                    runtime.opsPort());
            }
            if (!once) {
                out.printf("publish more with: ./newsflow publish --bootstrap-servers %s FILE…%n",
                    config.bootstrapServers());
            }
            final PipelineRuntime started = runtime;
            final EmbeddedKafkaBroker ownBroker = broker;
            if (!once) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    if (ownBroker != null) {
                        ownBroker.close();
                    }
                }, "newsflow-demo-shutdown"));
            }
            try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(config)) {
                for (Map.Entry<String, byte[]> sample : samples.entrySet()) {
                    producer.send(new ProducerRecord<>(TopicCatalog.RAW,
                        sample.getKey().getBytes(StandardCharsets.UTF_8), sample.getValue()));
                }
            }
            out.printf("published %d sample posts to %s; waiting for the pipeline…%n", samples.size(),
                TopicCatalog.RAW);
            out.flush();
            int accounted = follow(reader, out, samples.size());
            if (once && accounted < samples.size()) {
                out.printf("only %d of %d samples accounted for after %d s%n", accounted, samples.size(),
                    timeoutSeconds);
                return 1;
            }
            out.printf("all %d samples accounted for%n", samples.size());
            out.flush();
            return 0;
        } finally {
            if (once) {
                if (runtime != null) {
                    runtime.close();
                }
                if (broker != null) {
                    broker.close();
                }
            }
        }
    }

    /** Prints results until every sample is accounted for (--once) or forever; returns how many were seen. */
    private int follow(KafkaConsumer<byte[], byte[]> reader, PrintWriter out, int expected) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        int seen = 0;
        while (!once || (seen < expected && System.nanoTime() < deadline)) {
            for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
                seen++;
                out.println(r.topic().equals(TopicCatalog.DLQ) ? deadLetterLine(r) : articleLine(r.value()));
                out.flush();
            }
        }
        return seen;
    }

    static String articleLine(byte[] json) throws IOException {
        JsonNode a = JsonSerde.MAPPER.readTree(json);
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (String type : List.of("PERSON", "ORGANIZATION", "PLACE")) {
            byType.put(type, new ArrayList<>());
        }
        for (JsonNode e : a.path("entities")) {
            String name = e.path("name").asText();
            if (e.hasNonNull("title")) {
                name += "(" + e.path("title").asText() + ")";
            }
            byType.computeIfAbsent(e.path("type").asText(), k -> new ArrayList<>()).add(name);
        }
        StringJoiner keywords = new StringJoiner(", ");
        a.path("keywords").forEach(k -> keywords.add(k.path("term").asText()));
        return String.format("✔ %s [%s, %s]%n    people: %s%n    organisations: %s%n    places: %s%n    keywords: %s",
            a.path("title").asText(), a.path("source").asText(), a.path("publishedAt").asText(),
            String.join(", ", byType.get("PERSON")), String.join(", ", byType.get("ORGANIZATION")),
            String.join(", ", byType.get("PLACE")), keywords);
    }

    static String deadLetterLine(ConsumerRecord<byte[], byte[]> r) {
        return String.format("✘ dead letter %s: %s/%s — %s",
            r.key() == null ? "(no key)" : new String(r.key(), StandardCharsets.UTF_8),
            header(r, DeadLetterHandler.HEADER_STAGE), header(r, DeadLetterHandler.HEADER_REASON),
            header(r, DeadLetterHandler.HEADER_MESSAGE));
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null || h.value() == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** The sample posts shipped in the jar, by file name, in index order. */
    static Map<String, byte[]> samples() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        for (String name : read(SAMPLES + "index.txt").toString(StandardCharsets.UTF_8).split("\n")) {
            if (!name.isBlank()) {
                samples.put(name.strip(), read(SAMPLES + name.strip()).toByteArray());
            }
        }
        return samples;
    }

    private static java.io.ByteArrayOutputStream read(String resource) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
