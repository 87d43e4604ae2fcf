package dev.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.TestPosts;
import dev.newsflow.kafka.KafkaBroker;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicAdmin;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.DeadLetterHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The output side of "nothing lost": an enriched record larger than the enriched topic accepts (an operator's
 * smaller {@code max.message.bytes}) must send its input to the dead-letter topic, under exactly-once, without
 * stalling the records after it or stopping a stream thread.
 */
class RefusedOutputIntegrationTest {
    private static final int ENRICHED_MAX_MESSAGE_BYTES = 64 * 1024;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        broker.close();
    }

    @Test
    void anEnrichedRecordTheTopicRefusesIsDeadLetteredAndTheNextPostsStillFlow() throws Exception {
        NewsflowConfig config = PipelineTestSupport.config(broker.bootstrapServers(), Map.of());
        PipelineTestSupport.createTopics(config);
        try (Admin admin = Admin.create(config.clientProperties())) {
            ConfigResource enriched = new ConfigResource(ConfigResource.Type.TOPIC, TopicCatalog.ENRICHED);
            Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(enriched, List.of(new AlterConfigOp(
                new ConfigEntry("max.message.bytes", String.valueOf(ENRICHED_MAX_MESSAGE_BYTES)),
                AlterConfigOp.OpType.SET)));
            admin.incrementalAlterConfigs(change).all().get();
            // the pipeline reads the limit once at start-up: wait until the broker serves the new value
            TopicAdmin topics = new TopicAdmin(admin);
            PipelineTestSupport.await(() -> {
                try {
                    return topics.maxMessageBytes(TopicCatalog.ENRICHED).orElse(-1) == ENRICHED_MAX_MESSAGE_BYTES;
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, Duration.ofSeconds(30), "the new max.message.bytes");
        }
        byte[] huge = hugePost();
        assertThat(huge.length).isLessThan(config.maxInputBytes()); // accepted as input, refused only as output

        KafkaStreams streams = PipelineTestSupport.startPipeline(config, PipelineObserver.NONE);
        try (KafkaProducer<byte[], byte[]> producer = PipelineTestSupport.producer(config);
             KafkaConsumer<byte[], byte[]> reader = PipelineTestSupport.committedReader(config,
                 List.of(TopicCatalog.ENRICHED, TopicCatalog.DLQ))) {
            send(producer, "before", TestPosts.PBOC.getBytes(StandardCharsets.UTF_8));
            send(producer, "huge", huge);
            send(producer, "after", TestPosts.PBOC.replace("座谈会", "座谈会（续）").getBytes(StandardCharsets.UTF_8));
            producer.flush();

            List<ConsumerRecord<byte[], byte[]>> out = PipelineTestSupport.readUntil(reader,
                records -> records.size() >= 3, Duration.ofMinutes(2));
            out.addAll(PipelineTestSupport.readUntil(reader, records -> false, Duration.ofSeconds(3)));

            List<String> enrichedKeys = out.stream().filter(r -> r.topic().equals(TopicCatalog.ENRICHED))
                .map(r -> new String(r.headers().lastHeader("newsflow.test.key").value(), StandardCharsets.UTF_8))
                .toList();
            List<ConsumerRecord<byte[], byte[]>> dead = out.stream()
                .filter(r -> r.topic().equals(TopicCatalog.DLQ)).toList();
            assertThat(enrichedKeys).containsExactlyInAnyOrder("before", "after");
            assertThat(dead).hasSize(1);
            ConsumerRecord<byte[], byte[]> letter = dead.get(0);
            assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("huge");
            assertThat(letter.value()).isEqualTo(huge);
            assertThat(header(letter, DeadLetterHandler.HEADER_STAGE)).isEqualTo("publish");
            assertThat(header(letter, DeadLetterHandler.HEADER_REASON)).isEqualTo("output-too-large");
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        } finally {
            streams.close(Duration.ofSeconds(30));
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, String key, byte[] value) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TopicCatalog.RAW,
            key.getBytes(StandardCharsets.UTF_8), value);
        // Kafka Streams copies input headers to the outputs: a way to tell the enriched records apart
        record.headers().add("newsflow.test.key", key.getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** A valid post whose enriched record is far over the limit even compressed: varied characters compress badly. */
    private static byte[] hugePost() {
        Random random = new Random(3);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 40; p++) {
            body.append("<p>");
            for (int i = 0; i < 1500; i++) {
                body.append((char) (0x4E00 + random.nextInt(0x5000)));
            }
            body.append("。</p>\n");
        }
        return ("---\ntitle: 很长的一篇文章\ndate: 2024-03-01T08:00:00Z\n---\n" + body)
            .getBytes(StandardCharsets.UTF_8);
    }
}
