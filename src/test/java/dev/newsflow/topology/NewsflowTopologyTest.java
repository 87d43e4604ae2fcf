package dev.newsflow.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.EntityMention;
import dev.newsflow.parse.PostParser;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology's wiring and error routing, on {@link TopologyTestDriver} with the real stages. */
class NewsflowTopologyTest {
    static final String POST = dev.newsflow.TestPosts.PBOC;

    private static ArticlePipeline pipeline;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, EntityMention> mentions;
    private TestOutputTopic<byte[], byte[]> dlq;

    @BeforeAll
    static void loadStages() {
        pipeline = new ArticlePipeline(new PostParser(64 * 1024), new ArticleCleaner(), new Enricher(10),
            PipelineObserver.NONE, Clock.systemUTC());
    }

    @BeforeEach
    void startDriver() {
        startDriver(NewsflowTopology.declaredMaxOutputBytes());
    }

    private void startDriver(int maxOutputBytes) {
        NewsflowConfig config = NewsflowConfig.resolve(Map.of("bootstrap.servers", "unused:9092"), Map.of(),
            new Properties()).withStateDir(Path.of(System.getProperty("java.io.tmpdir"), "newsflow-ttd"));
        driver = new TopologyTestDriver(NewsflowTopology.build(pipeline, PipelineObserver.NONE, maxOutputBytes),
            NewsflowTopology.streamsProperties(config, PipelineObserver.NONE));
        raw = driver.createInputTopic(TopicCatalog.RAW, new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(TopicCatalog.ENRICHED, new StringDeserializer(),
            NewsflowTopology.ENRICHED_SERDE.deserializer());
        mentions = driver.createOutputTopic(TopicCatalog.MENTIONS, new StringDeserializer(),
            NewsflowTopology.MENTION_SERDE.deserializer());
        dlq = driver.createOutputTopic(TopicCatalog.DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void aGoodPostBecomesOneEnrichedRecordKeyedByIdPlusOneMentionPerEntity() {
        raw.pipeInput(new TestRecord<>(bytes("post.md"), bytes(POST), Instant.parse("2021-07-22T12:00:00Z")));

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(1);
        EnrichedArticle article = out.get(0).value();
        assertThat(out.get(0).key()).isEqualTo(article.id());
        assertThat(article.title()).isEqualTo("人民银行召开座谈会");
        assertThat(article.text()).contains("刘国强").doesNotContain("责任编辑");
        assertThat(article.entities()).isNotEmpty();

        List<TestRecord<String, EntityMention>> mentionRecords = mentions.readRecordsToList();
        assertThat(mentionRecords).hasSize(article.entities().size());
        assertThat(mentionRecords).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().entity().id());
            assertThat(r.value().articleId()).isEqualTo(article.id());
        });
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void aBadRecordBecomesOneDeadLetterWithItsOriginalKeyBytesAndReasonAndProcessingGoesOn() {
        byte[] junk = {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0};
        raw.pipeInput(bytes("junk.bin"), junk);
        raw.pipeInput(bytes("empty"), new byte[0]);
        raw.pipeInput(bytes("post.md"), bytes(POST));

        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).key()).isEqualTo(bytes("junk.bin"));
        assertThat(dead.get(0).value()).isEqualTo(junk);
        Headers headers = dead.get(0).headers();
        assertThat(header(headers, DeadLetterHandler.HEADER_STAGE)).isEqualTo("parse");
        assertThat(header(headers, DeadLetterHandler.HEADER_REASON)).isNotBlank();
        assertThat(header(headers, DeadLetterHandler.HEADER_TOPIC)).isEqualTo(TopicCatalog.RAW);
        assertThat(header(headers, DeadLetterHandler.HEADER_OFFSET)).isEqualTo("0");
        assertThat(header(headers, DeadLetterHandler.HEADER_FAILED_AT)).isNotBlank();
        assertThat(header(dead.get(1).headers(), DeadLetterHandler.HEADER_REASON)).isEqualTo("empty-value");
        assertThat(header(dead.get(1).headers(), DeadLetterHandler.HEADER_OFFSET)).isEqualTo("1");
        assertThat(enriched.readRecordsToList()).hasSize(1);
    }

    @Test
    void theSameArticleSentTwiceKeepsItsId() {
        raw.pipeInput(bytes(POST));
        raw.pipeInput(bytes(POST));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(0).id()).isEqualTo(out.get(1).id());
    }

    @Test
    void anEnrichedRecordOverTheOutputLimitIsDeadLetteredWithNoMentionsAndTheNextPostFlows() {
        driver.close();
        startDriver(12_000);

        String longPost = POST.replace("</p>", "</p><p>" + "金融机构要坚持服务实体经济，加大对乡村振兴的支持力度。".repeat(40)
            + "</p>");
        raw.pipeInput(bytes("long"), bytes(longPost));
        raw.pipeInput(bytes("short"), bytes(POST));

        List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).key()).isEqualTo(bytes("long"));
        assertThat(dead.get(0).value()).isEqualTo(bytes(longPost));
        assertThat(header(dead.get(0).headers(), DeadLetterHandler.HEADER_STAGE)).isEqualTo("publish");
        assertThat(header(dead.get(0).headers(), DeadLetterHandler.HEADER_REASON)).isEqualTo("output-too-large");
        assertThat(header(dead.get(0).headers(), DeadLetterHandler.HEADER_MESSAGE)).contains("at most 12,000");
        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(1);
        // the short post's mentions only: nothing of the refused article went out
        assertThat(mentions.readRecordsToList()).hasSize(out.get(0).value().entities().size());
    }

    static String header(Headers headers, String key) {
        var h = headers.lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
