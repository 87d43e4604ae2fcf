package dev.newsflow.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the shared corpus of real posts lives for tests and the benchmark: system property
 * {@code newsflow.shared} (set by surefire), else {@code ../shared}. The corpus is never copied into the project.
 */
final class Corpus {
    private Corpus() {
    }

    /** The raw corpus directory, whether or not it exists. */
    static Path rawDir() {
        String shared = System.getProperty("newsflow.shared", "../shared");
        return Path.of(shared, "corpus", "raw");
    }

    /** Every file under the raw corpus, sorted; empty when the corpus is absent. */
    static List<Path> files() {
        Path dir = rawDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
