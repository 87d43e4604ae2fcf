package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.EntityType;
import dev.newsflow.parse.PostParser;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.StageListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    private static final Instant INGEST = Instant.parse("2023-06-01T00:00:00Z");

    @Test
    void postsCleanToAboutFifteenHundredCharactersAndEnrichWithEntities() {
        List<byte[]> posts = new ArticleGenerator(1, 1500).posts(12);
        PostParser parser = new PostParser(1 << 21);
        ArticleCleaner cleaner = new ArticleCleaner();
        ArticlePipeline pipeline = new ArticlePipeline(parser, cleaner, new Enricher(10), StageListener.NONE,
            Clock.systemUTC());
        Set<String> ids = new HashSet<>();
        Set<String> sources = new HashSet<>();
        List<Integer> lengths = new ArrayList<>();
        for (byte[] post : posts) {
            CleanArticle clean = cleaner.clean(parser.parse(post), INGEST);
            lengths.add(clean.title().length() + 1 + clean.text().length());
            sources.add(clean.source());
            EnrichedArticle enriched = pipeline.process(post, INGEST);
            ids.add(enriched.id());
            assertThat(enriched.entities()).extracting(e -> e.type()).contains(EntityType.ORGANIZATION);
            assertThat(enriched.entities()).extracting(e -> e.type()).contains(EntityType.PERSON);
            assertThat(enriched.keywords()).hasSize(10);
            assertThat(clean.text()).doesNotContain("should never appear", "<p>", "责任编辑");
        }
        assertThat(lengths).allSatisfy(n -> assertThat(n).isBetween(1400, 2000));
        double mean = lengths.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(mean).isBetween(1450.0, 1750.0);
        assertThat(ids).as("every article differs").hasSize(posts.size());
        assertThat(sources).as("the four formats of the samples").hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aSeedRepeatsARunAndAnotherSeedDoesNot() {
        List<byte[]> a = new ArticleGenerator(5, 1500).posts(3);
        List<byte[]> b = new ArticleGenerator(5, 1500).posts(3);
        List<byte[]> c = new ArticleGenerator(6, 1500).posts(3);
        for (int i = 0; i < 3; i++) {
            assertThat(a.get(i)).isEqualTo(b.get(i));
            assertThat(a.get(i)).isNotEqualTo(c.get(i));
        }
    }
}
