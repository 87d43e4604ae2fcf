package dev.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.model.Stage;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one benchmark run, as {@code target/bench.json} ({@link #toJson()}) and as a table for people
 * ({@link #table()}). Rates are per second of wall time; times are milliseconds. Immutable once built (the arrays
 * are not copied: do not change them).
 *
 * @param warmup             the in-process phases' warm-up: rounds until the JIT settled
 * @param articles           posts given
 * @param cleaned            posts that survive parse and clean (the limit phase's articles)
 * @param rejected           posts the pipeline dead-letters
 * @param avgChars           mean characters of a cleaned article (title, newline, text)
 * @param threads            threads of limit and bare, stream threads of the Kafka phases
 * @param limitCpuMsPerArticle CPU time of the limit workers per article (all threads): other processes on the
 *                           machine slow the wall clock but hardly this
 * @param bareProcessCpuMsPerArticle whole-JVM CPU per article during bare (GC and JIT included), to set against
 *                           endToEnd's
 * @param stageNanos         per-stage times of the bare run, one sample per post
 * @param kafka              the Kafka phases, or null when skipped
 */
public record BenchReport(
        JitWarmup.Result warmup,
        int articles,
        int cleaned,
        int rejected,
        double avgChars,
        int threads,
        double limitArticlesPerSecond,
        double limitCharsPerSecond,
        double limitCpuMsPerArticle,
        double bareArticlesPerSecond,
        double bareCharsPerSecond,
        double bareCpuMsPerArticle,
        double bareProcessCpuMsPerArticle,
        double bareOneThread,
        double bareOneThreadCpuMsPerArticle,
        double bareTwoThreads,
        double bareTwoThreadsCpuMsPerArticle,
        Kafka kafka,
        Map<Stage, long[]> stageNanos,
        long heapPeakBytes,
        long heapPoolPeakSumBytes,
        long heapMaxBytes,
        int cores,
        String javaVersion) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final double MB = 1024.0 * 1024.0;

    /**
     * The Kafka phases.
     *
     * @param warmup            the Kafka phases' warm-up: rounds until the JIT settled
     * @param articlesPerSecond endToEnd: posts / (publish start → last result visible)
     * @param pipelineShare     endToEnd: time in the pipeline function / (wall time × stream threads)
     * @param cpuMsPerArticle   endToEnd: CPU of the whole JVM (broker, clients, pipeline) per article
     * @param bareAdjacentArticlesPerSecond bare measured again right after endToEnd (same load, fairer ratio)
     * @param pacedRate         the rate the paced phase published at
     * @param latenciesNanos    paced: per post, publish → result visible to a read_committed consumer
     */
    public record Kafka(JitWarmup.Result warmup, String processingGuarantee, double articlesPerSecond, double seconds, double pipelineShare,
                        double cpuMsPerArticle, double bareAdjacentArticlesPerSecond, double pacedRate,
                        long[] latenciesNanos) {
    }

    /** bare over limit, articles per second (the share of the NLP floor the pipeline keeps). */
    public double bareOverLimit() {
        return bareArticlesPerSecond / limitArticlesPerSecond;
    }

    /** 2 × (CPU per article at one thread) / (CPU per article at two): the scaling two free cores would show. */
    public double cpuScaling() {
        return 2 * bareOneThreadCpuMsPerArticle / bareTwoThreadsCpuMsPerArticle;
    }

    /** The JSON document of {@code target/bench.json}. */
    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("articles", articles);
        root.put("avgChars", round(avgChars, 0));
        root.put("threads", threads);
        ObjectNode limit = root.putObject("limit");
        limit.put("articlesPerSecond", round(limitArticlesPerSecond, 1));
        limit.put("charsPerSecond", round(limitCharsPerSecond, 0));
        limit.put("articles", cleaned);
        limit.put("cpuMsPerArticle", round(limitCpuMsPerArticle, 3));
        ObjectNode bare = root.putObject("bare");
        bare.put("articlesPerSecond", round(bareArticlesPerSecond, 1));
        bare.put("charsPerSecond", round(bareCharsPerSecond, 0));
        bare.put("rejected", rejected);
        bare.put("overLimit", round(bareOverLimit(), 3));
        bare.put("cpuMsPerArticle", round(bareCpuMsPerArticle, 3));
        bare.put("overLimitCpu", round(limitCpuMsPerArticle / bareCpuMsPerArticle, 3));
        bare.put("processCpuMsPerArticle", round(bareProcessCpuMsPerArticle, 3));
        ObjectNode scaling = root.putObject("bareScaling");
        scaling.put("oneThread", round(bareOneThread, 1));
        scaling.put("twoThreads", round(bareTwoThreads, 1));
        scaling.put("twoOverOne", round(bareTwoThreads / bareOneThread, 3));
        scaling.put("oneThreadCpuMsPerArticle", round(bareOneThreadCpuMsPerArticle, 3));
        scaling.put("twoThreadsCpuMsPerArticle", round(bareTwoThreadsCpuMsPerArticle, 3));
        // what two threads would give on two otherwise idle cores, if CPU per article is all that changes
        scaling.put("twoOverOneFromCpu", round(cpuScaling(), 3));
        if (kafka == null) {
            root.putNull("endToEnd");
            root.putNull("paced");
        } else {
            ObjectNode e2e = root.putObject("endToEnd");
            e2e.put("articlesPerSecond", round(kafka.articlesPerSecond(), 1));
            e2e.put("seconds", round(kafka.seconds(), 2));
            e2e.put("processingGuarantee", kafka.processingGuarantee());
            e2e.put("pipelineShare", round(kafka.pipelineShare(), 3));
            e2e.put("overBare", round(kafka.articlesPerSecond() / bareArticlesPerSecond, 3));
            e2e.put("cpuMsPerArticle", round(kafka.cpuMsPerArticle(), 3));
            e2e.put("bareAdjacentArticlesPerSecond", round(kafka.bareAdjacentArticlesPerSecond(), 1));
            e2e.put("overBareAdjacent", round(kafka.articlesPerSecond() / kafka.bareAdjacentArticlesPerSecond(), 3));
            ObjectNode paced = root.putObject("paced");
            paced.put("articles", kafka.latenciesNanos().length);
            paced.put("articlesPerSecond", round(kafka.pacedRate(), 1));
            paced.put("p50Ms", Percentiles.millis(Percentiles.of(kafka.latenciesNanos(), 50)));
            paced.put("p99Ms", Percentiles.millis(Percentiles.of(kafka.latenciesNanos(), 99)));
            paced.put("maxMs", Percentiles.millis(Percentiles.of(kafka.latenciesNanos(), 100)));
        }
        ObjectNode warm = root.putObject("warmup");
        warm.put("settledBelowCompilerShare", JitWarmup.SETTLED_SHARE);
        putWarmup(warm.putObject("inProcess"), warmup);
        if (kafka != null) {
            putWarmup(warm.putObject("endToEnd"), kafka.warmup());
        }
        ObjectNode stages = root.putObject("stagesMs");
        stageNanos.forEach((stage, nanos) -> {
            ObjectNode s = stages.putObject(stage.label());
            s.put("p50", nanos.length == 0 ? 0 : Percentiles.millis(Percentiles.of(nanos, 50)));
            s.put("p99", nanos.length == 0 ? 0 : Percentiles.millis(Percentiles.of(nanos, 99)));
            s.put("count", nanos.length);
        });
        root.put("heapPeakMb", round(heapPeakBytes / MB, 1));
        root.put("heapPoolPeakSumMb", round(heapPoolPeakSumBytes / MB, 1));
        root.put("heapMaxMb", heapMaxBytes < 0 ? -1 : round(heapMaxBytes / MB, 0));
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", cores);
        machine.put("javaVersion", javaVersion);
        return root;
    }

    private static void putWarmup(ObjectNode node, JitWarmup.Result w) {
        node.put("rounds", w.rounds());
        node.put("seconds", round(w.seconds(), 1));
        node.put("compilerShareLastRound", round(w.compilerShare(), 3));
        node.put("settled", w.settled());
    }

    /** {@link #toJson()} as indented text. */
    public String toJsonText() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table for the terminal. */
    public String table() {
        StringBuilder t = new StringBuilder();
        t.append(f("%d articles (%d cleaned, %d rejected), avg %.0f chars, %d thread(s), %d cores, Java %s%n",
            articles, cleaned, rejected, avgChars, threads, cores, javaVersion));
        t.append(warmupLine("in-process", warmup));
        if (kafka != null) {
            t.append(warmupLine("Kafka phases", kafka.warmup()));
        }
        t.append(f("%-26s %12s %14s %10s %12s%n", "phase", "articles/s", "chars/s", "ratio", "CPU ms/art"));
        t.append(f("%-26s %12.1f %14.0f %10s %12.2f%n", "limit (segment + NER)", limitArticlesPerSecond,
            limitCharsPerSecond, "", limitCpuMsPerArticle));
        t.append(f("%-26s %12.1f %14.0f %10s %12.2f%n", "bare (parse→clean→enrich)", bareArticlesPerSecond,
            bareCharsPerSecond, f("%.2f ×lim", bareOverLimit()), bareCpuMsPerArticle));
        t.append(f("%-26s %12.1f %14s %10s %12.2f%n", "bare, 1 thread", bareOneThread, "", "",
            bareOneThreadCpuMsPerArticle));
        t.append(f("%-26s %12.1f %14s %10s %12.2f%n", "bare, 2 threads", bareTwoThreads, "",
            f("%.2f ×1t", bareTwoThreads / bareOneThread), bareTwoThreadsCpuMsPerArticle));
        t.append(f("%-26s %12s %14s %10s%n", "  (from CPU per article)", "", "", f("%.2f ×1t", cpuScaling())));
        if (kafka != null) {
            t.append(f("%-26s %12.1f %14.0f %10s %12.2f%n", "endToEnd (" + kafka.processingGuarantee() + ")",
                kafka.articlesPerSecond(), kafka.articlesPerSecond() * avgChars,
                f("%.2f ×bare", kafka.articlesPerSecond() / bareArticlesPerSecond), kafka.cpuMsPerArticle()));
            t.append(f("%-26s %12.1f %14s %10s%n", "bare, right after endToEnd", kafka.bareAdjacentArticlesPerSecond(),
                "", f("%.2f e2e/it", kafka.articlesPerSecond() / kafka.bareAdjacentArticlesPerSecond())));
            long[] l = kafka.latenciesNanos();
            t.append(f("paced at %.1f articles/s (%d): latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                kafka.pacedRate(), l.length, Percentiles.millis(Percentiles.of(l, 50)),
                Percentiles.millis(Percentiles.of(l, 99)), Percentiles.millis(Percentiles.of(l, 100))));
        } else {
            t.append("endToEnd, paced: skipped\n");
        }
        t.append("stage times (bare run): ");
        stageNanos.forEach((stage, nanos) -> t.append(nanos.length == 0 ? "" : f("%s p50 %.2f ms p99 %.2f ms; ",
            stage.label(), Percentiles.millis(Percentiles.of(nanos, 50)),
            Percentiles.millis(Percentiles.of(nanos, 99)))));
        t.append(f("%nheap: peak %.0f MB sampled (pools' peak sum %.0f MB) of %.0f MB max%n", heapPeakBytes / MB,
            heapPoolPeakSumBytes / MB, heapMaxBytes / MB));
        return t.toString();
    }

    private static String warmupLine(String what, JitWarmup.Result w) {
        return f("warm-up (%s): %d round(s), %.1f s, JIT compiling %.0f%% of the last round%s%n", what, w.rounds(),
            w.seconds(), 100 * w.compilerShare(), w.settled() ? "" : " — not settled");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
