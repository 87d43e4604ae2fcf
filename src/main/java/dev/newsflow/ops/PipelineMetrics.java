package dev.newsflow.ops;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Stage;
import dev.newsflow.pipeline.PipelineObserver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The pipeline's own meters, recorded once per record by whatever drives the stages (the topology, {@code enrich}).
 *
 * <p>Exported names (Prometheus naming, base units, {@code _total} on counters):
 * <ul>
 *   <li>{@code newsflow_records_in_total{topic}} — records read, per input topic;</li>
 *   <li>{@code newsflow_articles_enriched_total} — articles that left the enrich stage;</li>
 *   <li>{@code newsflow_dead_letters_total{stage,reason}} — records sent to the dead-letter topic;</li>
 *   <li>{@code newsflow_stage_duration_seconds{stage}} — per-stage processing time, a histogram;</li>
 *   <li>{@code newsflow_end_to_end_latency_seconds} — output time minus the input record's timestamp, a
 *       histogram;</li>
 *   <li>{@code newsflow_article_entities}, {@code newsflow_article_keywords}, {@code newsflow_article_text_chars}
 *       — per-article size distributions, histograms with fixed buckets.</li>
 * </ul>
 *
 * <p>Label values are bounded so a malformed input can never grow the number of series: {@code stage} is one of
 * {@link #STAGES} (anything else becomes {@value #OTHER}); {@code reason} must be a short kebab-case word and at most
 * {@code maxReasons} distinct ones are admitted, later newcomers count as {@value #OTHER}; at most
 * {@value #MAX_TOPICS} distinct input topics are admitted the same way. No method here ever throws for a bad label
 * or value: metrics must not be the reason a record fails.
 *
 * <p>It is the pipeline's {@link PipelineObserver}: the stage runner and the topology report to it directly.
 *
 * <p>Thread-safe: one instance is shared by all stream threads.
 */
public final class PipelineMetrics implements PipelineObserver {

    /** The {@code stage} label values, in data-flow order; these are {@link Stage#label()}. */
    public static final List<String> STAGES = Arrays.stream(Stage.values()).map(Stage::label).toList();

    /** The label value that stands for anything outside the bounded set. */
    public static final String OTHER = "other";

    /** Distinct dead-letter reasons admitted by default before newcomers count as {@value #OTHER}. */
    public static final int DEFAULT_MAX_REASONS = 32;

    /** Distinct input topics admitted before newcomers count as {@value #OTHER}. */
    public static final int MAX_TOPICS = 16;

    private static final Pattern REASON = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_REASON_LENGTH = 48;
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private final MeterRegistry registry;
    private final int maxReasons;
    private final Counter enriched;
    private final Map<Stage, Timer> stageTimers = new EnumMap<>(Stage.class);
    private final Timer endToEnd;
    private final DistributionSummary entities;
    private final DistributionSummary keywords;
    private final DistributionSummary textChars;
    private final Map<String, Counter> recordsIn = new ConcurrentHashMap<>();
    /** Key {@code stage + '\0' + reason} of the admitted (bounded) labels. */
    private final Map<String, Counter> deadLetters = new ConcurrentHashMap<>();
    /** Admitted reasons; its size is the bound, so it is only ever added to under {@code this}. */
    private final Map<String, Boolean> admittedReasons = new ConcurrentHashMap<>();

    /** Meters on {@code registry}, with {@value #DEFAULT_MAX_REASONS} distinct dead-letter reasons at most. */
    public PipelineMetrics(MeterRegistry registry) {
        this(registry, DEFAULT_MAX_REASONS);
    }

    /**
     * Meters on {@code registry}. Every stage timer, the enriched counter and the per-article summaries are
     * registered at once, so dashboards and alerts see zeros rather than nothing before the first record.
     *
     * @param maxReasons how many distinct dead-letter reasons get their own series (at least 1)
     */
    public PipelineMetrics(MeterRegistry registry, int maxReasons) {
        this.registry = Objects.requireNonNull(registry, "registry");
        if (maxReasons < 1) {
            throw new IllegalArgumentException("maxReasons must be at least 1, was " + maxReasons);
        }
        this.maxReasons = maxReasons;
        this.enriched = Counter.builder("newsflow.articles.enriched")
                .description("Articles that passed the enrich stage")
                .register(registry);
        for (Stage stage : Stage.values()) {
            stageTimers.put(stage, Timer.builder("newsflow.stage.duration")
                    .description("Time one record spends in a pipeline stage")
                    .tag("stage", stage.label())
                    .publishPercentileHistogram()
                    // stages take from tens of microseconds (parse) to seconds (enrich of a long article)
                    .minimumExpectedValue(Duration.ofNanos(10_000))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry));
        }
        this.endToEnd = Timer.builder("newsflow.end.to.end.latency")
                .description("Output time minus the input record's timestamp")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry);
        // counts are whole numbers; the 0.5 bucket counts the articles with none (Micrometer refuses a 0 bound)
        this.entities = sizeSummary("newsflow.article.entities", "Entities found in one enriched article",
                0.5, 1, 2, 5, 10, 20, 50, 100, 200);
        this.keywords = sizeSummary("newsflow.article.keywords", "Keywords extracted from one enriched article",
                0.5, 1, 2, 5, 10, 20, 50);
        this.textChars = sizeSummary("newsflow.article.text.chars", "Characters of cleaned text in one article",
                100, 300, 1_000, 3_000, 10_000, 30_000, 100_000);
    }

    /** A registry that renders the Prometheus text format, configured for this pipeline. */
    public static PrometheusMeterRegistry newPrometheusRegistry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(PrometheusLint.FILTER);
        return registry;
    }

    /**
     * Metrics kept in memory and read back through {@link #registry()}; for tests and for one-shot commands such
     * as {@code enrich} that have no scrape endpoint.
     */
    public static PipelineMetrics simple() {
        return new PipelineMetrics(new SimpleMeterRegistry());
    }

    /** Metrics that record nothing: every meter is a no-op. */
    public static PipelineMetrics noop() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(MeterFilter.deny());
        return new PipelineMetrics(registry);
    }

    /** The registry these meters live on. */
    public MeterRegistry registry() {
        return registry;
    }

    /**
     * Registers the records-in counter of each input topic at zero, so "records in" reads 0 rather than nothing
     * before the first record. Optional; counts toward {@value #MAX_TOPICS}.
     *
     * @return this
     */
    public PipelineMetrics withInputTopics(String... topics) {
        for (String topic : topics) {
            if (topic != null && TOPIC.matcher(topic).matches() && !recordsIn.containsKey(topic)) {
                admitTopic(topic);
            }
        }
        return this;
    }

    /** One record read from {@code topic} (an input topic name; invalid or surplus names count as "other"). */
    @Override
    public void recordIn(String topic) {
        String label = topic != null && TOPIC.matcher(topic).matches() ? topic : OTHER;
        Counter counter = recordsIn.get(label);
        if (counter == null) {
            counter = admitTopic(label);
        }
        counter.increment();
    }

    private synchronized Counter admitTopic(String label) {
        String admitted = recordsIn.containsKey(label) || recordsIn.size() < MAX_TOPICS - 1 ? label : OTHER;
        return recordsIn.computeIfAbsent(admitted, t -> Counter.builder("newsflow.records.in")
                .description("Records read from an input topic")
                .tag("topic", t)
                .register(registry));
    }

    /**
     * One article enriched and written out.
     *
     * @param entities   entities found in it
     * @param keywords   keywords extracted from it
     * @param textChars  length of its cleaned text in chars
     * @param endToEnd   output time minus the input record's timestamp; {@code null} or negative (a producer
     *                   clock ahead of ours) is left out of the latency histogram rather than recorded as a lie
     */
    public void recordEnriched(int entities, int keywords, int textChars, Duration endToEnd) {
        enriched.increment();
        this.entities.record(Math.max(0, entities));
        this.keywords.record(Math.max(0, keywords));
        this.textChars.record(Math.max(0, textChars));
        if (endToEnd != null && !endToEnd.isNegative()) {
            this.endToEnd.record(endToEnd);
        }
    }

    /** {@link #recordEnriched(int, int, int, Duration)} with the counts taken from {@code article}. */
    @Override
    public void recordEnriched(EnrichedArticle article, Duration endToEnd) {
        if (article == null) {
            return;
        }
        recordEnriched(article.entities().size(), article.keywords().size(),
                article.text() == null ? 0 : article.text().length(), endToEnd);
    }

    /** {@link #recordStage(Stage, long)}: a stage finished one record in {@code nanos}. */
    @Override
    public void stageCompleted(Stage stage, long nanos) {
        recordStage(stage, nanos);
    }

    /**
     * One record sent to the dead-letter topic.
     *
     * @param stage  a {@link Stage#label()}; anything else counts as "other"
     * @param reason the failure's short kebab-case reason; malformed or surplus reasons count as "other"
     */
    public void recordDeadLetter(String stage, String reason) {
        String stageLabel = stage != null && STAGES.contains(stage) ? stage : OTHER;
        String reasonLabel = boundedReason(reason);
        String key = stageLabel + '\0' + reasonLabel;
        Counter counter = deadLetters.get(key);
        if (counter == null) {
            counter = deadLetters.computeIfAbsent(key, k -> Counter.builder("newsflow.dead.letters")
                    .description("Records sent to the dead-letter topic")
                    .tag("stage", stageLabel)
                    .tag("reason", reasonLabel)
                    .register(registry));
        }
        counter.increment();
    }

    /** Same as {@link #recordDeadLetter(String, String)} with the stage as the enum. */
    @Override
    public void recordDeadLetter(Stage stage, String reason) {
        recordDeadLetter(stage == null ? null : stage.label(), reason);
    }

    /**
     * Time one record spent in {@code stage}, measured by the caller with {@link System#nanoTime()}.
     *
     * @param stage a {@link Stage#label()}; an unknown stage is ignored (there is no "other" timer)
     * @param nanos elapsed nanoseconds; negative values are ignored
     */
    public void recordStage(String stage, long nanos) {
        if (stage == null || nanos < 0) {
            return;
        }
        for (Stage s : Stage.values()) {
            if (s.label().equals(stage)) {
                recordStage(s, nanos);
                return;
            }
        }
    }

    /** Same as {@link #recordStage(String, long)} with the stage as the enum. */
    public void recordStage(Stage stage, long nanos) {
        if (stage != null && nanos >= 0) {
            stageTimers.get(stage).record(nanos, TimeUnit.NANOSECONDS);
        }
    }

    private String boundedReason(String reason) {
        if (reason == null) {
            return OTHER;
        }
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.length() > MAX_REASON_LENGTH || !REASON.matcher(r).matches()) {
            return OTHER;
        }
        if (admittedReasons.containsKey(r)) {
            return r;
        }
        synchronized (this) {
            if (admittedReasons.containsKey(r)) {
                return r;
            }
            if (admittedReasons.size() >= maxReasons || r.equals(OTHER)) {
                return OTHER;
            }
            admittedReasons.put(r, Boolean.TRUE);
            return r;
        }
    }

    private DistributionSummary sizeSummary(String name, String description, double... buckets) {
        return DistributionSummary.builder(name)
                .description(description)
                .serviceLevelObjectives(buckets)
                .register(registry);
    }
}
