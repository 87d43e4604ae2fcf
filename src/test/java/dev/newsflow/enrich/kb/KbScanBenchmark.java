package dev.newsflow.enrich.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scan-speed benchmark of {@link KnowledgeBase#scan(String)}: prints load time and characters per second on one
 * thread. Not a test: run it by hand, e.g.
 * {@code java -cp target/classes:target/test-classes dev.newsflow.enrich.kb.KbScanBenchmark [corpus-dir] [--dump]}.
 * The text is the shared corpus ({@code ../shared/corpus/raw}) when present, else invented sample sentences;
 * {@code --dump} also prints every match per file, for reading the scanner's output by eye.
 */
public final class KbScanBenchmark {

    private static final String SAMPLE = "中国人民银行近日召开工作会议，人民银行党委书记、行长在京出席并讲话。会议指出，央行将继续"
            + "实施稳健的货币政策。人民银行上海总部、人民银行铜川市中心支行和山南市中心支行相关负责人参加。京津冀、粤港澳"
            + "大湾区和长三角地区的金融机构代表赴沪交流，工商银行北京分行、招商银行和中信证券介绍了经验。美联储和欧洲央行"
            + "近期的政策动向受到关注，IMF下调了全球经济增长预期。The Fed kept rates unchanged, said Reuters. 新能源、"
            + "云计算与青年创业成为话题，京东和京东方也在会上发言。";

    private KbScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean dump = List.of(args).contains("--dump");
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/corpus/raw");
        List<Path> files = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
            for (Path f : files) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        } else {
            texts.add(SAMPLE.repeat(50));
        }
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.load(List.of());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("knowledge base: %s, load %d ms%n", kb, loadMs);
        System.out.printf("text: %d documents, %d chars (%s)%n", texts.size(), chars,
                Files.isDirectory(dir) ? dir : "invented sample");

        if (dump) {
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                StringBuilder sb = new StringBuilder();
                for (KbMatch m : kb.scan(text)) {
                    sb.append(m.surface(text)).append('=').append(m.entry().id()).append("  ");
                }
                System.out.println("## " + (files.isEmpty() ? "sample" : files.get(i).getFileName()));
                System.out.println(sb);
            }
        }

        long matches = 0;
        // warm-up, then timed rounds of at least ~2 s in total
        for (int r = 0; r < 5; r++) {
            for (String t : texts) {
                matches += kb.scan(t).size();
            }
        }
        int rounds = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String t : texts) {
                matches += kb.scan(t).size();
            }
            rounds++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 2_000_000_000L);
        double seconds = elapsed / 1e9;
        System.out.printf("scan: %d rounds in %.2f s = %.1f M chars/s on one thread (%d matches seen)%n",
                rounds, seconds, rounds * chars / seconds / 1e6, matches);
    }
}
