package dev.newsflow.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsflow.model.CleanArticle;
import dev.newsflow.model.Image;
import dev.newsflow.model.RawPost;
import dev.newsflow.model.StageFailure;
import dev.newsflow.parse.PostParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * Every post of the shared corpus through parse and clean, checked against rules written here independently of
 * the cleaner's own rules: no markup, no boilerplate, title and publishedAt present, the editor whenever the raw
 * post names one, and no raw text lost (every fragment of visible raw text that is not boilerplate appears in the
 * output). Skips when the corpus is absent.
 */
class CorpusCleaningTest {
    private static final Instant INGEST = Instant.parse("2026-01-01T00:00:00Z");

    /** Markup, entities, CSS rules and comment markers that must never reach the text. */
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*/?\\s*[a-zA-Z!][^>]{0,200}>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});|\\{[^}]{0,200}:[^}]{0,200}}"
                    + "|<!--|-->");

    /** Phrases that mark boilerplate: promotions, editor lines, player UI, disclaimers, page chrome. */
    private static final Pattern BOILERPLATE = Pattern.compile(String.join("|",
            "二维码.{0,12}(关注|下载|订阅)", "(扫描|扫码|长按).{0,6}二维码.{0,12}(关注|下载|订阅)", "新浪财经APP", "尽在新浪财经", "责任编辑", "每经编辑", "本文编辑", "流程编辑",
            "正文下iframe", "总声明", "appendQr", "font-size", "视频加载中", "微信搜索", "免责声明",
            "Download PDF", "^null$", "^自动播放$", "^向前 向后$", "已收录", "图片来源", "公众号【", "股民福利", "点击查看>>", "^复制代码$"));

    /** The same phrases as whole fragments to cut out of the raw text before looking for losses. */
    private static final Pattern RAW_BOILERPLATE = Pattern.compile(String.join("|",
            "[（(【\\[]?\\s*(责任编辑|责编|本文编辑|流程编辑|每经编辑)\\s*[：:]?\\s*[\\p{IsHan}A-Za-z·]{1,12}\\s*"
                    + "([A-Z]{1,4}\\d{2,6})?\\s*[）)】\\]]?",
            "海量资讯、精准解读，尽在新浪财经APP", "视频加载中，请稍候\\.*", "自动播放", "^play$", "^向前$", "^向后$",
            "免责声明[：:].*", "Download PDF", "^null$", "图片来源[：:].*", "每日经济新闻",
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?",
            "有梦想，有干货，微信搜索.*", "本文 ?GitHub.*已收录.*", "本文首发在公众号.*", "点击视频看效果",
            "Related reports in this series", "复制代码", "股民福利来了.*", "点击查看>>", "~?完，我是.*"));

    /** Whole blocks of raw text that are promotions, whatever inline tags split them. */
    private static final Pattern RAW_BOILERPLATE_BLOCK = Pattern.compile(String.join("|",
            "微信搜索.{0,30}关注", "本文 ?GitHub.{0,80}已收录", "本文首发(在|于)公众号"));

    /** How the raw post names an editor. */
    private static final Pattern RAW_EDITOR = Pattern.compile(
            "责任编辑\\s*[：:]\\s*[\\p{IsHan}A-Za-z]|每经编辑\\s*[\\p{IsHan}]|本文编辑[：:]|流程编辑\\s*[\\p{IsHan}]"
                    + "|[（(][^）)]{0,10}编辑\\s+[\\p{IsHan}]{2,4}[）)]");

    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head",
            "title", "iframe", "textarea", "select", "option", "button", "svg");

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "td", "th",
            "blockquote", "section", "article", "dd", "dt", "figcaption");

    private final PostParser parser = new PostParser(16 << 20);
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void everyCorpusPostCleansWithoutBoilerplateOrLoss() throws IOException {
        List<Path> files = Corpus.files();
        assumeTrue(!files.isEmpty(), "shared corpus not found at " + Corpus.rawDir() + ": corpus test skipped");
        List<String> problems = new ArrayList<>();
        int clean = 0;
        for (Path file : files) {
            List<String> mine = check(file);
            if (mine.isEmpty()) {
                clean++;
            } else {
                problems.add(Corpus.rawDir().relativize(file) + "\n    " + String.join("\n    ", mine));
            }
        }
        System.out.printf("corpus: %d/%d posts clean%n", clean, files.size());
        problems.forEach(System.out::println);
        assertThat(problems).as("posts with problems (%d of %d)", problems.size(), files.size()).isEmpty();
    }

    private List<String> check(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<String> problems = new ArrayList<>();
        RawPost raw;
        CleanArticle a;
        try {
            raw = parser.parse(bytes);
            a = cleaner.clean(raw, INGEST);
        } catch (StageFailure f) {
            // only a post with neither a title nor any body text may be refused
            String visible = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).text();
            boolean emptyPost = visible.replaceAll("(?s)---.*?---", "").replaceAll("[\\s\\p{Punct}]", "").isEmpty()
                    || f.reason().equals("no-body") || f.reason().equals("no-content");
            if (!emptyPost) {
                problems.add("rejected: " + f.reason() + " " + f.getMessage());
            }
            return problems;
        }
        if (a.title() == null || a.title().isBlank()) {
            problems.add("no title");
        }
        if (a.publishedAt() == null || a.publishedAtSource() == null) {
            problems.add("no publishedAt");
        }
        for (String p : a.paragraphs()) {
            if (MARKUP.matcher(p).find()) {
                problems.add("markup: " + abbreviate(p));
            }
            if (BOILERPLATE.matcher(p).find()) {
                problems.add("boilerplate: " + abbreviate(p));
            }
            if (!p.equals(p.strip()) || p.isEmpty() || p.indexOf('\u3000') >= 0 || p.indexOf('\u00a0') >= 0) {
                problems.add("untrimmed or blank paragraph: [" + abbreviate(p) + "]");
            }
        }
        for (Image i : a.images()) {
            if (!i.url().matches("https?://\\S+")) {
                problems.add("image URL not absolute: " + i.url());
            }
        }
        a.stocks().forEach(s -> {
            if (s.code() == null || s.code().isBlank() || !Set.of("SH", "SZ", "BJ", "HK", "US").contains(s.exchange())) {
                problems.add("bad stock: " + s);
            }
        });
        if (!Set.of("zh", "en").contains(a.language())) {
            problems.add("language: " + a.language());
        }
        if (!a.text().equals(String.join("\n", a.paragraphs()))) {
            problems.add("text is not the paragraphs joined by newlines");
        }
        if (RAW_EDITOR.matcher(raw.body()).find() && (a.editor() == null || a.editor().isBlank())) {
            problems.add("raw names an editor, none extracted");
        }
        String output = lettersAndDigits(outputText(a));
        for (String fragment : rawFragments(raw.body())) {
            if (!output.contains(lettersAndDigits(fragment))) {
                problems.add("lost: " + abbreviate(fragment));
            }
        }
        return problems;
    }

    /** Everything the article keeps, in any field: a caption or a table cell is not lost text. */
    private static String outputText(CleanArticle a) {
        StringBuilder sb = new StringBuilder(a.title()).append('\n').append(a.text());
        for (Image i : a.images()) {
            sb.append('\n').append(i.caption() == null ? "" : i.caption());
        }
        a.tables().forEach(t -> t.forEach(row -> row.forEach(c -> sb.append('\n').append(c))));
        a.codeBlocks().forEach(c -> sb.append('\n').append(c));
        sb.append('\n').append(a.editor() == null ? "" : a.editor());
        a.stocks().forEach(s -> sb.append('\n').append(s.name() == null ? "" : s.name()));
        return sb.toString();
    }

    /** Visible raw text nodes, boilerplate phrases cut out, as fragments worth checking (4+ letters or digits). */
    private static List<String> rawFragments(String html) {
        Document doc = Jsoup.parse(html);
        List<String> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof TextNode t)) {
                    return;
                }
                for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
                    // text in h1 is the page's headline, the title's twin, not body text
                    if (p instanceof Element e && (INVISIBLE.contains(e.normalName()) || e.normalName().equals("h1")
                            || e.attr("style").matches("(?s).*display:\\s*none.*") || isRelatedLinksBox(e))) {
                        return;
                    }
                }
                Element block = blockOf(t);
                if (block != null && RAW_BOILERPLATE_BLOCK.matcher(block.text()).find()) {
                    return;
                }
                for (String line : t.getWholeText().split("\\R")) {
                    String stripped = line.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
                    for (String piece : RAW_BOILERPLATE.split(stripped)) {
                        if (lettersAndDigits(piece).length() >= 4) {
                            out.add(piece.strip());
                        }
                    }
                }
            }
        }, doc.body());
        return out;
    }

    /** A box of links to other reports, announced by a heading such as "Related reports in this series". */
    private static boolean isRelatedLinksBox(Element e) {
        Element heading = e.previousElementSibling();
        return heading != null && heading.normalName().matches("h[2-6]")
                && heading.text().matches("(?i)related (reports|articles|posts).*");
    }

    private static Element blockOf(TextNode t) {
        for (Node p = t.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && BLOCKS.contains(e.normalName())) {
                return e;
            }
        }
        return null;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 70) + "…";
    }
}
