/**
 * The clean stage: {@link dev.newsflow.model.RawPost} to {@link dev.newsflow.model.CleanArticle}.
 * {@link dev.newsflow.clean.ArticleCleaner} is the facade; jsoup parses the body (depth capped, deeper input is
 * refused as {@code too-deep}); per-feed rules, loaded once from {@code /clean/rules.json} by {@code SourceRules},
 * name what to remove, which paragraphs are boilerplate, where editors, page dates, captions and tickers are; an
 * iterative walk ({@code BlockExtractor}, never recursion on the DOM) collects paragraphs, images, tables and code
 * blocks. Adding a feed means adding an entry to {@code rules.json} and a fixture with a golden test. Everything
 * here is immutable or per-call: a cleaner may be shared across threads. Depends on the model and jsoup.
 */
package dev.newsflow.clean;
