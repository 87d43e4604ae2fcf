/**
 * The parse stage: raw bytes from {@code articles.raw} to a {@link dev.newsflow.model.RawPost}. Understands Hexo
 * posts with (possibly invalid YAML) front matter, JSON envelopes and bare HTML pages; tolerant of mess, but rejects
 * what cannot be an article with a {@link dev.newsflow.model.StageFailure}. Depends on the model, Jackson and jsoup.
 */
package dev.newsflow.parse;
