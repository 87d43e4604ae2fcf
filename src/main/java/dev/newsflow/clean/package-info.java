/**
 * The clean stage: {@link dev.newsflow.model.RawPost} to {@link dev.newsflow.model.CleanArticle}. jsoup parses the
 * body; per-source rules (selectors and patterns, loaded once from {@code /clean/rules.json}) remove page chrome
 * and promotions; an iterative walk (never recursion on the DOM) collects paragraphs, images, tables and code
 * blocks. Depends on the model, the parse package and jsoup.
 */
package dev.newsflow.clean;
