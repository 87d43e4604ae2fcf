package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where {@code publishedAt} came from, best first. */
public enum PublishedAtSource {
    /** The source's own date field (front matter or envelope). */
    SOURCE,
    /** A dateline in the text, such as 财联社7月22日电. */
    DATELINE,
    /** Neither was usable: the time the record reached Kafka. */
    INGEST;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
