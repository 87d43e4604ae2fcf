package dev.newsflow.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Reconciles declared topics with a live cluster: creates missing topics, adds partitions, and sets differing
 * configuration entries. Idempotent: applying twice changes nothing the second time. The replication factor and
 * {@code min.insync.replicas} are capped to the cluster's size so that the same files work on a one-node
 * development broker and a production cluster.
 */
public final class TopicAdmin {
    private final Admin admin;

    public TopicAdmin(Admin admin) {
        this.admin = admin;
    }

    /** One difference between a declared topic and the cluster. */
    public record Change(String topic, String what, String from, String to) {
        @Override
        public String toString() {
            return topic + ": " + what + (from == null ? "" : " " + from + " →") + " " + to;
        }
    }

    /**
     * The live topic's effective {@code max.message.bytes} (its own setting or the broker's default), or empty when
     * the topic does not exist.
     */
    public OptionalInt maxMessageBytes(String topic) throws InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try {
            ConfigEntry entry = admin.describeConfigs(List.of(resource),
                    new DescribeConfigsOptions().timeoutMs(15_000)).all().get()
                .get(resource)
                .get("max.message.bytes");
            return entry == null || entry.value() == null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(entry.value()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return OptionalInt.empty();
            }
            throw new IllegalStateException("cannot read the configuration of " + topic + ": "
                + e.getCause().getMessage(), e.getCause());
        }
    }

    /** What {@link #apply} would change, without changing anything. */
    public List<Change> diff(Collection<TopicSpec> specs) throws InterruptedException {
        return reconcile(specs, false);
    }

    /** Makes the cluster match {@code specs}; returns what it changed (empty when already in line). */
    public List<Change> apply(Collection<TopicSpec> specs) throws InterruptedException {
        return reconcile(specs, true);
    }

    private List<Change> reconcile(Collection<TopicSpec> specs, boolean apply) throws InterruptedException {
        try {
            int brokers = admin.describeCluster().nodes().get().size();
            Set<String> existing = admin.listTopics().names().get();
            List<Change> changes = new ArrayList<>();
            List<NewTopic> toCreate = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    short replicas = (short) Math.min(spec.replicas(), brokers);
                    toCreate.add(new NewTopic(spec.name(), spec.partitions(), replicas)
                        .configs(effectiveConfig(spec, replicas)));
                    changes.add(new Change(spec.name(), "create", null,
                        spec.partitions() + " partitions × " + replicas + " replicas"));
                }
            }
            List<TopicSpec> present = specs.stream().filter(s -> existing.contains(s.name())).toList();
            changes.addAll(reconcileExisting(present, apply));
            if (apply && !toCreate.isEmpty()) {
                try {
                    admin.createTopics(toCreate).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return changes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("topic reconciliation failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private List<Change> reconcileExisting(List<TopicSpec> specs, boolean apply)
            throws InterruptedException, ExecutionException {
        List<Change> changes = new ArrayList<>();
        if (specs.isEmpty()) {
            return changes;
        }
        Map<String, TopicDescription> descriptions =
            admin.describeTopics(specs.stream().map(TopicSpec::name).toList()).allTopicNames().get();
        List<ConfigResource> resources = specs.stream()
            .map(s -> new ConfigResource(ConfigResource.Type.TOPIC, s.name())).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        Map<String, NewPartitions> newPartitions = new HashMap<>();
        Map<ConfigResource, Collection<AlterConfigOp>> alterations = new HashMap<>();
        for (TopicSpec spec : specs) {
            TopicDescription description = descriptions.get(spec.name());
            int partitions = description.partitions().size();
            if (partitions < spec.partitions()) {
                newPartitions.put(spec.name(), NewPartitions.increaseTo(spec.partitions()));
                changes.add(new Change(spec.name(), "partitions", String.valueOf(partitions),
                    String.valueOf(spec.partitions())));
            } else if (partitions > spec.partitions()) {
                changes.add(new Change(spec.name(), "partitions (cannot shrink; left as is)",
                    String.valueOf(partitions), String.valueOf(spec.partitions())));
            }
            int replicas = description.partitions().get(0).replicas().size();
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
            Config current = configs.get(resource);
            List<AlterConfigOp> ops = new ArrayList<>();
            effectiveConfig(spec, replicas).forEach((key, value) -> {
                ConfigEntry entry = current.get(key);
                String now = entry == null ? null : entry.value();
                if (!value.equals(now)) {
                    ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
                    changes.add(new Change(spec.name(), key, now, value));
                }
            });
            if (!ops.isEmpty()) {
                alterations.put(resource, ops);
            }
        }
        if (apply) {
            if (!newPartitions.isEmpty()) {
                admin.createPartitions(newPartitions).all().get();
            }
            if (!alterations.isEmpty()) {
                admin.incrementalAlterConfigs(alterations).all().get();
            }
        }
        return changes;
    }

    private static Map<String, String> effectiveConfig(TopicSpec spec, int replicas) {
        Map<String, String> config = new HashMap<>(spec.config());
        String minIsr = config.get("min.insync.replicas");
        if (minIsr != null && Integer.parseInt(minIsr) > replicas) {
            config.put("min.insync.replicas", String.valueOf(replicas));
        }
        return config;
    }
}
