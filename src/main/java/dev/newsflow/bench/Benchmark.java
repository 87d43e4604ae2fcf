package dev.newsflow.bench;

import com.hankcs.hanlp.seg.Segment;
import dev.newsflow.clean.ArticleCleaner;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.kafka.EmbeddedKafkaBroker;
import dev.newsflow.kafka.KafkaClients;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicAdmin;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import dev.newsflow.parse.PostParser;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import dev.newsflow.topology.NewsflowTopology;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Runs the phases of {@code ./newsflow bench} on one list of posts, in one JVM:
 * <ol>
 *   <li>{@code limit}: segmentation and entity recognition alone, exactly as the enricher runs them (one
 *   {@link NerModel#newSegment()} pass over title, newline, text; {@link NerModel#tag(String, List)} on its terms),
 *   over the cleaned articles — the floor the pipeline cannot beat;</li>
 *   <li>{@code bare}: the pipeline function (parse → clean → enrich) in-process, same threads, with per-stage times;
 *   also at one and two threads for the scaling figure;</li>
 *   <li>{@code endToEnd}: every post published to an in-JVM broker, the real topology (exactly-once by default)
 *   running until the last result is visible to a read_committed consumer;</li>
 *   <li>{@code paced}: posts published at half the {@code endToEnd} rate, each one's latency from publish to
 *   visible.</li>
 * </ol>
 * Each phase runs a warm-up first, in rounds until the JIT compilers are nearly idle ({@link JitWarmup}); the
 * in-process phases then run interleaved in rounds (the machine may be shared) and the Kafka phases after them.
 * Not thread-safe: one run at a time.
 */
public final class Benchmark {
    /** Header carrying the bench's sequence number on raw records; Kafka Streams copies it to the outputs. */
    static final String SEQ_HEADER = "newsflow.bench.seq";
    private static final String KEY_PREFIX = "bench-";
    /** Fixed ingest time for the in-process phases: same input, same output. */
    private static final Instant INGEST = Instant.parse("2023-06-01T00:00:00Z");

    /**
     * @param threads        worker threads for limit and bare, stream threads for the Kafka phases (≥ 1)
     * @param warmupArticles articles of one warm-up round, per phase (0 = no warm-up)
     * @param warmupLimit    longest warm-up of the in-process phases and of the Kafka phases: rounds repeat until
     *                       the JIT has settled or this much time has passed
     * @param pacedArticles  articles of the paced phase (≥ 1)
     * @param kafka          false skips endToEnd and paced (their figures are then absent)
     * @param kafkaTimeout   how long a Kafka phase may wait for its last result before failing
     */
    public record Options(int threads, int warmupArticles, Duration warmupLimit, int pacedArticles, boolean kafka,
                          Duration kafkaTimeout) {
        public Options {
            if (threads < 1 || warmupArticles < 0 || pacedArticles < 1 || warmupLimit.isNegative()) {
                throw new IllegalArgumentException(
                    "threads ≥ 1, warmupArticles ≥ 0, warmupLimit ≥ 0, pacedArticles ≥ 1");
            }
        }
    }

    /** Upper bound on warm-up rounds, whatever the time limit: it sizes the endToEnd bookkeeping. */
    private static final int MAX_WARMUP_ROUNDS = 40;

    private final List<byte[]> posts;
    private final NewsflowConfig config;
    private final Function<PipelineObserver, ArticlePipeline> pipelines;
    private final Options options;
    private final PrintWriter log;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final StageRecorder stages = new StageRecorder();
    private final AtomicLong lastCpuNanos = new AtomicLong();

    /**
     * @param posts     raw posts, as a scraper would publish them
     * @param config    the pipeline settings (keywords, knowledge files, guarantee); bootstrap servers are ignored:
     *                  the Kafka phases run their own in-JVM broker
     * @param pipelines builds the pipeline function as the application does, reporting to the given observer
     * @param log       progress lines
     */
    public Benchmark(List<byte[]> posts, NewsflowConfig config, Function<PipelineObserver, ArticlePipeline> pipelines,
                     Options options, PrintWriter log) {
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("no posts to benchmark");
        }
        this.posts = List.copyOf(posts);
        this.config = config;
        this.pipelines = pipelines;
        this.options = options;
        this.log = log;
    }

    /** Runs every phase and returns the figures. */
    public BenchReport run() throws InterruptedException {
        try (HeapSampler heap = HeapSampler.start()) {
            List<String> documents = documents();
            long chars = documents.stream().mapToLong(String::length).sum();
            progress("%d posts, %d cleaned (%,d chars, avg %.0f); %d thread(s)", posts.size(), documents.size(), chars,
                chars / (double) Math.max(1, documents.size()), options.threads());

            Segment segment = NerModel.newSegment();
            NerModel model = NerModel.loadDefault();
            ArticlePipeline pipeline = pipelines.apply(stages);
            AtomicInteger failures = new AtomicInteger();
            int threads = options.threads();
            IntConsumer recognise = i -> model.tag(documents.get(i), segment.seg(documents.get(i)));
            IntConsumer bareWarm = i -> process(pipeline, i, null);
            Phase limit = new Phase(threads, documents.size(), recognise, recognise, false);
            Phase bare = new Phase(threads, posts.size(), i -> process(pipeline, i, failures), bareWarm, true);
            // scaling: bare at one and at two threads, reusing the main run where it is one of them
            Phase one = threads == 1 ? bare : new Phase(1, posts.size(), bareWarm, bareWarm, false);
            Phase two = threads == 2 ? bare : new Phase(2, posts.size(), bareWarm, bareWarm, false);
            List<Phase> phases = new ArrayList<>(List.of(limit, bare));
            for (Phase p : List.of(one, two)) {
                if (!phases.contains(p)) {
                    phases.add(p);
                }
            }
            int[] warmupRound = {0};
            JitWarmup.Result warmup = warmUp("in-process", () -> {
                for (Phase p : phases) {
                    int n = Math.min(options.warmupArticles(), p.items);
                    int from = (warmupRound[0] * n) % p.items;
                    parallel(p.threads, from, Math.min(p.items, from + n), p.warmup);
                }
                warmupRound[0]++;
            });
            progress("%d interleaved rounds of limit, bare, bare at 1 and 2 threads", rounds());
            runInRounds(phases);
            Map<Stage, long[]> stageNanos = new EnumMap<>(Stage.class);
            for (Stage stage : List.of(Stage.PARSE, Stage.CLEAN, Stage.ENRICH)) {
                stageNanos.put(stage, stages.nanos(stage));
            }
            progress("limit: %.1f articles/s, %.2f CPU ms per article", limit.rate(), limit.cpuMs());
            progress("bare: %.1f articles/s, %.2f CPU ms per article (whole JVM: %.2f; %d rejected)", bare.rate(),
                bare.cpuMs(), bare.processCpuMs(), failures.get());
            progress("bare scaling: 1 thread %.1f/s (%.2f CPU ms per article), 2 threads %.1f/s (%.2f)", one.rate(),
                one.cpuMs(), two.rate(), two.cpuMs());

            BenchReport.Kafka kafka = options.kafka() ? kafka(pipeline) : null;
            return new BenchReport(warmup, posts.size(), documents.size(), failures.get(), chars / (double) documents.size(),
                threads, limit.rate(), chars / limit.seconds, limit.cpuMs(),
                bare.rate(), chars / bare.seconds, bare.cpuMs(), bare.processCpuMs(), one.rate(), one.cpuMs(),
                two.rate(), two.cpuMs(),
                kafka, stageNanos, heap.peakSampledBytes(), heap.poolPeakSumBytes(), HeapSampler.maxBytes(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        }
    }

    /**
     * The shared machine's load drifts over minutes, so the in-process phases are not run one after the other but
     * interleaved: each round runs the next slice of every phase, starting with a different phase each round, and
     * each phase's wall and CPU time add up over the rounds. Ratios between phases then compare like with like.
     */
    private void runInRounds(List<Phase> phases) throws InterruptedException {
        int rounds = rounds();
        stages.start();
        stages.stop();
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < phases.size(); k++) {
                Phase p = phases.get((r + k) % phases.size());
                if (p.recordStages) {
                    stages.resume();
                }
                try {
                    long processStart = processCpuNanos();
                    p.seconds += parallel(p.threads, p.items * r / rounds, p.items * (r + 1) / rounds, p.work);
                    p.processCpuNanos += processCpuNanos() - processStart;
                    p.cpuNanos += lastCpuNanos.get();
                } finally {
                    stages.stop();
                }
            }
        }
    }

    /** Warm-up rounds until the JIT settles (none when the warm-up is 0 articles), with a line saying how it went. */
    private JitWarmup.Result warmUp(String what, JitWarmup.Round round) throws InterruptedException {
        if (options.warmupArticles() == 0) {
            return new JitWarmup.Result(0, 0, -1, false);
        }
        JitWarmup.Result r = JitWarmup.run(1, MAX_WARMUP_ROUNDS, options.warmupLimit(), round);
        progress("%s warm-up: %d round(s) of %d articles in %.1f s; JIT compiling %.0f%% of the last round%s", what,
            r.rounds(), options.warmupArticles(), r.seconds(), 100 * r.compilerShare(),
            r.settled() ? "" : " (not settled: figures include JIT work)");
        return r;
    }

    private int rounds() {
        return Math.max(1, Math.min(10, posts.size() / 50));
    }

    /** One in-process phase: the work per item (and for warm-up), its threads, its accumulated times. */
    private static final class Phase {
        final int threads;
        final int items;
        final IntConsumer work;
        final IntConsumer warmup;
        final boolean recordStages;
        double seconds;
        long cpuNanos;
        long processCpuNanos;

        Phase(int threads, int items, IntConsumer work, IntConsumer warmup, boolean recordStages) {
            this.threads = threads;
            this.items = items;
            this.work = work;
            this.warmup = warmup;
            this.recordStages = recordStages;
        }

        double rate() {
            return items / seconds;
        }

        double cpuMs() {
            return cpuNanos / 1e6 / items;
        }

        /** Whole-JVM CPU (GC and compiler threads included) per item. */
        double processCpuMs() {
            return processCpuNanos / 1e6 / items;
        }
    }

    /** Each post parsed and cleaned, as the enricher's document: title, newline, text (see Enricher#enrich). */
    private List<String> documents() {
        PostParser parser = new PostParser(config.maxInputBytes());
        ArticleCleaner cleaner = new ArticleCleaner();
        List<String> documents = new ArrayList<>(posts.size());
        for (byte[] post : posts) {
            try {
                CleanArticle article = cleaner.clean(parser.parse(post), INGEST);
                String title = article.title() == null ? "" : article.title().strip();
                String document = title.isEmpty() ? article.text() : title + "\n" + article.text();
                if (!document.isEmpty()) {
                    documents.add(document);
                }
            } catch (StageFailure e) {
                // a post the pipeline rejects has no text to recognise; bare and endToEnd still count it
            }
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("none of the posts survives parse and clean");
        }
        return documents;
    }

    private void process(ArticlePipeline pipeline, int i, AtomicInteger failures) {
        try {
            pipeline.process(posts.get(i), INGEST);
        } catch (StageFailure e) {
            if (failures != null) {
                failures.incrementAndGet();
            }
        }
    }

    /**
     * Runs {@code work(from…to-1)} on {@code threads} threads; returns the wall time in seconds, and adds the
     * workers' CPU time (nanoseconds) to {@link #lastCpuNanos}: on a shared machine the CPU time per article is
     * the figure other processes disturb least.
     */
    double parallel(int threads, int from, int to, IntConsumer work) throws InterruptedException {
        lastCpuNanos.set(0);
        if (from >= to) {
            return 0;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger next = new AtomicInteger(from);
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                        work.accept(i);
                    }
                    lastCpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpuStart);
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("benchmark worker failed", e.getCause());
                }
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private BenchReport.Kafka kafka(ArticlePipeline pipeline) throws InterruptedException {
        long started = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            NewsflowConfig cfg = new NewsflowConfig(broker.bootstrapServers(), "newsflow-bench-" + UUID.randomUUID(),
                tempDir(), options.threads(), config.processingGuarantee(), config.maxInputBytes(),
                config.keywordLimit(), -1, config.knowledgeFiles(), config.kafka());
            int maxOutputBytes;
            try (Admin admin = Admin.create(cfg.clientProperties())) {
                new TopicAdmin(admin).apply(TopicCatalog.loadDefault().all());
                maxOutputBytes = NewsflowTopology.maxOutputBytes(admin);
            }
            progress("broker and topics ready in %.1f s", (System.nanoTime() - started) / 1e9);
            int total = options.warmupArticles() * MAX_WARMUP_ROUNDS + posts.size() + options.pacedArticles();
            try (Results results = new Results(cfg, total);
                 KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(cfg, 0)) {
                KafkaStreams streams = new KafkaStreams(NewsflowTopology.build(pipeline, PipelineObserver.NONE, maxOutputBytes),
                    NewsflowTopology.streamsProperties(cfg, PipelineObserver.NONE));
                try {
                    streams.start();
                    awaitRunning(streams);
                    // warm-up: lets the group settle, the transactional producers initialise and the JIT compile
                    // the broker's and the clients' code, which it had never run in this JVM
                    long[] sent = new long[total];
                    int[] next = {0};
                    JitWarmup.Result warmup = warmUp("endToEnd", () -> {
                        int from = next[0];
                        for (int i = 0; i < options.warmupArticles(); i++, next[0]++) {
                            sent[next[0]] = send(producer, next[0], posts.get(next[0] % posts.size()));
                        }
                        results.await(from, next[0], options.kafkaTimeout(), "warm-up");
                    });
                    int seq = next[0];

                    int first = seq;
                    stages.start(); // how busy the stream threads are with the pipeline itself
                    long streamCpuStart = streamThreadsCpuNanos();
                    double commitsStart = threadMetricSum(streams, "commit-total");
                    long cpuStart = processCpuNanos();
                    long start = System.nanoTime();
                    for (int i = 0; i < posts.size(); i++, seq++) {
                        sent[seq] = send(producer, seq, posts.get(i));
                    }
                    producer.flush();
                    results.await(first, seq, options.kafkaTimeout(), "endToEnd");
                    double seconds = (results.lastArrival(first, seq) - start) / 1e9;
                    stages.stop();
                    long busy = 0;
                    for (Stage stage : Stage.values()) {
                        busy += java.util.Arrays.stream(stages.nanos(stage)).sum();
                    }
                    double pipelineShare = busy / 1e9 / (seconds * options.threads());
                    double streamCpuShare = (streamThreadsCpuNanos() - streamCpuStart) / 1e9
                        / (seconds * options.threads());
                    double commits = threadMetricSum(streams, "commit-total") - commitsStart;
                    double commitMs = threadMetricSum(streams, "commit-latency-avg") / options.threads();
                    // the whole JVM, broker included: what one article costs end to end
                    double cpuMs = (processCpuNanos() - cpuStart) / 1e6 / posts.size();
                    double rate = posts.size() / seconds;
                    // bare again, right after, on the same posts: a ratio the machine's load drift hardly moves
                    int adjacent = Math.min(posts.size(), 1000);
                    double bareAdjacent = adjacent / parallel(options.threads(), 0, adjacent,
                        i -> process(pipeline, i, null));
                    progress("endToEnd: %.1f articles/s (%s), stream threads %.0f%% of the time in the pipeline and "
                        + "%.0f%% on a CPU; %.0f commits of %.1f ms on average (%.0f%% of the time); %.2f CPU ms per "
                        + "article (whole JVM); bare right after: %.1f articles/s", rate, cfg.processingGuarantee(),
                        100 * pipelineShare, 100 * streamCpuShare, commits, commitMs,
                        100 * commits * commitMs / 1e3 / (seconds * options.threads()), cpuMs, bareAdjacent);

                    double pacedRate = rate / 2;
                    long interval = (long) (1e9 / pacedRate);
                    first = seq;
                    long pacedStart = System.nanoTime();
                    for (int i = 0; i < options.pacedArticles(); i++, seq++) {
                        long due = pacedStart + i * interval;
                        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                            LockSupport.parkNanos(wait);
                        }
                        sent[seq] = send(producer, seq, posts.get(i % posts.size()));
                    }
                    results.await(first, seq, options.kafkaTimeout(), "paced");
                    long[] latencies = new long[seq - first];
                    for (int s = first; s < seq; s++) {
                        latencies[s - first] = results.arrival(s) - sent[s];
                    }
                    progress("paced: %d articles at %.1f/s", latencies.length, pacedRate);
                    return new BenchReport.Kafka(warmup, cfg.processingGuarantee(), rate, seconds, pipelineShare,
                        cpuMs, bareAdjacent, pacedRate, latencies);
                } finally {
                    streams.close(Duration.ofSeconds(30));
                    streams.cleanUp();
                }
            }
        }
    }

    /** CPU time of the Kafka Streams threads so far (the stream threads of every client in this JVM). */
    private static long streamThreadsCpuNanos() {
        long total = 0;
        for (java.lang.management.ThreadInfo t : CPU.getThreadInfo(CPU.getAllThreadIds())) {
            if (t != null && t.getThreadName().contains("-StreamThread-") && !t.getThreadName().contains("producer")) {
                total += Math.max(0, CPU.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    /** Sum over the stream threads of a {@code stream-thread-metrics} value (NaN counts as 0). */
    private static double threadMetricSum(KafkaStreams streams, String name) {
        double sum = 0;
        for (var e : streams.metrics().entrySet()) {
            if (e.getKey().group().equals("stream-thread-metrics") && e.getKey().name().equals(name)
                    && e.getValue().metricValue() instanceof Number n && !Double.isNaN(n.doubleValue())) {
                sum += n.doubleValue();
            }
        }
        return sum;
    }

    /** CPU time of this whole JVM (every thread, the broker's too), or 0 when the JVM does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getProcessCpuTime() : 0;
    }

    private static long send(KafkaProducer<byte[], byte[]> producer, int seq, byte[] post) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TopicCatalog.RAW,
            (KEY_PREFIX + seq).getBytes(StandardCharsets.UTF_8), post);
        record.headers().add(SEQ_HEADER, Integer.toString(seq).getBytes(StandardCharsets.UTF_8));
        long now = System.nanoTime();
        producer.send(record, (metadata, e) -> {
            if (e != null) {
                System.err.println("bench: publishing record " + seq + " failed: " + e);
            }
        });
        return now;
    }

    private void awaitRunning(KafkaStreams streams) throws InterruptedException {
        long deadline = System.nanoTime() + options.kafkaTimeout().toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR
                || streams.state() == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("the pipeline did not start (state " + streams.state() + ")");
            }
            Thread.sleep(20);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newsflow-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory", e);
        }
    }

    private void progress(String format, Object... args) {
        log.printf("bench: " + format + "%n", args);
        log.flush();
    }

    /**
     * A read_committed consumer of the enriched and dead-letter topics on its own thread, noting when each
     * sequence number becomes visible (enriched records by their copied header, dead letters by their raw key).
     */
    private static final class Results implements AutoCloseable {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final AtomicLongArray arrivals;
        private final Thread thread;
        private volatile boolean running = true;
        private volatile RuntimeException failure;

        Results(NewsflowConfig config, int capacity) {
            // positions pinned at "the end" before anything is published
            this.consumer = KafkaClients.reader(config, List.of(TopicCatalog.ENRICHED, TopicCatalog.DLQ), false);
            this.arrivals = new AtomicLongArray(capacity);
            this.thread = new Thread(this::poll, "bench-results");
            this.thread.setDaemon(true);
            this.thread.start();
        }

        private void poll() {
            try {
                while (running) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                        long now = System.nanoTime();
                        now = now == 0 ? 1 : now; // 0 means "not yet"
                        int seq = seqOf(r);
                        if (seq >= 0 && seq < arrivals.length()) {
                            arrivals.compareAndSet(seq, 0, now);
                        }
                    }
                }
            } catch (RuntimeException e) {
                if (running) {
                    failure = e;
                }
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        static int seqOf(ConsumerRecord<byte[], byte[]> r) {
            Header h = r.headers().lastHeader(SEQ_HEADER);
            String text = h != null && h.value() != null ? new String(h.value(), StandardCharsets.UTF_8)
                : r.key() != null ? new String(r.key(), StandardCharsets.UTF_8) : "";
            if (text.startsWith(KEY_PREFIX)) {
                text = text.substring(KEY_PREFIX.length());
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        /** Waits until every sequence number in [from, to) is visible. */
        void await(int from, int to, Duration timeout, String phase) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int next = from;
            while (next < to) {
                if (failure != null) {
                    throw new IllegalStateException(phase + ": reading results failed", failure);
                }
                if (arrivals.get(next) != 0) {
                    next++;
                    continue;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(phase + ": only " + (next - from) + " of " + (to - from)
                        + " results visible after " + timeout.toSeconds() + " s");
                }
                Thread.sleep(5);
            }
        }

        long arrival(int seq) {
            return arrivals.get(seq);
        }

        long lastArrival(int from, int to) {
            long last = 0;
            for (int s = from; s < to; s++) {
                last = Math.max(last, arrivals.get(s));
            }
            return last;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }
}
