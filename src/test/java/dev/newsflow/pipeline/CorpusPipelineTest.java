package dev.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.StageFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real post of {@code ../shared/corpus/raw} through the whole pipeline: a record with every field the schema
 * requires, or a rejection that says why — and only for posts with neither a title nor body text. Skips when the
 * shared corpus is absent (a user's fresh clone has none).
 */
class CorpusPipelineTest {
    static Path corpus() {
        return Path.of(System.getProperty("newsflow.shared", "../shared"), "corpus", "raw");
    }

    @Test
    void everyCorpusPostBecomesAValidRecordOrARejectionWithAReason() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus.toAbsolutePath() + ": skipping");
        List<Path> posts;
        try (Stream<Path> walk = Files.walk(corpus)) {
            posts = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(posts).hasSizeGreaterThan(100);
        List<String> problems = new ArrayList<>();
        int enriched = 0;
        List<String> rejected = new ArrayList<>();
        for (Path post : posts) {
            try {
                EnrichedArticle a = Pipelines.shared().process(Files.readAllBytes(post), Instant.parse("2026-01-01T00:00:00Z"));
                enriched++;
                var violations = EnrichedRecordSchemaTest.violations(a);
                if (!violations.isEmpty()) {
                    problems.add(post.getFileName() + ": " + violations);
                }
                if (a.title() == null || a.title().isBlank() || a.source() == null || a.publishedAt() == null) {
                    problems.add(post.getFileName() + ": missing title, source or publishedAt");
                }
                if (!a.text().isBlank() && a.text().matches("(?s).*<[a-zA-Z/!][^>]*>.*")) {
                    problems.add(post.getFileName() + ": markup in text");
                }
            } catch (StageFailure e) {
                rejected.add(post.getFileName() + " (" + e.reason() + ")");
                String raw = Files.readString(post);
                boolean noTitle = raw.matches("(?s)---\\s*\\ntitle:\\s*'?\\s*'?\\s*\\n.*");
                if (!noTitle && !e.reason().equals("no-content") && !e.reason().equals("no-body")) {
                    problems.add(post.getFileName() + ": rejected (" + e.reason() + ") " + e.getMessage());
                }
            }
        }
        System.out.printf("corpus: %d posts, %d enriched, rejected %s%n", posts.size(), enriched, rejected);
        assertThat(problems).isEmpty();
        assertThat(enriched).isGreaterThanOrEqualTo(posts.size() - 3);
    }
}
