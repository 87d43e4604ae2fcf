package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An image of the article body: absolute URL and the caption the page gives it, if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(String url, String caption) {
}
