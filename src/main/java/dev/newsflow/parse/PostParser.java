package dev.newsflow.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsflow.model.BodyFormat;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns the bytes of one {@code articles.raw} value into a {@link RawPost}. Three inputs are understood:
 * <ol>
 *   <li>a Hexo/RSSHub markdown post: {@code ---} front matter (tolerantly read, need not be valid YAML), then an
 *       HTML or markdown body;</li>
 *   <li>a JSON envelope {@code {url, source, title, publishedAt, author, categories, html | text}};</li>
 *   <li>a bare HTML page (metadata from {@code <title>} and Open Graph tags).</li>
 * </ol>
 * Anything else that is readable text becomes a {@link BodyFormat#TEXT} post. Inputs that cannot be an article
 * fail with {@code StageFailure(PARSE, reason, …)}; reasons: {@code empty-value}, {@code too-large},
 * {@code invalid-utf8}, {@code binary}, {@code not-an-article}, {@code no-content}.
 *
 * <p>The feed ({@code source}) is the envelope's {@code source}, else derived from the categories: Hexo posts are
 * filed as {@code [section, site, feed]}; the feed is used alone when it already names the site
 * ({@code 新浪财经－国內}), else written {@code site - feed} ({@code 财联社 - 电报}), the form the older layout uses.
 *
 * <p>Immutable and stateless: one instance may be shared by any number of threads.
 */
public final class PostParser {
    /** Control characters beyond this share of the text mean the value is not text. */
    private static final double MAX_CONTROL_SHARE = 0.001;
    private static final int MAX_WARNINGS = FrontMatter.MAX_WARNINGS;

    private final int maxBytes;
    private final ObjectMapper json;

    /**
     * @param maxBytes values longer than this are refused with {@code too-large}; must be positive
     */
    public PostParser(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        JsonMapper mapper = JsonMapper.builder().build();
        // bound nesting so a hostile envelope cannot exhaust the stack
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
        this.json = mapper;
    }

    /** The size limit this parser enforces, in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Parses one value.
     *
     * @param value the record value as sent; may be null
     * @return the post, split into metadata and an untouched body
     * @throws StageFailure with stage PARSE when the value cannot be an article
     */
    public RawPost parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw fail("empty-value", "the record has no value");
        }
        if (value.length > maxBytes) {
            throw fail("too-large", "value of " + value.length + " bytes exceeds the limit of " + maxBytes);
        }
        String text = decode(value);
        checkNotBinary(text);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw fail("empty-value", "the value is only whitespace");
        }
        RawPost post;
        if (trimmed.startsWith("---")) {
            post = parseHexo(trimmed);
        } else if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            post = parseEnvelope(trimmed);
        } else if (trimmed.startsWith("<")) {
            post = parseHtmlPage(trimmed);
        } else {
            post = new RawPost(null, null, null, null, null, List.of(), null, trimmed, BodyFormat.TEXT, Map.of(),
                    List.of("no front matter, envelope or HTML: read as plain text"));
        }
        if (isBlank(post.title()) && post.body().isBlank()) {
            throw fail("no-content", "the post has neither a title nor a body");
        }
        return post;
    }

    private static String decode(byte[] value) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(value));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new StageFailure(Stage.PARSE, "invalid-utf8", "the value is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    /** NUL anywhere, or more than a trace of other C0 controls, means binary data that happens to decode. */
    private static void checkNotBinary(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw fail("binary", "the value contains NUL characters");
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
                controls++;
            }
        }
        if (controls > 2 && controls > text.length() * MAX_CONTROL_SHARE) {
            throw fail("binary", "the value contains " + controls + " control characters");
        }
    }

    // ---------------------------------------------------------------- Hexo posts

    private RawPost parseHexo(String text) {
        List<String> lines = text.lines().toList();
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                close = i;
                break;
            }
        }
        List<String> warnings = new ArrayList<>();
        List<String> header;
        String body;
        if (close < 0) {
            warnings.add("front matter is not closed: the whole value is read as front matter");
            header = lines.subList(1, lines.size());
            body = "";
        } else {
            header = lines.subList(1, close);
            body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
        }
        FrontMatter fm = FrontMatter.read(header);
        warnings.addAll(fm.warnings);

        Map<String, String> all = new LinkedHashMap<>(fm.scalars);
        fm.lists.forEach((k, v) -> all.put(k, String.join(", ", v)));
        List<String> categories = fm.lists.getOrDefault("categories",
                fm.lists.getOrDefault("tags", List.of()));
        if (categories.isEmpty() && !isBlank(fm.scalars.get("categories"))) {
            categories = List.of(fm.scalars.get("categories"));
        }
        String source = firstNonBlank(fm.scalars.get("source"), feedOf(categories), fm.scalars.get("author"));
        String image = firstNonBlank(fm.scalars.get("headimg"), fm.scalars.get("thumbnail"), fm.scalars.get("cover"));
        String url = firstNonBlank(fm.scalars.get("url"), fm.scalars.get("link"), fm.scalars.get("permalink"));
        return new RawPost(url, source, blankToNull(fm.scalars.get("title")), blankToNull(fm.scalars.get("date")),
                blankToNull(fm.scalars.get("author")), categories, image, body, formatOf(body), all,
                bound(warnings));
    }

    /**
     * The feed a Hexo post belongs to, from {@code [section, site, feed]} categories: {@code 新浪财经－国內} when the
     * feed names its site, else {@code 财联社 - 电报}; the last category for other shapes.
     */
    static String feedOf(List<String> categories) {
        if (categories.isEmpty()) {
            return null;
        }
        String last = categories.get(categories.size() - 1);
        if (categories.size() >= 3) {
            String site = categories.get(categories.size() - 2);
            return last.contains(site) ? last : site + " - " + last;
        }
        return last;
    }

    /** HTML when the body starts with a tag (RSSHub wraps items in a {@code <div>}), else markdown. */
    static BodyFormat formatOf(String body) {
        String b = body.stripLeading();
        return b.startsWith("<") ? BodyFormat.HTML : BodyFormat.MARKDOWN;
    }

    // ---------------------------------------------------------------- JSON envelopes

    private RawPost parseEnvelope(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StageFailure(Stage.PARSE, "not-an-article", "the value looks like JSON but does not parse: "
                    + FrontMatter.abbreviate(String.valueOf(e.getOriginalMessage())), e);
        }
        if (node == null || !node.isObject()) {
            throw fail("not-an-article", "JSON value is not an object");
        }
        String html = textField(node, "html");
        String plain = firstNonBlank(textField(node, "text"), textField(node, "content"), textField(node, "body"));
        String title = textField(node, "title");
        if (html == null && plain == null && title == null) {
            throw fail("not-an-article", "JSON object has none of title, html, text");
        }
        List<String> categories = new ArrayList<>();
        JsonNode cats = node.get("categories");
        if (cats != null && cats.isArray()) {
            for (JsonNode c : cats) {
                if (c.isValueNode() && !c.asText().isBlank()) {
                    categories.add(c.asText().strip());
                }
            }
        } else if (cats != null && cats.isTextual() && !cats.asText().isBlank()) {
            categories.add(cats.asText().strip());
        }
        Map<String, String> all = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (e.getValue().isValueNode() && !e.getKey().equals("html") && !e.getKey().equals("text")) {
                all.put(e.getKey(), e.getValue().asText());
            }
        });
        String body = html != null ? html : plain == null ? "" : plain;
        BodyFormat format = html != null ? BodyFormat.HTML : BodyFormat.TEXT;
        String source = firstNonBlank(textField(node, "source"), feedOf(categories));
        String date = firstNonBlank(textField(node, "publishedAt"), textField(node, "date"),
                textField(node, "published"));
        return new RawPost(textField(node, "url"), source, title, date, textField(node, "author"), categories,
                firstNonBlank(textField(node, "image"), textField(node, "thumbnail")), body, format, all, List.of());
    }

    private static String textField(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isValueNode() || v.isNull()) {
            return null;
        }
        return blankToNull(v.asText());
    }

    // ---------------------------------------------------------------- bare HTML

    private RawPost parseHtmlPage(String text) {
        Document doc = Jsoup.parse(text, "", Parser.htmlParser().setMaxDepth(512));
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), meta(doc, "twitter:title"));
        String url = firstNonBlank(meta(doc, "og:url"), linkHref(doc, "canonical"));
        String source = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
        String date = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "pubdate"),
                meta(doc, "publishdate"), meta(doc, "date"), timeDatetime(doc));
        String author = firstNonBlank(meta(doc, "author"), meta(doc, "article:author"));
        String image = meta(doc, "og:image");
        Map<String, String> all = new LinkedHashMap<>();
        putIfPresent(all, "title", title);
        putIfPresent(all, "url", url);
        putIfPresent(all, "source", source);
        putIfPresent(all, "date", date);
        putIfPresent(all, "author", author);
        putIfPresent(all, "image", image);
        return new RawPost(url, source, title, date, author, List.of(), image, text, BodyFormat.HTML, all,
                List.of());
    }

    private static String meta(Document doc, String name) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name"))
                    || name.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content");
                if (!c.isBlank()) {
                    return c.strip();
                }
            }
        }
        return null;
    }

    private static String linkHref(Document doc, String rel) {
        for (Element l : doc.getElementsByTag("link")) {
            if (rel.equalsIgnoreCase(l.attr("rel")) && !l.attr("href").isBlank()) {
                return l.attr("href").strip();
            }
        }
        return null;
    }

    private static String timeDatetime(Document doc) {
        Element t = doc.selectFirst("time[datetime]");
        return t == null ? null : blankToNull(t.attr("datetime"));
    }

    // ---------------------------------------------------------------- helpers

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static List<String> bound(List<String> warnings) {
        return warnings.size() <= MAX_WARNINGS ? warnings : warnings.subList(0, MAX_WARNINGS);
    }

    private static StageFailure fail(String reason, String message) {
        return new StageFailure(Stage.PARSE, reason, message);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!isBlank(v)) {
                return v.strip();
            }
        }
        return null;
    }
}
