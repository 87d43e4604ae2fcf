package dev.newsflow.clean;

import org.jsoup.nodes.Entities;

/**
 * Just enough markdown to HTML for Hexo bodies: fenced code blocks become {@code <pre>}, blank-line separated
 * blocks become paragraphs, {@code # headings} and list markers lose their markers, {@code ![alt](src)} becomes an
 * image and {@code [text](url)} its text. Inline HTML passes through to jsoup. Stateless and thread-safe.
 */
final class Markdown {
    private Markdown() {
    }

    static String toHtml(String md) {
        StringBuilder out = new StringBuilder(md.length() + 64);
        StringBuilder para = new StringBuilder();
        boolean inCode = false;
        for (String line : md.split("\\R", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                if (!inCode) {
                    closePara(out, para);
                    out.append("<pre>");
                } else {
                    out.append("</pre>\n");
                }
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                out.append(Entities.escape(line)).append('\n');
                continue;
            }
            if (t.isEmpty()) {
                closePara(out, para);
                continue;
            }
            String content = t.replaceFirst("^#{1,6}\\s+", "").replaceFirst("^([-*+]|\\d+\\.)\\s+", "")
                    .replaceFirst("^>\\s?", "");
            boolean block = t.startsWith("#") || t.matches("^([-*+]|\\d+\\.)\\s+.*");
            content = content.replaceAll("!\\[([^\\]]*)]\\(([^)\\s]+)[^)]*\\)", "<img src=\"$2\" alt=\"$1\">")
                    .replaceAll("\\[([^\\]]*)]\\(([^)\\s]+)[^)]*\\)", "$1");
            if (block) {
                closePara(out, para);
                out.append("<p>").append(content).append("</p>\n");
            } else {
                para.append(para.length() > 0 ? " " : "").append(content);
            }
        }
        if (inCode) {
            out.append("</pre>\n");
        }
        closePara(out, para);
        return out.toString();
    }

    private static void closePara(StringBuilder out, StringBuilder para) {
        if (para.length() > 0) {
            out.append("<p>").append(para).append("</p>\n");
            para.setLength(0);
        }
    }
}
