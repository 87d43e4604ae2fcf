package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a post mostly is; an image-only or video post is a valid record with little text, not a failure. */
public enum ContentType {
    ARTICLE, VIDEO, IMAGE_ONLY, EMPTY;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
