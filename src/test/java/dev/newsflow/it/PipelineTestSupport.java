package dev.newsflow.it;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.kafka.KafkaClients;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicAdmin;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.parse.PostParser;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.NewsflowTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.streams.KafkaStreams;

/** Starts the real pipeline (same static builder and settings as {@code run}) against a test broker. */
final class PipelineTestSupport {
    private PipelineTestSupport() {
    }

    static NewsflowConfig config(String bootstrap, Map<String, String> overrides) throws Exception {
        Map<String, String> flags = new java.util.HashMap<>(overrides);
        flags.put("bootstrap.servers", bootstrap);
        flags.putIfAbsent("application.id", "it-" + UUID.randomUUID());
        flags.put("state.dir", Files.createTempDirectory("newsflow-it-").toString());
        return NewsflowConfig.resolve(flags, Map.of(), new Properties());
    }

    static void createTopics(NewsflowConfig config) throws InterruptedException {
        try (Admin admin = Admin.create(config.clientProperties())) {
            new TopicAdmin(admin).apply(TopicCatalog.loadDefault().all());
        }
    }

    static KafkaStreams startPipeline(NewsflowConfig config, PipelineObserver observer) {
        KafkaStreams streams = createPipeline(config, observer);
        streams.start();
        return streams;
    }

    /** The pipeline's Kafka Streams client, not yet started (so metrics can be bound first). */
    static KafkaStreams createPipeline(NewsflowConfig config, PipelineObserver observer) {
        ArticlePipeline pipeline = new ArticlePipeline(new PostParser(config.maxInputBytes()), new ArticleCleaner(),
            new Enricher(config.keywordLimit()), observer, Clock.systemUTC());
        int maxOutputBytes;
        try (Admin admin = Admin.create(config.clientProperties())) {
            maxOutputBytes = NewsflowTopology.maxOutputBytes(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new KafkaStreams(NewsflowTopology.build(pipeline, observer, maxOutputBytes),
            NewsflowTopology.streamsProperties(config, observer));
    }

    static KafkaProducer<byte[], byte[]> producer(NewsflowConfig config) {
        return KafkaClients.producer(config);
    }

    /** A read_committed consumer on every partition of {@code topics}, from the beginning. */
    static KafkaConsumer<byte[], byte[]> committedReader(NewsflowConfig config, List<String> topics) {
        return KafkaClients.reader(config, topics, true);
    }

    /** Polls until {@code done} says so or the timeout passes; returns everything read. */
    static List<ConsumerRecord<byte[], byte[]>> readUntil(KafkaConsumer<byte[], byte[]> consumer,
            java.util.function.Predicate<List<ConsumerRecord<byte[], byte[]>>> done, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(all) && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(all::add);
        }
        return all;
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    static Path shared() {
        return Path.of(System.getProperty("newsflow.shared", "../shared"));
    }
}
