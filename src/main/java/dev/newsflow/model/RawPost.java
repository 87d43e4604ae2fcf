package dev.newsflow.model;

import java.util.List;
import java.util.Map;

/**
 * What a scraper sent, split into metadata and body but otherwise untouched.
 *
 * @param url           canonical link when the input names one, else null
 * @param source        the feed (e.g. 新浪财经－国內), else null
 * @param title         title as written (may contain HTML entities), else null
 * @param date          the source's date exactly as written (RFC 1123, ISO-8601, {@code Invalid Date}…), else null
 * @param author        author or publisher as written, else null
 * @param categories    categories in order, never null
 * @param image         head image or thumbnail, else null
 * @param body          the body, never null (may be blank)
 * @param format        how the body is written
 * @param frontMatter   every metadata field as a string, for rules that need more (never null)
 * @param warnings      problems tolerated while parsing (bounded), never null
 */
public record RawPost(
        String url,
        String source,
        String title,
        String date,
        String author,
        List<String> categories,
        String image,
        String body,
        BodyFormat format,
        Map<String, String> frontMatter,
        List<String> warnings) {

    public RawPost {
        categories = List.copyOf(categories);
        frontMatter = Map.copyOf(frontMatter);
        warnings = List.copyOf(warnings);
        body = body == null ? "" : body;
    }
}
