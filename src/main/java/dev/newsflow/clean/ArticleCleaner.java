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
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a {@link RawPost} into a {@link CleanArticle}: the main text as paragraphs without page chrome,
 * promotions, editor lines, CSS or comments; title, editor, dateline, publication time, images with captions,
 * stocks, tables and code blocks set apart. Per-feed rules come from {@code /clean/rules.json} (see
 * {@link SourceRules}); this class holds only what every feed shares.
 *
 * <p>{@code publishedAt} is the source date when it parses (RFC 1123, ISO-8601, zone-less = Asia/Shanghai), else
 * the page's own time found in the body, else the dateline in the text (财联社7月22日电, the year taken from the
 * ingest time), else the ingest time; {@code publishedAtSource} says which (the page time counts as SOURCE).
 *
 * <p>Failures ({@code StageFailure} with stage CLEAN): {@code no-body} when there is neither a title nor any text,
 * {@code too-deep} when the HTML nests {@value #DEPTH_LIMIT} elements or deeper (jsoup flattens beyond its cap of
 * {@value #MAX_DEPTH}, so such input is refused rather than silently mangled).
 *
 * <p>The rules are loaded once by the constructor and never change; every call works on its own document: one
 * instance may be shared by any number of threads.
 */
public final class ArticleCleaner {
    /** jsoup's tree-builder depth cap, set explicitly so a library default change cannot surprise us. */
    static final int MAX_DEPTH = 512;
    /** A document this deep has hit the cap (html and body sit above the first body element). */
    static final int DEPTH_LIMIT = MAX_DEPTH - 8;
    private static final int TITLE_FALLBACK_CHARS = 64;
    private static final int MAX_CAPTION_CHARS = 80;
    private static final int SHORT_VIDEO_TEXT = 300;
    /** How many leading paragraphs may hold the dateline. */
    private static final int DATELINE_PARAGRAPHS = 3;
    /** Boilerplate is a short paragraph; a long one that mentions an app is content, and is not scanned. */
    private static final int MAX_BOILERPLATE_CHARS = 300;
    /** An editor line ends a paragraph; only this many trailing characters are searched for one. */
    private static final int EDITOR_TAIL_CHARS = 160;

    private static final Pattern BRACKET_TITLE = Pattern.compile("^【(?<title>[^】]{1,200})】");
    /** 财联社（上海，编辑 潇湘）讯 and 财联社7月4日讯（编辑 潇湘）: an editor named inside the dateline. */
    private static final Pattern DATELINE_EDITOR = Pattern.compile(
            "^.{0,24}[（(][^）)]{0,16}?编辑\\s*(?<name>[\\u3400-\\u9fff·]{2,5})[）)]");
    /** Datelines without a date: 财联社（深圳，记者 X）讯, 中证网讯, 证券时报e公司讯. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(?:财联社|中证网|证券时报网|证券时报e公司|新华社|中新社|中新网|人民网|上证报中国证券网|央视网)"
                    + "(?:[（(][^）)]{1,30}[）)])?(?:电|讯)");
    private static final Pattern BLOCK_TAGS = Pattern.compile("p|br|li|h[1-6]|tr|pre|blockquote|section|article");

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
     * @return the clean article; its text never contains markup
     * @throws StageFailure with stage CLEAN when the post has no content or is absurdly nested
     */
    public CleanArticle clean(RawPost post, Instant ingestTime) {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(ingestTime, "ingestTime");
        SourceRules.Applied r = rules.forPost(post);
        String baseUri = post.url() == null ? "" : post.url();
        Document doc = toDocument(post, baseUri);
        checkDepth(doc);
        Element body = PageContent.isFullPage(post) ? PageContent.contentRoot(doc, r) : doc.body();

        // Each rule list is one comma-joined query: one traversal of the document per list, not per selector.
        String editor = null;
        for (Element e : select(body, r.editorSelectors())) {
            if (editor == null) {
                editor = editorIn(Text.normalize(e.text()), r.editorPatterns()).name();
            }
            e.remove();
        }
        Instant pageDate = null;
        for (Element e : select(body, r.dateSelectors())) {
            if (pageDate == null) {
                pageDate = Dates.parseSourceDate(Text.normalize(e.text())).orElse(null);
            }
            e.remove();
        }
        Elements players = select(body, r.videoSelectors());
        boolean video = !players.isEmpty();
        players.remove();
        Tickers stocks = new Tickers();
        stocks.fromLinks(body, r.stockLinks());
        for (Element caption : select(body, r.captionSelectors())) {
            attachCaption(caption);
        }
        // sibling selectors (h2 + div) must see their anchor, so removal is one pass over a collected list
        select(body, r.removeSelectors()).remove();

        boolean newlineBreaks = r.newlineBreaks() || !hasBlockElements(body);
        BlockExtractor blocks = new BlockExtractor(baseUri, newlineBreaks);
        blocks.run(body);
        List<Image> images = new ArrayList<>(blocks.images);

        String title = post.title() == null ? ""
                : Text.stripMarkup(Text.normalize(Parser.unescapeEntities(post.title(), false)));
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.paragraphs.size(); i++) {
            String p = Text.stripMarkup(blocks.paragraphs.get(i));
            if (p.isEmpty()) {
                continue;
            }
            EditorMatch ed = editorIn(p, r.editorPatterns());
            if (ed.name() != null) {
                if (editor == null) {
                    editor = ed.name();
                }
                p = ed.rest();
                if (p.isEmpty()) {
                    continue;
                }
            }
            if (p.length() <= MAX_BOILERPLATE_CHARS && matchesAny(p, r.dropParagraphs())) {
                continue;
            }
            int image = blocks.imageBefore(i);
            if (image >= 0 && images.get(image).caption() == null && p.length() <= MAX_CAPTION_CHARS
                    && matchesAny(p, r.captionPatterns())) {
                images.set(image, new Image(images.get(image).url(), p.replaceAll("^[（(](.*)[）)]$", "$1")));
                continue;
            }
            paragraphs.add(p);
        }

        // The body often repeats the title as a heading; keep it only when it is the whole text.
        if (!r.keepTitleLine() && paragraphs.size() > 1 && Titles.sameTitle(paragraphs.get(0), title)) {
            paragraphs.remove(0);
        }
        String dateline = null;
        Instant datelineAt = null;
        if (!paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            Matcher bt = BRACKET_TITLE.matcher(first);
            if (bt.find()) {
                String inBrackets = bt.group("title").strip();
                if (title.isEmpty() || Titles.similarTitle(inBrackets, title)) {
                    title = inBrackets;
                    first = first.substring(bt.end()).strip();
                }
            }
            if (first.isEmpty()) {
                paragraphs.remove(0);
            } else {
                paragraphs.set(0, first);
            }
        }
        // The dateline opens the story, which may sit below a 原标题 or 来源 line: look at the first few paragraphs.
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()) && dateline == null; i++) {
            // a 【headline】 that differs from the title stays in the text, but the dateline follows it
            String p = BRACKET_TITLE.matcher(paragraphs.get(i)).replaceFirst("").strip();
            Matcher dl = Dates.DATELINE.matcher(p);
            Matcher agency = AGENCY_DATELINE.matcher(p);
            if (dl.find()) {
                dateline = stripBrackets(dl.group());
                datelineAt = Dates.datelineInstant(dl, ingestTime).orElse(null);
            } else if (agency.find()) {
                dateline = agency.group();
            }
            Matcher de = DATELINE_EDITOR.matcher(p);
            if (dateline != null && editor == null && de.find()) {
                editor = de.group("name");
            }
        }
        if (title.isEmpty() && !paragraphs.isEmpty()) {
            String first = paragraphs.get(0);
            title = first.length() <= TITLE_FALLBACK_CHARS ? first : first.substring(0, TITLE_FALLBACK_CHARS) + "…";
        }
        if (title.isEmpty() && paragraphs.isEmpty()) {
            throw new StageFailure(Stage.CLEAN, "no-body", "the post has neither a title nor any text");
        }

        Instant publishedAt;
        PublishedAtSource publishedAtSource;
        Optional<Instant> sourceDate = Dates.parseSourceDate(post.date());
        if (sourceDate.isPresent() || pageDate != null) {
            publishedAt = sourceDate.orElse(pageDate);
            publishedAtSource = PublishedAtSource.SOURCE;
        } else if (datelineAt != null) {
            publishedAt = datelineAt;
            publishedAtSource = PublishedAtSource.DATELINE;
        } else {
            publishedAt = ingestTime;
            publishedAtSource = PublishedAtSource.INGEST;
        }

        for (String p : paragraphs) {
            stocks.fromText(p, r.stockPatterns());
        }
        stocks.fromText(title, r.stockPatterns());

        // an alt text that repeats the article title (IT之家 does this) describes nothing
        for (int i = 0; i < images.size(); i++) {
            Image im = images.get(i);
            if (im.caption() != null && Titles.sameTitle(im.caption(), title)) {
                images.set(i, new Image(im.url(), null));
            }
        }
        String text = String.join("\n", paragraphs);
        boolean videoTitle = matchesAny(title, r.videoTitles());
        ContentType contentType = contentType(text, images, video, videoTitle);
        String author = post.author() == null ? null
                : Text.stripMarkup(Text.normalize(Parser.unescapeEntities(post.author(), false)));
        return new CleanArticle(post.url(), post.source(), post.categories(), title, emptyToNull(author), editor,
                publishedAt, publishedAtSource, dateline, Text.language(title, text), contentType, text, paragraphs,
                images, stocks.list(), blocks.tables, blocks.codeBlocks);
    }

    private static Document toDocument(RawPost post, String baseUri) {
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
        return Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    }

    static Elements select(Element root, List<String> selectors) {
        return selectors.isEmpty() ? new Elements() : root.select(String.join(", ", selectors));
    }

    /** Iterative depth measurement: {@link NodeTraversor} keeps its own position, never the call stack. */
    private static void checkDepth(Document doc) {
        int[] max = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                max[0] = Math.max(max[0], depth);
                return depth >= DEPTH_LIMIT ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, doc);
        if (max[0] >= DEPTH_LIMIT) {
            throw new StageFailure(Stage.CLEAN, "too-deep", "HTML nests " + DEPTH_LIMIT + " elements deep or more");
        }
    }

    /** Posts written as bare text with line breaks have no block elements below the wrapper. */
    private static boolean hasBlockElements(Element body) {
        for (Element e : body.getAllElements()) {
            if (BLOCK_TAGS.matcher(e.normalName()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Moves a caption element's text onto its image: the nearest image before it among its siblings (the image
     * itself or one inside a link or wrapper), else the first image of its parent. Then the caption element goes.
     */
    private static void attachCaption(Element caption) {
        String text = Text.normalize(caption.text());
        Element img = null;
        for (Element sib = caption.previousElementSibling(); sib != null && img == null;
                sib = sib.previousElementSibling()) {
            img = sib.normalName().equals("img") ? sib : sib.selectFirst("img");
        }
        if (img == null && caption.parent() != null) {
            img = caption.parent().selectFirst("img");
        }
        if (img != null && !text.isEmpty() && !img.hasAttr(BlockExtractor.CAPTION_ATTR)) {
            img.attr(BlockExtractor.CAPTION_ATTR, text);
        }
        caption.remove();
    }

    private record EditorMatch(String name, String rest) {
    }

    private static EditorMatch editorIn(String p, List<RulePattern> patterns) {
        int from = Math.max(0, p.length() - EDITOR_TAIL_CHARS);
        for (RulePattern pattern : patterns) {
            if (!pattern.mayMatch(p, from)) {
                continue;
            }
            Matcher m = pattern.matcher(p).region(from, p.length()).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            if (m.find()) {
                String name = m.group("name").strip();
                if (!name.isEmpty()) {
                    return new EditorMatch(name, p.substring(0, m.start()).strip());
                }
            }
        }
        return new EditorMatch(null, p);
    }

    private static boolean matchesAny(String p, List<RulePattern> patterns) {
        for (RulePattern pattern : patterns) {
            if (pattern.find(p)) {
                return true;
            }
        }
        return false;
    }

    private static String stripBrackets(String s) {
        return s.replaceAll("^[（(]|[）)]$", "");
    }

    private static ContentType contentType(String text, List<Image> images, boolean video, boolean videoTitle) {
        if (text.isEmpty()) {
            return video ? ContentType.VIDEO : images.isEmpty() ? ContentType.EMPTY : ContentType.IMAGE_ONLY;
        }
        return video && (videoTitle || text.length() < SHORT_VIDEO_TEXT) ? ContentType.VIDEO : ContentType.ARTICLE;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
