package dev.newsflow.clean;

import dev.newsflow.model.BodyFormat;
import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.ContentType;
import dev.newsflow.model.Image;
import dev.newsflow.model.PublishedAtSource;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a {@link RawPost} into a {@link CleanArticle}: the main text as paragraphs without page chrome,
 * promotions, editor lines, CSS or comments; title, editor, dateline, publication time, images, stocks, tables and
 * code blocks set apart. Per-feed rules come from {@code /clean/rules.json} (see {@link SourceRules}).
 *
 * <p>{@code publishedAt} is the source date when it parses (RFC 1123, ISO-8601, zone-less = Asia/Shanghai), else
 * the dateline in the text (财联社7月22日电, year from the ingest time), else the ingest time;
 * {@code publishedAtSource} says which.
 *
 * <p>Failures ({@code StageFailure} with stage CLEAN): {@code no-body} when there is neither a title nor any text,
 * {@code too-deep} when the HTML nests deeper than {@value #MAX_DEPTH} elements (jsoup flattens beyond its cap, so
 * such input is refused rather than silently mangled).
 *
 * <p>The rules are loaded once by the constructor and never change: one instance may be shared by any number of
 * threads.
 */
public final class ArticleCleaner {
    /** jsoup's tree-builder depth cap; a document that reaches it is refused as {@code too-deep}. */
    static final int MAX_DEPTH = 512;
    /** Depth at which we consider the cap reached (html and body sit above the first body element). */
    private static final int DEPTH_LIMIT = MAX_DEPTH - 8;
    private static final int TITLE_FALLBACK_CHARS = 64;

    private static final Pattern EDITOR = Pattern.compile(
            "[（(\\[]?\\s*(?:责任编辑|责编|编辑)\\s*[：:]\\s*(?<name>[^）)\\]\\s]{1,24})\\s*[）)\\]]?\\s*$");
    private static final Pattern BRACKET_TITLE = Pattern.compile("^【(?<title>[^】]{1,200})】");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private final SourceRules rules;

    /** Loads the per-feed rules from the class path. */
    public ArticleCleaner() {
        this.rules = SourceRules.load();
    }

    /**
     * Cleans one post.
     *
     * @param post       the parsed post
     * @param ingestTime when the record reached Kafka; the last resort for {@code publishedAt} and the reference
     *                   year for datelines without one
     * @throws StageFailure with stage CLEAN when the post has no content or is absurdly nested
     */
    public CleanArticle clean(RawPost post, Instant ingestTime) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(ingestTime, "ingestTime");
        List<SourceRules.RuleSet> ruleSets = rules.forPost(post);
        String baseUri = post.url() == null ? "" : post.url();
        Document doc = toDocument(post, baseUri);
        checkDepth(doc);

        String editor = null;
        boolean video = false;
        for (SourceRules.RuleSet rs : ruleSets) {
            for (String sel : rs.editorSelectors()) {
                for (Element e : doc.select(sel)) {
                    if (editor == null) {
                        editor = editorName(Text.normalize(e.text()));
                    }
                    e.remove();
                }
            }
            for (String sel : rs.videoSelectors()) {
                Element body = doc.body();
                for (Element e : body.select(sel)) {
                    video = true;
                    e.remove();
                }
            }
            for (String sel : rs.removeSelectors()) {
                doc.select(sel).remove();
            }
        }

        BlockExtractor blocks = new BlockExtractor(baseUri);
        blocks.run(doc.body());

