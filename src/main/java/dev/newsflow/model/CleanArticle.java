package dev.newsflow.model;

import java.time.Instant;
import java.util.List;

/**
 * The main text of a post without boilerplate, and its metadata. Output of the clean stage.
 *
 * @param text        paragraphs joined by {@code \n}; never contains markup
 * @param paragraphs  paragraphs in reading order, trimmed, non-blank
 * @param tables      tables as rows of cells (kept out of {@code text})
 * @param codeBlocks  code blocks (kept out of {@code text})
 * @param dateline    e.g. 财联社7月22日电, else null
 * @param language    {@code zh} or {@code en}
 */
public record CleanArticle(
        String url,
        String source,
        List<String> categories,
        String title,
        String author,
        String editor,
        Instant publishedAt,
        PublishedAtSource publishedAtSource,
        String dateline,
        String language,
        ContentType contentType,
        String text,
        List<String> paragraphs,
        List<Image> images,
        List<Stock> stocks,
        List<List<List<String>>> tables,
        List<String> codeBlocks) {

    public CleanArticle {
        categories = List.copyOf(categories);
        paragraphs = List.copyOf(paragraphs);
        images = List.copyOf(images);
        stocks = List.copyOf(stocks);
        tables = List.copyOf(tables);
        codeBlocks = List.copyOf(codeBlocks);
    }
}
