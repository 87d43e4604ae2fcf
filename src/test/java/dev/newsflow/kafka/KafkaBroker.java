package dev.newsflow.kafka;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for integration tests: a Testcontainers {@code apache/kafka} container where a Docker engine
 * exists, otherwise the in-JVM KRaft broker (the CI machines have no engine). Start one per test class.
 */
public final class KafkaBroker implements AutoCloseable {
    private final AutoCloseable resource;
    private final String bootstrapServers;

    private KafkaBroker(AutoCloseable resource, String bootstrapServers) {
        this.resource = resource;
        this.bootstrapServers = bootstrapServers;
    }

    public static KafkaBroker start() {
        if (dockerAvailable()) {
            KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", String.valueOf(16 * 1024 * 1024));
            kafka.start();
            return new KafkaBroker(kafka::stop, kafka.getBootstrapServers());
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start();
        return new KafkaBroker(broker, broker.bootstrapServers());
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() throws Exception {
        resource.close();
    }
}
