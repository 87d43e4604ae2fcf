package dev.newsflow.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tolerant, line-based reader for Hexo front matter. Real feeds write front matter that is not valid YAML
 * (unescaped quotes inside quoted titles, {@code @} at the start of a value, runs of quote characters), so this
 * reads only what the feeds use: {@code key: value} lines and indented {@code - item} lists, with single-quoted
 * ({@code ''} escape) and double-quoted values. Unknown shapes are kept verbatim and noted as warnings.
 * Stateless; the static methods are thread-safe.
 */
final class FrontMatter {
    /** Warnings beyond this are dropped: a pathological header must not grow the record. */
    static final int MAX_WARNINGS = 20;

    final Map<String, String> scalars = new LinkedHashMap<>();
    final Map<String, List<String>> lists = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();

    private FrontMatter() {
    }

    /** Reads the lines between the two {@code ---} fences. */
    static FrontMatter read(List<String> lines) {
        FrontMatter fm = new FrontMatter();
        String currentKey = null;
        String joiner = " ";
        for (String raw : lines) {
            String line = stripTrailing(raw);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String stripped = line.stripLeading();
            boolean indented = stripped.length() != line.length();
            if (stripped.startsWith("- ") || stripped.equals("-")) {
                if (currentKey == null) {
                    fm.warn("list item without a key: " + abbreviate(stripped));
                    continue;
                }
                String item = unquote(stripped.substring(1).strip());
                if (!item.isEmpty()) {
                    fm.lists.computeIfAbsent(currentKey, k -> new ArrayList<>()).add(item);
                }
                continue;
            }
            int colon = keyColon(stripped);
            if (colon < 0 || indented) {
                // a continuation of the previous scalar (folded long value) or noise
                if (currentKey != null && fm.scalars.containsKey(currentKey) && !fm.lists.containsKey(currentKey)) {
                    String prev = fm.scalars.get(currentKey);
                    fm.scalars.put(currentKey, prev.isEmpty() ? unquote(stripped) : prev + joiner + stripped);
                } else {
                    fm.warn("unreadable front matter line: " + abbreviate(stripped));
                }
                continue;
            }
            currentKey = stripped.substring(0, colon).strip();
            String value = stripped.substring(colon + 1).strip();
            if (value.startsWith("[") && value.endsWith("]")) {
                List<String> items = new ArrayList<>();
                for (String part : value.substring(1, value.length() - 1).split(",")) {
                    String item = unquote(part.strip());
                    if (!item.isEmpty()) {
                        items.add(item);
                    }
                }
                fm.lists.put(currentKey, items);
            } else if (value.matches("[>|][-+]?")) {
                // a YAML block scalar: the indented lines below are the value ('|' keeps line breaks)
                fm.scalars.put(currentKey, "");
                joiner = value.startsWith("|") ? "\n" : " ";
                continue;
            } else {
                fm.scalars.put(currentKey, unquote(value));
            }
            joiner = " ";
        }
        return fm;
    }

    /** The colon that ends a key: the first {@code ':'} followed by a space or the end, after a plain key. */
    private static int keyColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':') {
                boolean ends = i + 1 == line.length() || line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t';
                return ends && i > 0 ? i : -1;
            }
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Removes YAML-ish quoting. Single quotes use {@code ''} for a quote; double quotes may be stacked by broken
     * scrapers ({@code """"'x'""""}), so matching layers are peeled until the value is no longer wrapped.
     */
    static String unquote(String value) {
        String v = value;
        for (int guard = 0; guard < 64 && v.length() >= 2; guard++) {
            char first = v.charAt(0);
            char last = v.charAt(v.length() - 1);
            if (first == '\'' && last == '\'') {
                return v.substring(1, v.length() - 1).replace("''", "'");
            }
            if (first == '"' && last == '"') {
                v = unescapeDouble(v.substring(1, v.length() - 1));
                continue;
            }
            break;
        }
        return v;
    }

    private static String unescapeDouble(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder sb = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                switch (n) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case '"', '\\', '/' -> sb.append(n);
                    default -> sb.append('\\').append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void warn(String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(message);
        }
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
