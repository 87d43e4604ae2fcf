package dev.newsflow.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.model.RawPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleaning rules per feed, read once from {@code /clean/rules.json} (the file documents each field): selectors
 * to remove, boilerplate paragraph patterns, where the editor, the page date and image captions are, ticker
 * patterns, and feed habits such as line breaks that mean paragraphs. A {@code default} set applies to every
 * post; a feed's set applies as well when its {@code match} pattern finds the post's source, author, a category or
 * the URL. Adding a feed means adding an entry and a fixture, not code.
 *
 * <p>Immutable after loading; thread-safe.
 */
final class SourceRules {
    /** One feed's rules (or the default set). Lists are never null; {@code match}/{@code videoTitle} may be. */
    record RuleSet(String name, Pattern match, List<String> removeSelectors, List<RulePattern> dropParagraphs,
                   List<String> editorSelectors, List<RulePattern> editorPatterns, List<String> videoSelectors,
                   RulePattern videoTitle, List<String> dateSelectors, List<String> captionSelectors,
                   List<RulePattern> captionPatterns, List<RulePattern> stockPatterns, List<StockLink> stockLinks,
                   boolean newlineBreaks, boolean keepTitleLine, List<String> contentSelectors,
                   List<String> pageChromeSelectors) {
    }

    /**
     * Elements that mark a listed security: {@code pattern} is found in attribute {@code attr} and gives groups
     * {@code code} and optionally {@code market}; the element's text is the name.
     */
    record StockLink(String selector, String attr, Pattern pattern) {
    }

    /** The rule sets that apply to one post, flattened for the cleaner. */
    record Applied(List<String> names, List<String> removeSelectors, List<RulePattern> dropParagraphs,
                   List<String> editorSelectors, List<RulePattern> editorPatterns, List<String> videoSelectors,
                   List<RulePattern> videoTitles, List<String> dateSelectors, List<String> captionSelectors,
                   List<RulePattern> captionPatterns, List<RulePattern> stockPatterns, List<StockLink> stockLinks,
                   boolean newlineBreaks, boolean keepTitleLine, List<String> contentSelectors,
                   List<String> pageChromeSelectors) {
    }

    private final RuleSet defaults;
    private final List<RuleSet> feeds;

    private SourceRules(RuleSet defaults, List<RuleSet> feeds) {
        this.defaults = defaults;
        this.feeds = List.copyOf(feeds);
    }

    /** Loads the rules on the class path; a missing or broken file is a packaging bug, so it throws. */
    static SourceRules load() {
        try (InputStream in = SourceRules.class.getResourceAsStream("/clean/rules.json")) {
            if (in == null) {
                throw new IllegalStateException("clean/rules.json is missing from the class path");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            RuleSet defaults = ruleSet("default", root.get("default"));
            List<RuleSet> feeds = new ArrayList<>();
            for (JsonNode feed : root.path("feeds")) {
                feeds.add(ruleSet(feed.path("name").asText(), feed));
            }
            return new SourceRules(defaults, feeds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read clean/rules.json", e);
        }
    }

    private static RuleSet ruleSet(String name, JsonNode node) {
        return new RuleSet(name, pattern(node.path("match")), strings(node.path("removeSelectors")),
                patterns(node.path("dropParagraphs")), strings(node.path("editorSelectors")),
                patterns(node.path("editorPatterns")), strings(node.path("videoSelectors")),
                rulePattern(node.path("videoTitle")), strings(node.path("dateSelectors")),
                strings(node.path("captionSelectors")), patterns(node.path("captionPatterns")),
                patterns(node.path("stockPatterns")), stockLinks(node.path("stockLinks")),
                node.path("newlineBreaks").asBoolean(false), node.path("keepTitleLine").asBoolean(false),
                strings(node.path("contentSelectors")), strings(node.path("pageChromeSelectors")));
    }

    private static List<StockLink> stockLinks(JsonNode array) {
        List<StockLink> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(new StockLink(n.path("selector").asText(), n.path("attr").asText(),
                    Pattern.compile(n.path("pattern").asText())));
        }
        return List.copyOf(out);
    }

    private static RulePattern rulePattern(JsonNode node) {
        String p = node.asText("");
        return p.isEmpty() ? null : RulePattern.compile(p);
    }

    private static Pattern pattern(JsonNode node) {
        String p = node.asText("");
        return p.isEmpty() ? null : Pattern.compile(p);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static List<RulePattern> patterns(JsonNode array) {
        List<RulePattern> out = new ArrayList<>();
        array.forEach(n -> out.add(RulePattern.compile(n.asText())));
        return List.copyOf(out);
    }

    /** The default set merged with every feed set that matches the post. */
    Applied forPost(RawPost post) {
        List<RuleSet> sets = new ArrayList<>();
        sets.add(defaults);
        for (RuleSet feed : feeds) {
            if (matches(feed.match(), post)) {
                sets.add(feed);
            }
        }
        List<String> names = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<RulePattern> drop = new ArrayList<>();
        List<String> editorSel = new ArrayList<>();
        List<RulePattern> editorPat = new ArrayList<>();
        List<String> video = new ArrayList<>();
        List<RulePattern> videoTitles = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> captionSel = new ArrayList<>();
        List<RulePattern> captionPat = new ArrayList<>();
        List<RulePattern> stocks = new ArrayList<>();
        List<StockLink> links = new ArrayList<>();
        boolean newlineBreaks = false;
        boolean keepTitleLine = false;
        List<String> content = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        for (RuleSet rs : sets) {
            names.add(rs.name());
            remove.addAll(rs.removeSelectors());
            drop.addAll(rs.dropParagraphs());
            editorSel.addAll(rs.editorSelectors());
            editorPat.addAll(rs.editorPatterns());
            video.addAll(rs.videoSelectors());
            if (rs.videoTitle() != null) {
                videoTitles.add(rs.videoTitle());
            }
            dates.addAll(rs.dateSelectors());
            captionSel.addAll(rs.captionSelectors());
            captionPat.addAll(rs.captionPatterns());
            stocks.addAll(rs.stockPatterns());
            links.addAll(rs.stockLinks());
            newlineBreaks |= rs.newlineBreaks();
            keepTitleLine |= rs.keepTitleLine();
            // a feed's own content selectors are more specific than the defaults: they go first
            content.addAll(rs == defaults ? content.size() : 0, rs.contentSelectors());
            chrome.addAll(rs.pageChromeSelectors());
        }
        return new Applied(List.copyOf(names), List.copyOf(remove), List.copyOf(drop), List.copyOf(editorSel),
                List.copyOf(editorPat), List.copyOf(video), List.copyOf(videoTitles), List.copyOf(dates),
                List.copyOf(captionSel), List.copyOf(captionPat), List.copyOf(stocks), List.copyOf(links),
                newlineBreaks, keepTitleLine, List.copyOf(content), List.copyOf(chrome));
    }

    private static boolean matches(Pattern p, RawPost post) {
        if (p == null) {
            return false;
        }
        if (post.source() != null && p.matcher(post.source()).find()) {
            return true;
        }
        if (post.author() != null && p.matcher(post.author()).find()) {
            return true;
        }
        for (String c : post.categories()) {
            if (p.matcher(c).find()) {
                return true;
            }
        }
        return post.url() != null && p.matcher(post.url()).find();
    }
}
