package dev.newsflow.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Just enough markdown to HTML for Hexo bodies, so that markdown posts go through the same jsoup path as HTML ones:
 * fenced code blocks become {@code <pre>}, pipe tables become {@code <table>}, blank-line separated blocks become
 * paragraphs, headings, list markers, quotes, emphasis and code spans lose their markers, {@code ![alt](src)}
 * becomes an image and {@code [text](url)} its text. Inline HTML passes through to jsoup. Stateless and thread-safe.
 */
final class Markdown {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]+)[^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern RULE = Pattern.compile("^([-*_])(\\s*\\1){2,}$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");

    private Markdown() {
    }

    static String toHtml(String md) {
        StringBuilder out = new StringBuilder(md.length() + 64);
        StringBuilder para = new StringBuilder();
        List<String> tableRows = new ArrayList<>();
        boolean inCode = false;
        for (String line : md.split("\\R", -1)) {
            String t = line.strip();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                closePara(out, para);
                closeTable(out, tableRows);
                out.append(inCode ? "</pre>\n" : "<pre>");
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                out.append(Entities.escape(line)).append('\n');
                continue;
            }
            if (t.startsWith("|") && t.indexOf('|', 1) > 0) {
                closePara(out, para);
                if (!TABLE_SEPARATOR.matcher(t).matches()) {
                    tableRows.add(t);
                }
                continue;
            }
            closeTable(out, tableRows);
            if (t.isEmpty() || RULE.matcher(t).matches()) {
                closePara(out, para);
                continue;
            }
            boolean block = t.startsWith("#") || t.matches("^([-*+]|\\d+\\.)\\s+.*");
            String content = inline(t.replaceFirst("^#{1,6}\\s+", "").replaceFirst("^([-*+]|\\d+\\.)\\s+", "")
                    .replaceFirst("^>\\s?", ""));
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
        closeTable(out, tableRows);
        return out.toString();
    }

    private static String inline(String s) {
        String r = IMAGE.matcher(s).replaceAll("<img src=\"$2\" alt=\"$1\">");
        r = LINK.matcher(r).replaceAll("$1");
        r = CODE_SPAN.matcher(r).replaceAll("$1");
        r = STRONG.matcher(r).replaceAll("$2");
        return EM.matcher(r).replaceAll("$1");
    }

    private static void closePara(StringBuilder out, StringBuilder para) {
        if (para.length() > 0) {
            out.append("<p>").append(para).append("</p>\n");
            para.setLength(0);
        }
    }

    private static void closeTable(StringBuilder out, List<String> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.append("<table>");
        for (String row : rows) {
            String inner = row.replaceAll("^\\|", "").replaceAll("\\|$", "");
            out.append("<tr>");
            for (String cell : inner.split("\\|", -1)) {
                out.append("<td>").append(inline(cell.strip())).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</table>\n");
        rows.clear();
    }
}
