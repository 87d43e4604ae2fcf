package dev.newsflow.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.StageFailure;
import dev.newsflow.parse.PostParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parse and clean over randomly damaged versions of the fixtures (fixed seed, so a failure reproduces): cut short,
 * bytes flipped, tags and quotes injected, front matter fences lost. Each input must end in a record without
 * markup or in a {@link StageFailure}; any other exception is a bug.
 */
class MutatedInputTest {
    private static final String[] INJECTIONS = {"<", ">", "</div>", "<div>", "<p", "\"", "'", "---\n", "&", "&#",
            "<!--", "-->", "<script>", "</script>", "<style>", "{", "}", "\u0000", "\uFFFD", "【", "】", "$", "(",
            "<table><tr><td>", "<pre>", "]]>", "<![CDATA[", "\r\n", "\u3000", "\u00a0"};

    private final PostParser parser = new PostParser(1 << 20);
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void damagedFixturesNeverCrash() throws IOException, URISyntaxException {
        List<byte[]> originals = new ArrayList<>();
        Path dir = Path.of(getClass().getResource("/fixtures").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    originals.add(in.readAllBytes());
                }
            }
        }
        assertThat(originals).isNotEmpty();
        Random random = new Random(20240723L);
        int results = 0;
        int failures = 0;
        for (int i = 0; i < 1_000; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            byte[] damaged = damage(original, random);
            try {
                RawPost post = parser.parse(damaged);
                CleanArticle a = cleaner.clean(post, Instant.parse("2024-07-23T02:00:00Z"));
                for (String p : a.paragraphs()) {
                    assertThat(p).as("input %d", i).doesNotContainPattern("<\\s*/?\\s*[a-zA-Z!][^>]*>")
                            .doesNotContain("<!--", "-->").isNotBlank();
                }
                assertThat(a.title()).as("input %d", i).isNotBlank()
                        .doesNotContainPattern("<\\s*/?\\s*[a-zA-Z!][^>]*>");
                assertThat(a.publishedAt()).isNotNull();
                results++;
            } catch (StageFailure f) {
                assertThat(f.reason()).as("input %d", i).matches("[a-z0-9]+(-[a-z0-9]+)*");
                failures++;
            }
        }
        assertThat(results + failures).isEqualTo(1_000);
        // most damage leaves a readable post; a run where everything fails would mean the test checks nothing
        assertThat(results).isGreaterThan(500);
    }

    private static byte[] damage(byte[] original, Random random) {
        String s = new String(original, java.nio.charset.StandardCharsets.UTF_8);
        int edits = 1 + random.nextInt(6);
        StringBuilder sb = new StringBuilder(s);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(4)) {
                case 0 -> sb.setLength(at); // cut short
                case 1 -> sb.insert(at, INJECTIONS[random.nextInt(INJECTIONS.length)]);
                case 2 -> sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(40)));
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + random.nextInt(200))));
            }
        }
        byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8)); // a flipped bit
        }
        return bytes;
    }
}
