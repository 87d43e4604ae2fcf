package dev.newsflow.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The topics of the pipeline, read from Strimzi {@code KafkaTopic} YAML files: the project's {@code topics/}
 * directory (packaged into the jar under the same name) is the single source of truth for the code,
 * {@code topics apply} and the Helm chart.
 */
public final class TopicCatalog {
    /** Raw posts from scrapers. */
    public static final String RAW = "articles.raw";
    /** Enriched articles, key = article id. */
    public static final String ENRICHED = "articles.enriched";
    /** One record per (article, entity), key = entity id. */
    public static final String MENTIONS = "entities.mentions";
    /** Dead letters: original key and value, headers say why. */
    public static final String DLQ = "articles.dlq";

    private static final List<String> PIPELINE_TOPICS = List.of(RAW, ENRICHED, MENTIONS, DLQ);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, TopicSpec> topics;

    private TopicCatalog(Map<String, TopicSpec> topics) {
        this.topics = Map.copyOf(topics);
    }

    /** The catalogue packaged with the application (copied from {@code topics/} at build time). */
    public static TopicCatalog loadDefault() {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        for (String name : PIPELINE_TOPICS) {
            String resource = "/topics/" + name + ".yaml";
            try (InputStream in = TopicCatalog.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + resource);
                }
                TopicSpec spec = parse(YAML.readTree(in), resource);
                specs.put(spec.name(), spec);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new TopicCatalog(specs);
    }

    /** Every {@code *.yaml} / {@code *.yml} file of {@code dir}, each a {@code KafkaTopic}. */
    public static TopicCatalog load(Path dir) {
        Map<String, TopicSpec> specs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.ya?ml")).sorted().toList()) {
                TopicSpec spec = parse(YAML.readTree(file.toFile()), file.toString());
                if (specs.put(spec.name(), spec) != null) {
                    throw new IllegalArgumentException("topic " + spec.name() + " is declared twice in " + dir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read topic files in " + dir, e);
        }
        return new TopicCatalog(specs);
    }

    static TopicSpec parse(JsonNode doc, String origin) {
        if (doc == null || !"KafkaTopic".equals(doc.path("kind").asText())) {
            throw new IllegalArgumentException(origin + ": not a KafkaTopic resource");
        }
        String name = doc.path("spec").path("topicName").asText(doc.path("metadata").path("name").asText(""));
        if (name.isBlank()) {
            throw new IllegalArgumentException(origin + ": metadata.name is missing");
        }
        JsonNode spec = doc.path("spec");
        Map<String, String> config = new LinkedHashMap<>();
        spec.path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return new TopicSpec(name, spec.path("partitions").asInt(1), spec.path("replicas").asInt(1), config);
    }

    /** The spec of {@code name}. @throws IllegalArgumentException naming the topic when it is not declared */
    public TopicSpec get(String name) {
        TopicSpec spec = topics.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("topic " + name + " is not declared in topics/");
        }
        return spec;
    }

    /** All specs, in file order. */
    public List<TopicSpec> all() {
        return new ArrayList<>(topics.values());
    }
}
