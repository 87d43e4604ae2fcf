package dev.newsflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.model.ContentType;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Keyword;
import dev.newsflow.model.Mention;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.model.Stage;
import dev.newsflow.pipeline.PipelineObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {

    private final PrometheusMeterRegistry prometheus = PipelineMetrics.newPrometheusRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(prometheus, 3);

    /** The value of one sample line of the scrape, e.g. {@code newsflow_records_in_total{topic="x"}}. */
    static double sample(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("series %s in scrape", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void countersAreExportedWithTotalSuffixAndLabels() {
        metrics.recordIn("articles.raw");
        metrics.recordIn("articles.raw");
        metrics.recordEnriched(3, 5, 1200, Duration.ofMillis(40));
        metrics.recordDeadLetter("parse", "invalid-utf8");
        metrics.recordDeadLetter(Stage.CLEAN, "empty-body");

        String scrape = prometheus.scrape();
        assertThat(sample(scrape, "newsflow_records_in_total{topic=\"articles.raw\"}")).isEqualTo(2.0);
        assertThat(sample(scrape, "newsflow_articles_enriched_total")).isEqualTo(1.0);
        assertThat(sample(scrape, "newsflow_dead_letters_total{reason=\"invalid-utf8\",stage=\"parse\"}"))
                .isEqualTo(1.0);
        assertThat(sample(scrape, "newsflow_dead_letters_total{reason=\"empty-body\",stage=\"clean\"}"))
                .isEqualTo(1.0);
        assertThat(scrape).contains("# TYPE newsflow_records_in_total counter",
                "# TYPE newsflow_dead_letters_total counter");
    }

    @Test
    void stageTimersArePreRegisteredHistogramsInSeconds() {
        String before = prometheus.scrape();
        for (String stage : PipelineMetrics.STAGES) {
            assertThat(sample(before, "newsflow_stage_duration_seconds_count{stage=\"" + stage + "\"}")).isZero();
        }
        assertThat(PipelineMetrics.STAGES).containsExactly("parse", "clean", "enrich", "publish");

        metrics.recordStage("enrich", TimeUnit.MILLISECONDS.toNanos(250));
        metrics.recordStage(Stage.PARSE, 50_000);
        String scrape = prometheus.scrape();
        assertThat(scrape).contains("# TYPE newsflow_stage_duration_seconds histogram");
        assertThat(sample(scrape, "newsflow_stage_duration_seconds_sum{stage=\"enrich\"}")).isEqualTo(0.25);
        assertThat(sample(scrape, "newsflow_stage_duration_seconds_count{stage=\"parse\"}")).isEqualTo(1.0);
        // a percentile histogram: many buckets; every bound below 250 ms counts 0, every bound at or above it 1
        Matcher buckets = Pattern.compile(
                "(?m)^newsflow_stage_duration_seconds_bucket\\{stage=\"enrich\",le=\"([^\"]+)\"} (\\S+)$")
                .matcher(scrape);
        int seen = 0;
        while (buckets.find()) {
            seen++;
            double le = buckets.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(buckets.group(1));
            assertThat(Double.parseDouble(buckets.group(2))).as("bucket le=%s", le).isEqualTo(le < 0.25 ? 0.0 : 1.0);
        }
        assertThat(seen).isGreaterThan(20);
    }

    @Test
    void unknownStageIsIgnoredAndNegativeDurationsAreDropped() {
        metrics.recordStage("tokenise", 1_000);
        metrics.recordStage("parse", -5);
        metrics.recordEnriched(1, 1, 10, Duration.ofSeconds(-3));
        metrics.recordEnriched(1, 1, 10, null);
        String scrape = prometheus.scrape();
        assertThat(scrape).doesNotContain("tokenise");
        assertThat(sample(scrape, "newsflow_stage_duration_seconds_count{stage=\"parse\"}")).isZero();
        assertThat(sample(scrape, "newsflow_end_to_end_latency_seconds_count")).isZero();
        assertThat(sample(scrape, "newsflow_articles_enriched_total")).isEqualTo(2.0);
    }

    @Test
    void endToEndAndArticleSizesAreHistograms() {
        metrics.recordEnriched(0, 4, 250, Duration.ofMillis(1500));
        metrics.recordEnriched(12, 8, 5000, Duration.ofMillis(500));
        String scrape = prometheus.scrape();
        assertThat(scrape).contains("# TYPE newsflow_end_to_end_latency_seconds histogram",
                "# TYPE newsflow_article_entities histogram", "# TYPE newsflow_article_keywords histogram",
                "# TYPE newsflow_article_text_chars histogram");
        assertThat(sample(scrape, "newsflow_end_to_end_latency_seconds_sum")).isEqualTo(2.0);
        assertThat(sample(scrape, "newsflow_article_entities_sum")).isEqualTo(12.0);
        assertThat(sample(scrape, "newsflow_article_entities_bucket{le=\"0.5\"}")).isEqualTo(1.0);
        assertThat(sample(scrape, "newsflow_article_entities_bucket{le=\"10.0\"}")).isEqualTo(1.0);
        assertThat(sample(scrape, "newsflow_article_entities_bucket{le=\"20.0\"}")).isEqualTo(2.0);
        assertThat(sample(scrape, "newsflow_article_keywords_count")).isEqualTo(2.0);
        assertThat(sample(scrape, "newsflow_article_text_chars_bucket{le=\"300.0\"}")).isEqualTo(1.0);
    }

    @Test
    void reasonsAreBoundedAndMalformedOnesBecomeOther() {
        metrics.recordDeadLetter("parse", "a");
        metrics.recordDeadLetter("parse", "b");
        metrics.recordDeadLetter("clean", "c");
        // the cap (3) is reached: a fourth distinct reason is folded into "other", admitted ones still count
        metrics.recordDeadLetter("clean", "d");
        metrics.recordDeadLetter("enrich", "a");
        metrics.recordDeadLetter("parse", "Not Kebab Case!");
        metrics.recordDeadLetter("parse", null);
        metrics.recordDeadLetter("parse", "x".repeat(49));
        metrics.recordDeadLetter("bogus-stage", "a");
        metrics.recordDeadLetter((String) null, "b");

        MeterRegistry r = prometheus;
        // parse/a, parse/b, clean/c, clean/other, enrich/a, parse/other, other/a, other/b
        assertThat(r.find("newsflow.dead.letters").counters()).hasSize(8);
        assertThat(r.get("newsflow.dead.letters").tags("stage", "clean", "reason", "other").counter().count())
                .isEqualTo(1.0);
        assertThat(r.get("newsflow.dead.letters").tags("stage", "parse", "reason", "other").counter().count())
                .isEqualTo(3.0);
        assertThat(r.get("newsflow.dead.letters").tags("stage", "other", "reason", "a").counter().count())
                .isEqualTo(1.0);
        assertThat(r.get("newsflow.dead.letters").tags("stage", "other", "reason", "b").counter().count())
                .isEqualTo(1.0);
        assertThat(r.find("newsflow.dead.letters").tag("reason", "d").counters()).isEmpty();
    }

    @Test
    void reasonCaseIsNormalised() {
        metrics.recordDeadLetter("parse", "Invalid-UTF8");
        assertThat(prometheus.get("newsflow.dead.letters").tags("reason", "invalid-utf8").counter().count())
                .isEqualTo(1.0);
    }

    /** As the pipeline's observer: counts come from the article, stage timings from stageCompleted. */
    @Test
    void observerCallsRecordFromTheArticle() {
        PipelineObserver observer = metrics;
        EnrichedArticle article = new EnrichedArticle("a1", null, "示例财经", List.of(), "央行下调存款准备金率", null,
                null, Instant.parse("2026-03-02T08:00:00Z"), PublishedAtSource.SOURCE, null, "zh",
                ContentType.ARTICLE, "中国人民银行宣布下调金融机构存款准备金率0.5个百分点。", List.of("p"), List.of(),
                List.of(), List.of(), List.of(), List.of(new Keyword("存款准备金率", 0.8), new Keyword("央行", 0.5)),
                List.of(new Entity("org:pboc", EntityType.ORGANIZATION, "中国人民银行",
                        List.of(new Mention("中国人民银行", 0, 6)), 1, null, null, null, null, null, null)),
                Instant.parse("2026-03-02T08:00:01Z"));
        observer.recordEnriched(article, Duration.ofMillis(250));
        observer.recordEnriched(null, Duration.ofMillis(1));
        observer.stageCompleted(Stage.CLEAN, 2_000_000);

        String scrape = prometheus.scrape();
        assertThat(sample(scrape, "newsflow_articles_enriched_total")).isEqualTo(1.0);
        assertThat(sample(scrape, "newsflow_article_entities_sum")).isEqualTo(1.0);
        assertThat(sample(scrape, "newsflow_article_keywords_sum")).isEqualTo(2.0);
        assertThat(sample(scrape, "newsflow_article_text_chars_sum")).isEqualTo(article.text().length());
        assertThat(sample(scrape, "newsflow_end_to_end_latency_seconds_sum")).isEqualTo(0.25);
        assertThat(sample(scrape, "newsflow_stage_duration_seconds_sum{stage=\"clean\"}")).isEqualTo(0.002);
    }

    @Test
    void inputTopicsCanBeRegisteredAtZero() {
        assertThat(prometheus.scrape()).doesNotContain("newsflow_records_in_total");
        metrics.withInputTopics("articles.raw", "bad topic");
        String scrape = prometheus.scrape();
        assertThat(sample(scrape, "newsflow_records_in_total{topic=\"articles.raw\"}")).isZero();
        assertThat(scrape).doesNotContain("bad topic").doesNotContain("topic=\"other\"");
        metrics.recordIn("articles.raw");
        assertThat(sample(prometheus.scrape(), "newsflow_records_in_total{topic=\"articles.raw\"}")).isEqualTo(1.0);
    }

    @Test
    void topicsAreBounded() {
        for (int i = 0; i < PipelineMetrics.MAX_TOPICS + 10; i++) {
            metrics.recordIn("topic-" + i);
        }
        metrics.recordIn("bad topic name");
        metrics.recordIn(null);
        var counters = prometheus.find("newsflow.records.in").counters();
        assertThat(counters).hasSizeLessThanOrEqualTo(PipelineMetrics.MAX_TOPICS);
        assertThat(counters.stream().mapToDouble(Counter::count).sum()).isEqualTo(PipelineMetrics.MAX_TOPICS + 12);
        assertThat(prometheus.get("newsflow.records.in").tag("topic", "other").counter().count())
                .isEqualTo(10 + 2 + 1);
        assertThat(prometheus.get("newsflow.records.in").tag("topic", "topic-0").counter().count()).isEqualTo(1.0);
    }

    @Test
    void simpleVariantCountsInMemoryAndNoopRecordsNothing() {
        PipelineMetrics simple = PipelineMetrics.simple();
        simple.recordEnriched(1, 2, 3, Duration.ofMillis(1));
        simple.recordStage("clean", 1_000_000);
        assertThat(simple.registry().get("newsflow.articles.enriched").counter().count()).isEqualTo(1.0);
        Timer clean = simple.registry().get("newsflow.stage.duration").tag("stage", "clean").timer();
        assertThat(clean.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1.0);

        PipelineMetrics noop = PipelineMetrics.noop();
        noop.recordIn("articles.raw");
        noop.recordDeadLetter("parse", "x");
        noop.recordEnriched(1, 2, 3, Duration.ofMillis(1));
        assertThat(noop.registry().getMeters()).isEmpty();
    }

    @Test
    void rejectsANonPositiveReasonCap() {
        assertThatThrownBy(() -> new PipelineMetrics(prometheus, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentRecordingLosesNothing() throws InterruptedException {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    metrics.recordIn("articles.raw");
                    metrics.recordDeadLetter("parse", "r" + (i % 5) + "-" + id);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(prometheus.get("newsflow.records.in").counter().count()).isEqualTo(20_000.0);
        var deadLetters = prometheus.find("newsflow.dead.letters").counters();
        assertThat(deadLetters.stream().mapToDouble(Counter::count).sum()).isEqualTo(20_000.0);
        // 3 admitted reasons + "other"
        assertThat(deadLetters).hasSize(4);
    }
}
