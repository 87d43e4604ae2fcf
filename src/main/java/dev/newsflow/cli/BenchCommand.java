package dev.newsflow.cli;

import dev.newsflow.bench.ArticleGenerator;
import dev.newsflow.bench.BenchReport;
import dev.newsflow.bench.Benchmark;
import dev.newsflow.kafka.NewsflowConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * How fast the pipeline is, and how close to the NLP floor: see {@link Benchmark} for the phases. Prints a table,
 * writes the figures as JSON, exits 0 when every phase completed (the targets are judged by people, not here).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmarks the pipeline in one process: limit (segmentation + recogniser alone), bare "
        + "(parse → clean → enrich in-process), endToEnd (in-JVM Kafka broker, real topology, exactly-once) and "
        + "paced (half the endToEnd rate: publish → visible latency), with per-stage times and peak heap.",
        "--threads sets both the worker threads of limit and bare and the stream threads of endToEnd and paced.",
        "Prints a table and writes the figures to --output. Run with the production heap, e.g. "
            + "NEWSFLOW_JAVA_OPTS=-Xmx512m ./newsflow bench --articles 3000"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--articles", paramLabel = "N",
        description = "Articles to run (default: 3000 generated; with --input, every file or the first N).")
    Integer articles;

    @Option(names = "--input", paramLabel = "DIR",
        description = "Read posts from files under DIR (recursively) instead of generating them.")
    Path input;

    @Option(names = "--warmup", paramLabel = "N",
        description = "Articles of one warm-up round (default: ${DEFAULT-VALUE}); rounds repeat until the JIT "
            + "compilers are nearly idle (0 = no warm-up).")
    int warmup = 300;

    @Option(names = "--warmup-limit", paramLabel = "SECONDS",
        description = "Longest warm-up of the in-process phases, and of the Kafka phases (default: ${DEFAULT-VALUE}).")
    long warmupLimitSeconds = 180;

    @Option(names = "--paced-articles", paramLabel = "N",
        description = "Articles of the paced phase (default: the smaller of --articles and 1000).")
    Integer pacedArticles;

    @Option(names = "--no-kafka", description = "Skip endToEnd and paced.")
    boolean noKafka;

    @Option(names = "--timeout", paramLabel = "SECONDS",
        description = "Longest wait of a Kafka phase for its last result (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 900;

    @Option(names = "--seed", description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--output", paramLabel = "FILE", description = "JSON figures (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("target", "bench.json");

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = options.resolve(System.getenv());
        if (config.bootstrapServers() != null) {
            throw new ParameterException(spec.commandLine(),
                "bench always runs its own in-JVM broker; --bootstrap-servers is not used");
        }
        if (warmup < 0 || warmupLimitSeconds < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup and --warmup-limit must be ≥ 0");
        }
        if (articles != null && articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles must be ≥ 1");
        }
        List<byte[]> posts = input == null ? new ArticleGenerator(seed, 1500).posts(articles == null ? 3000 : articles)
            : read(input, articles);
        int paced = pacedArticles != null ? pacedArticles : Math.min(posts.size(), 1000);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Benchmark bench = new Benchmark(posts, config, observer -> PipelineRuntime.pipeline(config, observer),
            new Benchmark.Options(config.streamThreads(), warmup, Duration.ofSeconds(warmupLimitSeconds), paced,
                !noKafka, Duration.ofSeconds(timeoutSeconds)),
            err);
        BenchReport report = bench.run();
        out.print(report.table());
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, report.toJsonText() + "\n", StandardCharsets.UTF_8);
        out.println("figures written to " + output);
        out.flush();
        return 0;
    }

    private static List<byte[]> read(Path dir, Integer limit) throws IOException {
        List<byte[]> posts = new ArrayList<>();
        for (Path file : Inputs.files(List.of(dir))) {
            if (limit != null && posts.size() == limit) {
                break;
            }
            posts.add(Files.readAllBytes(file));
        }
        if (posts.isEmpty()) {
            throw new IllegalArgumentException("no files under " + dir);
        }
        return posts;
    }
}
