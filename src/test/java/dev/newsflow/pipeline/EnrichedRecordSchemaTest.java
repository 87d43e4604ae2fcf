package dev.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.model.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON Schema shipped in the jar describes the records the pipeline really writes. */
public class EnrichedRecordSchemaTest {
    private static final JsonSchema SCHEMA = load();

    static JsonSchema load() {
        try (InputStream in = EnrichedRecordSchemaTest.class.getResourceAsStream("/schema/enriched-article.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation errors of {@code article} as serialised for Kafka (empty when valid). */
    public static Set<ValidationMessage> violations(EnrichedArticle article) {
        JsonNode node = JsonSerde.MAPPER.valueToTree(article);
        return SCHEMA.validate(node);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-sina-pboc.md", "02-cls-telegraph.md", "03-envelope.json", "04-page.html",
        "05-english.md"})
    void everySampleGivesARecordTheSchemaAccepts(String sample) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/samples/" + sample)) {
            bytes = in.readAllBytes();
        }
        EnrichedArticle article = Pipelines.shared().process(bytes, Instant.parse("2023-03-20T00:00:00Z"));

        assertThat(violations(article)).as(sample).isEmpty();
        assertThat(article.title()).isNotBlank();
        assertThat(article.paragraphs()).isNotEmpty();
        assertThat(article.keywords()).isNotEmpty();
    }

    @Test
    void theSchemaRejectsWhatItShould() throws IOException {
        EnrichedArticle article = Pipelines.shared().process(
            dev.newsflow.TestPosts.PBOC.getBytes(StandardCharsets.UTF_8), Instant.now());
        ObjectNode node = JsonSerde.MAPPER.valueToTree(article);
        assertThat(SCHEMA.validate(node)).isEmpty();

        ObjectNode badLanguage = node.deepCopy().put("language", "fr");
        ObjectNode missingId = node.deepCopy();
        missingId.remove("id");
        ObjectNode localTime = node.deepCopy().put("publishedAt", "2021-07-22T19:49:54+08:00");
        assertThat(SCHEMA.validate(badLanguage)).isNotEmpty();
        assertThat(SCHEMA.validate(missingId)).isNotEmpty();
        assertThat(SCHEMA.validate(localTime)).isNotEmpty();
    }
}
