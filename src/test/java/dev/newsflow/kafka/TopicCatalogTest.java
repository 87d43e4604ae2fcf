package dev.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TopicCatalogTest {
    private static final Path TOPICS = Path.of("topics");

    @Test
    void everyFileInTopicsIsAStrimziKafkaTopic() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> list = Files.list(TOPICS)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(4);
        for (Path file : files) {
            JsonNode doc = yaml.readTree(file.toFile());
            assertThat(doc.path("apiVersion").asText()).as(file.toString()).isEqualTo("kafka.strimzi.io/v1beta2");
            assertThat(doc.path("kind").asText()).as(file.toString()).isEqualTo("KafkaTopic");
            assertThat(file.getFileName().toString()).isEqualTo(doc.path("metadata").path("name").asText() + ".yaml");
            assertThat(doc.path("spec").path("partitions").asInt()).isPositive();
            assertThat(doc.path("spec").path("replicas").asInt()).isPositive();
        }
    }

    @Test
    void packagedCatalogIsTheTopicsDirectory() {
        assertThat(TopicCatalog.loadDefault().all()).containsExactlyInAnyOrderElementsOf(TopicCatalog.load(TOPICS).all());
        assertThat(TopicCatalog.loadDefault().get(TopicCatalog.RAW).config())
            .containsEntry("max.message.bytes", "10485760");
    }

    @Test
    void rejectsWhatIsNotAKafkaTopic(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.yaml"), "kind: ConfigMap\nmetadata:\n  name: x\n");
        assertThatThrownBy(() -> TopicCatalog.load(dir)).hasMessageContaining("not a KafkaTopic");
        assertThatThrownBy(() -> TopicCatalog.loadDefault().get("nope")).hasMessageContaining("nope");
    }
}
