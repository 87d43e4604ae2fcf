package dev.newsflow.cli;

import dev.newsflow.kafka.NewsflowConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Options shared by every command that talks to Kafka or runs the pipeline; each maps to one config key. */
final class ConfigOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
        description = "Kafka bootstrap servers (env NEWSFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
        description = "Properties file with settings (env NEWSFLOW_CONFIG); flags and env override it.")
    Path configFile;

    @Option(names = "--application-id", description = "Kafka Streams application id (default: newsflow).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Kafka Streams state directory.")
    String stateDir;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads per instance (default: 1).")
    Integer threads;

    @Option(names = "--processing-guarantee", paramLabel = "G",
        description = "exactly_once_v2 (default) or at_least_once.")
    String processingGuarantee;

    @Option(names = "--max-input-bytes", paramLabel = "N",
        description = "Raw values larger than this are dead-lettered as too-large (default: 2097152).")
    Integer maxInputBytes;

    @Option(names = "--keywords", paramLabel = "N", description = "Keywords per article (default: 10).")
    Integer keywords;

    @Option(names = "--metrics-port", paramLabel = "PORT",
        description = "Port of /metrics and /health (default: 9464; 0 = any free port; -1 = off).")
    Integer metricsPort;

    @Option(names = "--knowledge-file", paramLabel = "FILE",
        description = "Extra knowledge-base file(s): organisations, places, stop words (comma-separated).")
    String knowledgeFiles;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
        description = "Any setting, e.g. -D kafka.security.protocol=SASL_SSL.")
    Map<String, String> extra = new LinkedHashMap<>();

    /** Resolves flags > env > file > defaults. */
    NewsflowConfig resolve(Map<String, String> env) {
        Map<String, String> flags = new LinkedHashMap<>(extra);
        flags.put("bootstrap.servers", bootstrapServers);
        flags.put("application.id", applicationId);
        flags.put("state.dir", stateDir);
        flags.put("num.stream.threads", threads == null ? null : threads.toString());
        flags.put("processing.guarantee", processingGuarantee);
        flags.put("max.input.bytes", maxInputBytes == null ? null : maxInputBytes.toString());
        flags.put("keywords.limit", keywords == null ? null : keywords.toString());
        flags.put("metrics.port", metricsPort == null ? null : metricsPort.toString());
        flags.put("knowledge.files", knowledgeFiles);
        Path file = configFile != null ? configFile
            : env.get("NEWSFLOW_CONFIG") != null ? Path.of(env.get("NEWSFLOW_CONFIG")) : null;
        return NewsflowConfig.resolve(flags, env, load(file));
    }

    private static Properties load(Path file) {
        Properties props = new Properties();
        if (file != null) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read config file " + file, e);
            }
        }
        return props;
    }
}
