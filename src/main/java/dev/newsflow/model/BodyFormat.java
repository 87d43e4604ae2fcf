package dev.newsflow.model;

/** How a raw body is written. Markdown bodies may contain inline HTML, as Hexo posts do. */
public enum BodyFormat {
    HTML, MARKDOWN, TEXT
}
