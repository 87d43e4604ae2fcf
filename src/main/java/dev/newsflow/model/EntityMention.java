package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * The record on {@code entities.mentions}: one per (article, entity), keyed by the entity id so that every
 * article naming one entity lands in one partition, in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityMention(
        Entity entity,
        String articleId,
        String articleTitle,
        String url,
        String source,
        Instant publishedAt) {
}
