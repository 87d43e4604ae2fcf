package dev.newsflow.kafka;

import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Plain Kafka clients of raw bytes, configured from {@link NewsflowConfig}: what {@code publish}, {@code tail},
 * {@code demo}, the benchmark and the integration tests use to feed and watch the pipeline.
 */
public final class KafkaClients {
    private KafkaClients() {
    }

    /** Idempotent, acks=all producer of raw bytes, sized for large posts, batching for 5 ms. */
    public static KafkaProducer<byte[], byte[]> producer(NewsflowConfig config) {
        return producer(config, 5);
    }

    /** Like {@link #producer(NewsflowConfig)} with another {@code linger.ms} (0 sends each record at once). */
    public static KafkaProducer<byte[], byte[]> producer(NewsflowConfig config, int lingerMs) {
        Properties p = config.clientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        p.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        // large posts on a busy broker: wait rather than expire, and never let a retried batch race the next one
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 120_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * A group-less read_committed consumer assigned to every partition of {@code topics}, so it sees only what
     * committed transactions wrote and never disturbs a consumer group. Its start position is resolved before it
     * is returned: "from the end" means the end as of this call, not of the first poll.
     */
    public static KafkaConsumer<byte[], byte[]> reader(NewsflowConfig config, List<String> topics, boolean fromBeginning) {
        Properties p = config.clientProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        KafkaConsumer<byte[], byte[]> consumer =
            new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = topics.stream()
            .flatMap(t -> consumer.partitionsFor(t).stream())
            .map(i -> new TopicPartition(i.topic(), i.partition()))
            .toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        partitions.forEach(consumer::position);
        return consumer;
    }
}
