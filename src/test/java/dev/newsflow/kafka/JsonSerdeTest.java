package dev.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.ContentType;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Image;
import dev.newsflow.model.Keyword;
import dev.newsflow.model.Mention;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.model.Stock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {
    private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);

    @Test
    void enrichedArticleRoundTripsWithIsoInstants() {
        EnrichedArticle article = new EnrichedArticle("abc", "https://x/1", "新浪财经－国內", List.of("金融"), "标题", "新浪财经",
            "王翔", Instant.parse("2021-07-22T11:49:54Z"), PublishedAtSource.SOURCE, null, "zh", ContentType.ARTICLE,
            "正文", List.of("正文"), List.of(new Image("https://x/a.png", "图")), List.of(new Stock("贵州茅台", "600519", "SH")),
            List.of(List.of(List.of("a", "b"))), List.of(), List.of(new Keyword("乡村振兴", 0.5)),
            List.of(new Entity("org:pboc", EntityType.ORGANIZATION, "中国人民银行", List.of(new Mention("央行", 0, 2)), 3,
                "government", null, null, null, null, null)),
            Instant.parse("2026-01-01T00:00:00Z"));

        byte[] bytes = serde.serializer().serialize("t", article);
        String json = new String(bytes, StandardCharsets.UTF_8);

        assertThat(json).contains("\"publishedAt\":\"2021-07-22T11:49:54Z\"").contains("\"publishedAtSource\":\"source\"")
            .contains("\"contentType\":\"article\"").doesNotContain("\"dateline\"");
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(article);
    }

    @Test
    void garbageIsASerializationException() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{".getBytes(StandardCharsets.UTF_8)))
            .isInstanceOf(SerializationException.class);
        assertThat(serde.serializer().serialize("t", null)).isNull();
    }
}
