package dev.newsflow.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * One topic as declared in {@code topics/<name>.yaml} (a Strimzi {@code KafkaTopic} resource).
 *
 * @param name       topic name
 * @param partitions partition count (≥ 1)
 * @param replicas   desired replication factor; capped to the cluster's broker count when applied
 * @param config     topic-level configuration overrides
 */
public record TopicSpec(String name, int partitions, int replicas, Map<String, String> config) {
    public TopicSpec {
        Objects.requireNonNull(name, "name");
        if (partitions < 1 || replicas < 1) {
            throw new IllegalArgumentException("topic " + name + ": partitions and replicas must be ≥ 1");
        }
        config = Map.copyOf(config);
    }
}
