package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The record on {@code articles.enriched}; its JSON form is documented by {@code schema/enriched-article.schema.json}.
 *
 * @param id stable for the same article: derived from the URL when there is one, else from source, title and text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "url", "source", "categories", "title", "author", "editor", "publishedAt",
        "publishedAtSource", "dateline", "language", "contentType", "text", "paragraphs", "images", "stocks", "tables",
        "codeBlocks", "keywords", "entities", "processedAt"})
public record EnrichedArticle(
        String id,
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
        List<String> codeBlocks,
        List<Keyword> keywords,
        List<Entity> entities,
        Instant processedAt) {

    public EnrichedArticle {
        categories = List.copyOf(categories);
        paragraphs = List.copyOf(paragraphs);
        images = List.copyOf(images);
        stocks = List.copyOf(stocks);
        tables = List.copyOf(tables);
        codeBlocks = List.copyOf(codeBlocks);
        keywords = List.copyOf(keywords);
        entities = List.copyOf(entities);
    }
}
