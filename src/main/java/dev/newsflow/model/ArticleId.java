package dev.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids: the same article gets the same id whenever and wherever it is processed, so that
 * {@code articles.enriched} (compacted, keyed by id) keeps one record per article even when a scraper sends it
 * twice.
 */
public final class ArticleId {
    private ArticleId() {
    }

    /**
     * The id of an article: a hash of its URL when it has one (scrapers re-send the same URL), else of source,
     * title and text. 20 hex characters (80 bits): collisions are negligible at news volumes.
     */
    public static String of(String url, String source, String title, String text) {
        String basis = url != null && !url.isBlank()
            ? "url\n" + url.strip().toLowerCase(Locale.ROOT)
            : "content\n" + nullToEmpty(source) + "\n" + nullToEmpty(title).strip() + "\n" + nullToEmpty(text).strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
