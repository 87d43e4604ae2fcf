package dev.newsflow.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The application's settings, immutable. Built from string key/value sources with this precedence, highest
 * first: command-line flags, {@code NEWSFLOW_*} environment variables, a properties file, defaults.
 *
 * <p>Keys and their environment names map one to one: {@code bootstrap.servers} ↔ {@code NEWSFLOW_BOOTSTRAP_SERVERS};
 * any {@code kafka.<property>} (↔ {@code NEWSFLOW_KAFKA_<PROPERTY>}, dots as underscores) is passed to the Kafka
 * clients as {@code <property>}, e.g. {@code NEWSFLOW_KAFKA_SECURITY_PROTOCOL=SASL_SSL}. The Helm chart emits the
 * same variables.
 *
 * @param bootstrapServers   Kafka bootstrap servers; null means "none configured" (demo starts its own broker)
 * @param applicationId      Kafka Streams application id (consumer group, internal topic prefix)
 * @param stateDir           Kafka Streams state directory
 * @param streamThreads      stream threads per instance
 * @param processingGuarantee {@code exactly_once_v2} (default) or {@code at_least_once}
 * @param maxInputBytes      raw values above this size are dead-lettered as {@code too-large}
 * @param keywordLimit       keywords kept per article
 * @param metricsPort        HTTP port for /metrics and /health (0 = any free port, -1 = off)
 * @param knowledgeFiles     extra knowledge-base files (organisations, places, stop words)
 * @param kafka              extra Kafka client properties
 */
public record NewsflowConfig(
        String bootstrapServers,
        String applicationId,
        Path stateDir,
        int streamThreads,
        String processingGuarantee,
        int maxInputBytes,
        int keywordLimit,
        int metricsPort,
        List<Path> knowledgeFiles,
        Map<String, String> kafka) {

    public static final String ENV_PREFIX = "NEWSFLOW_";

    /** {@code NEWSFLOW_*} variables read by others: the config file's path, the launcher, the log configuration. */
    private static final List<String> NOT_SETTINGS = List.of("CONFIG", "JAVA_OPTS", "LOG_LEVEL");

    /** Defaults, lowest precedence. */
    public static final Map<String, String> DEFAULTS = Map.of(
        "application.id", "newsflow",
        "state.dir", Path.of(System.getProperty("java.io.tmpdir"), "newsflow-streams").toString(),
        "num.stream.threads", "1",
        "processing.guarantee", "exactly_once_v2",
        "max.input.bytes", String.valueOf(2 * 1024 * 1024),
        "keywords.limit", "10",
        "metrics.port", "9464");

    private static final List<String> KNOWN = List.of("bootstrap.servers", "application.id", "state.dir",
        "num.stream.threads", "processing.guarantee", "max.input.bytes", "keywords.limit", "metrics.port",
        "knowledge.files", "config");

    public NewsflowConfig {
        Objects.requireNonNull(applicationId, "applicationId");
        knowledgeFiles = List.copyOf(knowledgeFiles);
        kafka = Map.copyOf(kafka);
    }

    /**
     * Resolves the settings from their sources.
     *
     * @param flags    values given on the command line (already in key form), highest precedence
     * @param env      the process environment (only {@code NEWSFLOW_*} entries are read)
     * @param file     a properties file's contents, or empty
     * @throws IllegalArgumentException naming the key of any malformed or unknown value
     */
    public static NewsflowConfig resolve(Map<String, String> flags, Map<String, String> env, Properties file) {
        Map<String, String> merged = new TreeMap<>(DEFAULTS);
        file.stringPropertyNames().forEach(k -> merged.put(k, file.getProperty(k)));
        merged.putAll(fromEnv(env));
        flags.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return fromMap(merged);
    }

    /** {@code NEWSFLOW_BOOTSTRAP_SERVERS=x} → {@code bootstrap.servers=x}; other variables ignored. */
    static Map<String, String> fromEnv(Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !NOT_SETTINGS.contains(name.substring(ENV_PREFIX.length()))) {
                out.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return out;
    }

    static NewsflowConfig fromMap(Map<String, String> values) {
        Map<String, String> kafka = new TreeMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("kafka.")) {
                kafka.put(key.substring("kafka.".length()), e.getValue());
            } else if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + KNOWN
                    + ", or kafka.<client property>)");
            }
        }
        String guarantee = values.get("processing.guarantee");
        if (!guarantee.equals("exactly_once_v2") && !guarantee.equals("at_least_once")) {
            throw new IllegalArgumentException("processing.guarantee must be exactly_once_v2 or at_least_once, was '"
                + guarantee + "'");
        }
        String bootstrap = values.get("bootstrap.servers");
        List<Path> files = new ArrayList<>();
        String knowledge = values.get("knowledge.files");
        if (knowledge != null && !knowledge.isBlank()) {
            Arrays.stream(knowledge.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Path::of)
                .forEach(files::add);
        }
        return new NewsflowConfig(
            bootstrap == null || bootstrap.isBlank() ? null : bootstrap.strip(),
            values.get("application.id"),
            Path.of(values.get("state.dir")),
            positive(values, "num.stream.threads", 1),
            guarantee,
            positive(values, "max.input.bytes", 1),
            positive(values, "keywords.limit", 0),
            positive(values, "metrics.port", -1),
            files,
            kafka);
    }

    private static int positive(Map<String, String> values, String key, int min) {
        String raw = values.get(key);
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min) {
                throw new IllegalArgumentException(key + " must be ≥ " + min + ", was " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, was '" + raw + "'", e);
        }
    }

    /** A copy pointing at another cluster (demo, tests). */
    public NewsflowConfig withBootstrapServers(String servers) {
        return new NewsflowConfig(servers, applicationId, stateDir, streamThreads, processingGuarantee, maxInputBytes,
            keywordLimit, metricsPort, knowledgeFiles, kafka);
    }

    /** A copy with another state directory (tests, demo). */
    public NewsflowConfig withStateDir(Path dir) {
        return new NewsflowConfig(bootstrapServers, applicationId, dir, streamThreads, processingGuarantee,
            maxInputBytes, keywordLimit, metricsPort, knowledgeFiles, kafka);
    }

    /** A copy with another metrics port. */
    public NewsflowConfig withMetricsPort(int port) {
        return new NewsflowConfig(bootstrapServers, applicationId, stateDir, streamThreads, processingGuarantee,
            maxInputBytes, keywordLimit, port, knowledgeFiles, kafka);
    }

    /** The bootstrap servers. @throws IllegalStateException with a hint when none are configured */
    public String requireBootstrapServers() {
        if (bootstrapServers == null) {
            throw new IllegalStateException("no Kafka bootstrap servers configured: pass --bootstrap-servers or set "
                + "NEWSFLOW_BOOTSTRAP_SERVERS");
        }
        return bootstrapServers;
    }

    /** Client properties common to producers, consumers and admin clients: bootstrap plus {@code kafka.*}. */
    public Properties clientProperties() {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", requireBootstrapServers());
        kafka.forEach(p::setProperty);
        return p;
    }
}
