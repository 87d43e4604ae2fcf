package dev.newsflow.clean;

import dev.newsflow.model.BodyFormat;
import dev.newsflow.model.RawPost;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the article on a bare HTML page, where the body also carries navigation, sidebars and footers. */
final class PageContent {
    private static final Pattern FULL_PAGE = Pattern.compile("(?i)^\\s*(<!doctype|<html|<head)");
    private static final int MIN_CONTENT_CHARS = 50;

    /** A bare HTML page rather than an article fragment: its body carries page chrome around the article. */
    static boolean isFullPage(RawPost post) {
        return post.format() == BodyFormat.HTML && FULL_PAGE.matcher(post.body()).lookingAt();
    }

    /**
     * The element holding the article on a full page: the first {@code contentSelectors} match with some text;
     * else the element with the most paragraph text directly inside it; else the body. Page chrome around it
     * ({@code pageChromeSelectors}) is removed first.
     */
    static Element contentRoot(Document doc, SourceRules.Applied r) {
        Element body = doc.body();
        ArticleCleaner.select(body, r.pageChromeSelectors()).remove();
        for (String sel : r.contentSelectors()) {
            for (Element candidate : body.select(sel)) {
                if (candidate.text().length() >= MIN_CONTENT_CHARS) {
                    return candidate;
                }
            }
        }
        Element best = body;
        int bestChars = 0;
        Map<Element, Integer> paragraphChars = new HashMap<>();
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                paragraphChars.merge(parent, p.text().length(), Integer::sum);
            }
        }
        for (Map.Entry<Element, Integer> e : paragraphChars.entrySet()) {
            if (e.getValue() > bestChars) {
                best = e.getKey();
                bestChars = e.getValue();
            }
        }
        return bestChars >= MIN_CONTENT_CHARS ? best : body;
    }


    private PageContent() {
    }
}
