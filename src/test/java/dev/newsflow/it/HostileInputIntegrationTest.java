package dev.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.kafka.KafkaBroker;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.DeadLetterHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a real broker under exactly-once: ≥ 1,000 hostile records mixed with good posts. Every record ends as exactly
 * one enriched record or one dead letter, and the application is still RUNNING with all its threads.
 */
class HostileInputIntegrationTest {
    private static final int MAX_INPUT_BYTES = 1024 * 1024;
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
    void everyRecordEndsAsExactlyOneEnrichedRecordOrOneDeadLetter() throws Exception {
        NewsflowConfig config = PipelineTestSupport.config(broker.bootstrapServers(),
            Map.of("max.input.bytes", String.valueOf(MAX_INPUT_BYTES), "num.stream.threads", "2"));
        PipelineTestSupport.createTopics(config);
        Map<String, byte[]> inputs = inputs();
        int hostile = (int) inputs.keySet().stream().filter(k -> k.startsWith("hostile-")).count();
        assertThat(hostile).isGreaterThanOrEqualTo(1000);

        KafkaStreams streams = PipelineTestSupport.startPipeline(config, PipelineObserver.NONE);
        try (KafkaProducer<byte[], byte[]> producer = PipelineTestSupport.producer(config);
             KafkaConsumer<byte[], byte[]> reader = PipelineTestSupport.committedReader(config,
                 List.of(TopicCatalog.ENRICHED, TopicCatalog.DLQ))) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
                sent.add(producer.send(new ProducerRecord<>(TopicCatalog.RAW,
                    e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue())));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get(); // every input really is on the topic
            }

            List<ConsumerRecord<byte[], byte[]>> out = PipelineTestSupport.readUntil(reader,
                records -> records.size() >= inputs.size(), Duration.ofMinutes(5));
            // anything beyond one outcome per input would show up now
            out.addAll(PipelineTestSupport.readUntil(reader, records -> false, Duration.ofSeconds(3)));

            List<ConsumerRecord<byte[], byte[]>> enriched = out.stream()
                .filter(r -> r.topic().equals(TopicCatalog.ENRICHED)).toList();
            List<ConsumerRecord<byte[], byte[]>> dead = out.stream().filter(r -> r.topic().equals(TopicCatalog.DLQ))
                .toList();
            System.out.printf("hostile-input test: published %d (%d hostile), enriched %d, dead-lettered %d%n",
                inputs.size(), hostile, enriched.size(), dead.size());
            assertThat(enriched.size() + dead.size()).isEqualTo(inputs.size());

            Set<String> deadKeys = new HashSet<>();
            Map<String, Integer> reasons = new HashMap<>();
            for (ConsumerRecord<byte[], byte[]> r : dead) {
                String key = new String(r.key(), StandardCharsets.UTF_8);
                assertThat(deadKeys.add(key)).as("one dead letter per input: " + key).isTrue();
                assertThat(r.value()).as("original bytes of " + key).isEqualTo(inputs.get(key));
                Header reason = r.headers().lastHeader(DeadLetterHandler.HEADER_REASON);
                assertThat(reason).as("reason header of " + key).isNotNull();
                reasons.merge(new String(reason.value(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
            System.out.println("dead letters by reason: " + reasons);
            assertThat(deadKeys).noneMatch(k -> k.startsWith("good-"));
            assertThat(reasons).containsKeys("empty-value", "invalid-utf8", "too-large", "not-an-article");
            assertThat(enriched.size()).isGreaterThanOrEqualTo((int) inputs.keySet().stream()
                .filter(k -> k.startsWith("good-")).count());

            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            assertThat(streams.metadataForLocalThreads()).hasSize(2);
        } finally {
            streams.close(Duration.ofSeconds(30));
        }
    }

    /** Good posts and hostile records, keyed by a unique name saying which is which. */
    static Map<String, byte[]> inputs() {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        Random random = new Random(42);
        List<byte[]> hostile = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            hostile.add(new byte[0]);
            byte[] junk = new byte[1 + random.nextInt(2000)];
            random.nextBytes(junk);
            hostile.add(junk);
            hostile.add(new byte[] {(byte) 0xe4, (byte) 0xb8, 0x41, (byte) 0xc3, 0x28, (byte) i});
            hostile.add(("{\"foo\": " + i + ", \"bar\": [1, 2, 3]}").getBytes(StandardCharsets.UTF_8));
            hostile.add(("[" + i + ", \"not an article\"]").getBytes(StandardCharsets.UTF_8));
            hostile.add(("---\ntitle: ''\ndate: Invalid Date\n---\n\n").getBytes(StandardCharsets.UTF_8));
            hostile.add(("\u0000\u0001\u0002 ctrl " + i).getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 5; i++) {
            hostile.add(("<p>" + "大".repeat(MAX_INPUT_BYTES / 3 + 10) + "</p>").getBytes(StandardCharsets.UTF_8));
        }
        // nested 100,000 deep: within the size limit, so it must be handled (cleaned or rejected), not crash
        String deep = "<i>".repeat(100_000) + "深" + "</i>".repeat(100_000);
        for (int i = 0; i < 3; i++) {
            hostile.add(deep.getBytes(StandardCharsets.UTF_8));
        }
        hostile.add(("<div>".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < hostile.size(); i++) {
            inputs.put(String.format("hostile-%04d", i), hostile.get(i));
        }
        for (int i = 0; i < 40; i++) {
            String post = dev.newsflow.TestPosts.PBOC.replace("座谈会", "座谈会（第" + i + "次）");
            inputs.put(String.format("good-%03d", i), post.getBytes(StandardCharsets.UTF_8));
        }
        return inputs;
    }
}
