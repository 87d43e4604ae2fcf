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
 * Cleaning rules per feed, read once from {@code /clean/rules.json}: what to remove (CSS selectors), which
 * paragraphs are boilerplate (regular expressions), where the editor is named, and flags for feed habits such as
 * the 财联社 【title】 prefix. A {@code default} rule set applies to every post; a feed's set applies when its
 * {@code match} pattern finds the post's source, author or a category. Adding a feed means adding an entry there
 * and a fixture, not code. Immutable after loading; thread-safe.
 */
final class SourceRules {
    /** One feed's rules (or the default set). */
    record RuleSet(String name, Pattern match, List<String> removeSelectors, List<Pattern> dropParagraphs,
                   List<Pattern> cutAfter, List<String> editorSelectors, List<String> videoSelectors) {
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
        String match = node.path("match").asText("");
        return new RuleSet(name, match.isEmpty() ? null : Pattern.compile(match),
                strings(node.path("removeSelectors")), patterns(node.path("dropParagraphs")),
                patterns(node.path("cutAfter")), strings(node.path("editorSelectors")),
                strings(node.path("videoSelectors")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<Pattern> patterns(JsonNode array) {
        List<Pattern> out = new ArrayList<>();
        array.forEach(n -> out.add(Pattern.compile(n.asText())));
        return out;
    }

    /** The default set first, then every feed set that matches the post. */
    List<RuleSet> forPost(RawPost post) {
        List<RuleSet> out = new ArrayList<>();
        out.add(defaults);
        for (RuleSet feed : feeds) {
            if (matches(feed.match(), post)) {
                out.add(feed);
            }
        }
        return out;
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
