package dev.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.TestPosts;
import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.kafka.KafkaBroker;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.pipeline.PipelineObserver;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * End to end with an independent Kafka client: kcat (librdkafka) publishes a raw post and reads the enriched
 * record back with read_committed isolation. Skips, saying so, where kcat is not installed.
 */
class KcatEndToEndTest {

    @Test
    void kcatPublishesARawPostAndReadsTheEnrichedRecord() throws Exception {
        String kcat = which("kcat");
        assumeTrue(kcat != null, "kcat is not installed (apt-get install kcat): skipping the kcat end-to-end test");
        try (KafkaBroker broker = KafkaBroker.start()) {
            NewsflowConfig config = PipelineTestSupport.config(broker.bootstrapServers(), Map.of());
            PipelineTestSupport.createTopics(config);
            KafkaStreams streams = PipelineTestSupport.startPipeline(config, PipelineObserver.NONE);
            try {
                Path post = Files.createTempFile("post", ".md");
                Files.writeString(post, TestPosts.PBOC);
                Process produce = new ProcessBuilder(kcat, "-b", broker.bootstrapServers(), "-t", TopicCatalog.RAW,
                    "-P", "-k", "kcat-post", post.toString()).redirectErrorStream(true).start();
                assertThat(produce.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(produce.exitValue()).as(new String(produce.getInputStream().readAllBytes())).isZero();

                Process consume = new ProcessBuilder(kcat, "-b", broker.bootstrapServers(), "-C", "-t",
                    TopicCatalog.ENRICHED, "-o", "beginning", "-c", "1", "-X", "isolation.level=read_committed",
                    "-J").redirectError(ProcessBuilder.Redirect.DISCARD).start();
                assertThat(consume.waitFor(90, TimeUnit.SECONDS)).as("kcat read an enriched record").isTrue();
                JsonNode envelope = JsonSerde.MAPPER.readTree(consume.getInputStream().readAllBytes());
                JsonNode article = JsonSerde.MAPPER.readTree(envelope.path("payload").asText());

                assertThat(envelope.path("key").asText()).isEqualTo(article.path("id").asText());
                assertThat(article.path("title").asText()).isEqualTo("人民银行召开座谈会");
                assertThat(article.path("source").asText()).isEqualTo("新浪财经－国內");
                assertThat(article.path("publishedAt").asText()).isEqualTo("2021-07-22T11:49:54Z");
                assertThat(article.path("publishedAtSource").asText()).isEqualTo("source");
                assertThat(article.path("editor").asText()).isEqualTo("王翔");
                assertThat(article.path("language").asText()).isEqualTo("zh");
                assertThat(article.path("text").asText()).contains("刘国强").doesNotContain("<");
                assertThat(article.path("paragraphs").size()).isPositive();
                assertThat(article.path("keywords").size()).isPositive();
                assertThat(article.path("processedAt").asText()).isNotBlank();
                assertThat(article.path("entities").findValuesAsText("name")).contains("刘国强");
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    static String which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

}
