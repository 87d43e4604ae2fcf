/**
 * Immutable records that flow through the pipeline: {@link dev.newsflow.model.RawPost} (parse output),
 * {@link dev.newsflow.model.CleanArticle} (clean output) and {@link dev.newsflow.model.EnrichedArticle} (the record
 * on {@code articles.enriched}), plus {@link dev.newsflow.model.StageFailure}, the one way a stage says no.
 * Depends on the JDK and Jackson annotations only.
 */
package dev.newsflow.model;
