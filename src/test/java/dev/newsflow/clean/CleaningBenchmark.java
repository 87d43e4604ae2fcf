package dev.newsflow.clean;

import dev.newsflow.model.RawPost;
import dev.newsflow.model.StageFailure;
import dev.newsflow.parse.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cleaning time per article over the shared corpus: a plain {@code main}, not a test, so no timing can fail a
 * build. Parses every post once, warms the JIT up, then times {@link ArticleCleaner#clean} (and parse + clean)
 * per article over several rounds and prints median, p90, p99 and max.
 *
 * <p>Run: {@code mvn -q -o test-compile exec:java} is not configured; use
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.newsflow.clean.CleaningBenchmark [rounds]}
 * with the class path from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class CleaningBenchmark {
    private CleaningBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Path> files = Corpus.files();
        if (files.isEmpty()) {
            System.out.println("shared corpus not found at " + Corpus.rawDir() + "; nothing to measure");
            return;
        }
        PostParser parser = new PostParser(16 << 20);
        ArticleCleaner cleaner = new ArticleCleaner();
        Instant ingest = Instant.now();
        List<byte[]> values = new ArrayList<>();
        List<RawPost> posts = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            try {
                posts.add(parser.parse(bytes));
                values.add(bytes);
            } catch (StageFailure rejected) {
                // a post the parser refuses has nothing to clean
            }
        }
        // warm-up: enough iterations for the JIT to compile the hot paths
        for (int i = 0; i < 5; i++) {
            for (RawPost p : posts) {
                cleanQuietly(cleaner, p, ingest);
            }
        }
        long[] clean = new long[posts.size() * rounds];
        long[] both = new long[posts.size() * rounds];
        int n = 0;
        long wall = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < posts.size(); i++) {
                long t0 = System.nanoTime();
                cleanQuietly(cleaner, posts.get(i), ingest);
                long t1 = System.nanoTime();
                try {
                    cleanQuietly(cleaner, parser.parse(values.get(i)), ingest);
                } catch (StageFailure ignored) {
                    // not reached: these values parsed above
                }
                long t2 = System.nanoTime();
                clean[n] = t1 - t0;
                both[n] = t2 - t1;
                n++;
            }
        }
        wall = System.nanoTime() - wall;
        System.out.printf("corpus: %d posts (%d refused by parse), %d rounds, %d samples%n", posts.size(),
                files.size() - posts.size(), rounds, n);
        print("clean", clean);
        print("parse+clean", both);
        System.out.printf("throughput (clean, then parse+clean, one thread): %.0f articles/s%n",
                2.0 * n / (wall / 1e9));
        hostile(parser, cleaner, ingest);
    }

    /** Wall time of parse + clean for the two hostile shapes the issue names: a 5 MB post, 100,000-deep HTML. */
    private static void hostile(PostParser parser, ArticleCleaner cleaner, Instant ingest) {
        String para = "<p>这是一个用于测试的长段落，内容重复以构造五兆字节的输入。</p>\n";
        String big = "---\ntitle: '大文章'\ndate: 2022-01-01\n---\n<div>"
                + para.repeat(5_000_000 / para.getBytes(java.nio.charset.StandardCharsets.UTF_8).length) + "</div>";
        String deep = "---\ntitle: '深'\n---\n" + "<div>".repeat(100_000) + "x" + "</div>".repeat(100_000);
        for (String[] c : new String[][] {{"5 MB post", big}, {"100,000-deep HTML", deep}}) {
            byte[] bytes = c[1].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long[] t = new long[3];
            String outcome = "";
            for (int i = 0; i < t.length; i++) {
                long t0 = System.nanoTime();
                try {
                    outcome = cleaner.clean(parser.parse(bytes), ingest).paragraphs().size() + " paragraphs";
                } catch (StageFailure f) {
                    outcome = f.stage().label() + " failure " + f.reason();
                }
                t[i] = System.nanoTime() - t0;
            }
            Arrays.sort(t);
            System.out.printf("%-18s (%,d bytes): median of 3 runs %.0f ms -> %s%n", c[0], bytes.length, t[1] / 1e6,
                    outcome);
        }
    }

    private static void cleanQuietly(ArticleCleaner cleaner, RawPost post, Instant ingest) {
        try {
            cleaner.clean(post, ingest);
        } catch (StageFailure rejected) {
            // an empty post is refused quickly; its time still counts
        }
    }

    private static void print(String label, long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        System.out.printf("%-12s per article: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", label,
                ms(s, 0.50), ms(s, 0.90), ms(s, 0.99), s[s.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }
}
