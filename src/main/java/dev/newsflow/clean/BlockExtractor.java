package dev.newsflow.clean;

import dev.newsflow.model.Image;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One iterative pass over a cleaned DOM ({@link NodeTraversor#filter}, so nesting depth cannot overflow the stack)
 * that splits the text into paragraphs at block boundaries and sets apart images, tables and code blocks.
 * Not thread-safe: one instance per article.
 */
final class BlockExtractor implements NodeFilter {
    /** Elements that end the running paragraph when they start or end. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "aside", "header",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "br",
            "hr", "figure", "figcaption", "center", "address", "details", "summary", "tr", "td", "th", "table",
            "pre", "body", "caption");

    /** alt texts that name no content: file names, emoji codes ([加油]), placeholders, numbers. */
    private static final String NOT_A_CAPTION = "(?i)(图片|图|image|img|photo|picture|\\d+|[\\[【].*[\\]】]|"
            + ".*\\.(jpe?g|png|gif|webp)|.*\\.thumb\\w*|[_\\W\\d]*\\w*_{3,}\\w*)";

    final List<String> paragraphs = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    /** Paragraph index → the image directly before it (no text between them), for captions below images. */
    private final Map<Integer, Integer> imageBeforeParagraph = new HashMap<>();
    private final Set<String> imageUrls = new HashSet<>();
    final List<List<List<String>>> tables = new ArrayList<>();
    final List<String> codeBlocks = new ArrayList<>();

    /** Attribute the cleaner sets on an image whose caption element it has read. */
    static final String CAPTION_ATTR = "data-newsflow-caption";

    private final StringBuilder current = new StringBuilder();
    private final String baseUri;
    private final boolean newlineBreaks;

    /**
     * @param baseUri       resolves relative image URLs (may be empty)
     * @param newlineBreaks whether a line break inside text starts a new paragraph (posts written without tags)
     */
    BlockExtractor(String baseUri, boolean newlineBreaks) {
        this.baseUri = baseUri;
        this.newlineBreaks = newlineBreaks;
    }

    /** The index in {@link #images} of the image directly before paragraph {@code paragraph}, or -1. */
    int imageBefore(int paragraph) {
        return imageBeforeParagraph.getOrDefault(paragraph, -1);
    }

    void run(Element root) {
        NodeTraversor.filter(this, root);
        flush();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText();
            if (newlineBreaks && text.indexOf('\n') >= 0) {
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    append(lines[i]);
                }
            } else {
                append(text);
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
        }
        String tag = el.normalName();
        switch (tag) {
            case "img" -> {
                addImage(el);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "table" -> {
                flush();
                addTable(el);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "pre" -> {
                flush();
                String code = Text.trimLines(el.wholeText());
                if (isProse(code)) {
                    // some pages wrap a whole article in <pre>: its lines are paragraphs, not code
                    for (String line : code.split("\n")) {
                        append(line);
                        flush();
                    }
                } else if (!code.isBlank()) {
                    codeBlocks.add(code);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            default -> {
                // inline or block: handled below
            }
        }
        if (BLOCKS.contains(tag)) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
            flush();
        }
        return FilterResult.CONTINUE;
    }

    private void append(String text) {
        current.append(text);
    }

    private void flush() {
        String p = Text.normalize(current);
        current.setLength(0);
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }

    private void addImage(Element img) {
        String src = firstAttr(img, "src", "data-src", "data-original", "data-actualsrc");
        if (src == null || src.startsWith("data:") || isEmoji(img)) {
            return;
        }
        String url = absolute(img, src);
        if (url == null) {
            return; // a relative URL without a base cannot be fetched by anyone downstream
        }
        String caption = firstAttr(img, CAPTION_ATTR, "alt", "title");
        if (caption != null) {
            caption = Text.stripMarkup(Text.normalize(caption));
            if (caption.isEmpty() || caption.matches(NOT_A_CAPTION)) {
                caption = null;
            }
        }
        if (!imageUrls.add(url)) {
            return;
        }
        images.add(new Image(url, caption));
        if (Text.normalize(current).isEmpty()) {
            imageBeforeParagraph.put(paragraphs.size(), images.size() - 1);
        }
    }

    /** Emoji and icons: an alt such as [加油], or a declared size of at most 32 pixels. */
    private static boolean isEmoji(Element img) {
        String alt = firstAttr(img, "alt", "title");
        if (alt != null && alt.matches("^\\[[^\\]]{1,8}]$")) {
            return true;
        }
        return small(img.attr("height")) || small(img.attr("width"));
    }

    private static boolean small(String size) {
        return size.matches("\\d{1,2}(px)?") && Integer.parseInt(size.replace("px", "")) <= 32;
    }

    /** The image URL made absolute, or null when it is relative and there is no base to resolve it against. */
    private String absolute(Element img, String src) {
        if (src.startsWith("//")) {
            return "https:" + src;
        }
        if (src.matches("(?i)^https?://.*")) {
            return src;
        }
        if (baseUri == null || baseUri.isEmpty()) {
            return null;
        }
        String attr = img.hasAttr("src") ? "src" : img.hasAttr("data-src") ? "data-src" : "data-original";
        String abs = img.absUrl(attr);
        return abs.isEmpty() ? null : abs;
    }

    private void addTable(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            List<String> cells = new ArrayList<>();
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(Text.stripMarkup(Text.normalize(cell.text())));
                }
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
            }
        }
        for (Element img : table.select("img")) {
            addImage(img);
        }
        if (!rows.isEmpty()) {
            tables.add(rows);
        }
    }

    /** Mostly Han characters and little code punctuation: prose in a {@code <pre>}, not code. */
    static boolean isProse(String block) {
        int han = 0;
        int other = 0;
        int code = 0;
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (Text.isHan(c)) {
                han++;
            } else if (c == '{' || c == '}' || c == ';' || c == '=' || c == '(' || c == ')') {
                code++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        return han > 0 && han >= other && code * 20 < han;
    }

    private static String firstAttr(Element el, String... names) {
        for (String n : names) {
            String v = el.attr(n);
            if (!v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