        String title = post.title() == null ? null : Text.normalize(Parser.unescapeEntities(post.title(), false));
        List<String> paragraphs = new ArrayList<>();
        String dateline = null;
        Instant datelineAt = null;
        for (String p : blocks.paragraphs) {
            Matcher ed = EDITOR.matcher(p);
            if (ed.find()) {
                if (editor == null) {
                    editor = ed.group("name");
                }
                p = p.substring(0, ed.start()).strip();
                if (p.isEmpty()) {
                    continue;
                }
            }
            if (isBoilerplate(p, ruleSets)) {
                continue;
            }
            if (paragraphs.isEmpty()) {
                Matcher bt = BRACKET_TITLE.matcher(p);
                if (bt.find()) {
                    String inBrackets = bt.group("title").strip();
                    if (title == null || title.isEmpty()) {
                        title = inBrackets;
                    }
                    if (sameTitle(inBrackets, title)) {
                        p = p.substring(bt.end()).strip();
                    }
                }
                Matcher dl = Dates.DATELINE.matcher(p);
                if (dl.find()) {
                    dateline = dl.group().replaceAll("^[（(]|[）)]$", "");
                    datelineAt = Dates.datelineInstant(dl, ingestTime).orElse(null);
                }
                if (p.isEmpty()) {
                    continue;
                }
            }
            paragraphs.add(p);
        }
        if ((title == null || title.isEmpty()) && !paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            title = first.length() <= TITLE_FALLBACK_CHARS ? first : first.substring(0, TITLE_FALLBACK_CHARS) + "…";
        }
        if ((title == null || title.isEmpty()) && paragraphs.isEmpty()) {
            throw new StageFailure(Stage.CLEAN, "no-body", "the post has neither a title nor any text");
        }

        Instant publishedAt;
        PublishedAtSource publishedAtSource;
        Optional<Instant> sourceDate = Dates.parseSourceDate(post.date());
        if (sourceDate.isPresent()) {
            publishedAt = sourceDate.get();
            publishedAtSource = PublishedAtSource.SOURCE;
        } else if (datelineAt != null) {
            publishedAt = datelineAt;
            publishedAtSource = PublishedAtSource.DATELINE;
        } else {
            publishedAt = ingestTime;
            publishedAtSource = PublishedAtSource.INGEST;
        }

        String text = String.join("\n", paragraphs);
        List<Image> images = blocks.images;
        ContentType contentType = contentType(text, images, video);
        String author = post.author() == null ? null : Text.normalize(Parser.unescapeEntities(post.author(), false));
        return new CleanArticle(post.url(), post.source(), post.categories(), title, emptyToNull(author), editor,
                publishedAt, publishedAtSource, dateline, language(title, text), contentType, text, paragraphs,
                images, blocks.stocks, blocks.tables, blocks.codeBlocks);
    }

    private static Document toDocument(RawPost post, String baseUri) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
        if (post.format() == BodyFormat.TEXT) {
            Document doc = Document.createShell(baseUri);
            for (String line : post.body().split("\\R")) {
                if (!line.isBlank()) {
                    doc.body().appendElement("p").text(line);
                }
            }
            return doc;
        }
        String html = post.format() == BodyFormat.MARKDOWN ? Markdown.toHtml(post.body()) : post.body();
        return Jsoup.parse(html, baseUri, parser);
    }

    /** Iterative depth measurement: {@link NodeTraversor} keeps its own position, never the call stack. */
    private static void checkDepth(Document doc) {
        int[] max = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > max[0]) {
                    max[0] = depth;
                }
                return depth >= DEPTH_LIMIT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, doc);
        if (max[0] >= DEPTH_LIMIT) {
            throw new StageFailure(Stage.CLEAN, "too-deep", "HTML nests deeper than " + DEPTH_LIMIT + " elements");
        }
    }

    private static boolean isBoilerplate(String p, List<SourceRules.RuleSet> ruleSets) {
        for (SourceRules.RuleSet rs : ruleSets) {
            for (Pattern pattern : rs.dropParagraphs()) {
                if (pattern.matcher(p).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    static String editorName(String line) {
        Matcher m = EDITOR.matcher(line);
        return m.find() ? m.group("name") : null;
    }

    private static boolean sameTitle(String a, String b) {
        return b != null && Text.normalize(a).equals(Text.normalize(b));
    }

    private static ContentType contentType(String text, List<Image> images, boolean video) {
        if (text.isEmpty()) {
            return video ? ContentType.VIDEO : images.isEmpty() ? ContentType.EMPTY : ContentType.IMAGE_ONLY;
        }
        return video && text.length() < 200 ? ContentType.VIDEO : ContentType.ARTICLE;
    }

    /** zh when Han characters are at least a quarter of the letters (a Han character carries about a word). */
    static String language(String title, String text) {
        int han = 0;
        int latin = 0;
        String all = (title == null ? "" : title) + "\n" + text;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        return han * 4 >= latin && han > 0 ? "zh" : latin > 0 ? "en" : "zh";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
