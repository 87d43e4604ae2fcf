package dev.newsflow.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text handling shared by the cleaner: whitespace, markup written as text, language. Stateless and thread-safe. */
final class Text {
    /**
     * Markup written as text: escaped tags in the source ({@code &lt;script&gt;}) decode to real-looking tags, and
     * plain-text bodies may carry raw ones. Comments, CDATA markers and anything shaped like a tag go: a letter or
     * {@code !} after {@code <} (spaces allowed, as in {@code < /div>}) up to the next {@code >}.
     */
    private static final Pattern MARKUP = Pattern.compile(
            "<!--.{0,2000}?(-->|$)|-->|<!\\[CDATA\\[|]]>|<\\s*/?\\s*[A-Za-z!][^<>]{0,2000}>");
    private static final Pattern TAG_OPEN = Pattern.compile("<(?=\\s?[A-Za-z!/?\"'])");

    private static final int MAX_STRIP_ROUNDS = 4;

    private Text() {
    }

    /**
     * The text without anything shaped like markup, whitespace normalised again where a tag was cut out. Cutting
     * can join pieces into new markup ({@code <<![CDATA[/div>}), so it repeats a few rounds; then any {@code <}
     * still followed by a letter, {@code /}, {@code !}, {@code ?} or a quote (a broken or oversized tag) becomes a
     * full-width {@code ＜}, which no reader takes for a tag. Linear in the length: tag bodies are bounded.
     */
    static String stripMarkup(String s) {
        if (s.indexOf('<') < 0 && s.indexOf(']') < 0 && !s.contains("-->")) {
            return s;
        }
        String current = s;
        for (int round = 0; round < MAX_STRIP_ROUNDS; round++) {
            Matcher m = MARKUP.matcher(current);
            if (!m.find()) {
                break;
            }
            current = m.replaceAll("");
        }
        current = TAG_OPEN.matcher(current).replaceAll("＜");
        return current.equals(s) ? s : normalize(current);
    }

    /**
     * Collapses runs of whitespace (including no-break space U+00A0, ideographic space U+3000 and zero-width
     * characters) to one space and trims the ends, so full-width indentation disappears.
     */
    static String normalize(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00a0' || c == '\u3000') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Code keeps its indentation: only trailing spaces of lines and blank lines at both ends go. */
    static String trimLines(String code) {
        String[] lines = code.replace("\u00a0", " ").split("\r?\n", -1);
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            sb.append(line.stripTrailing()).append('\n');
        }
        return sb.toString().replaceAll("^\\n+", "").stripTrailing();
    }

    /** zh when Han characters are at least a quarter of the letters (a Han character carries about a word). */
    static String language(String title, String text) {
        int han = 0;
        int latin = 0;
        String all = (title == null ? "" : title) + "\n" + text;
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (isHan(c)) {
                han++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        return han > 0 && han * 4 >= latin ? "zh" : latin > 0 ? "en" : "zh";
    }

    /** CJK unified ideographs, extension A and compatibility ideographs: a range check, no table look-up. */
    static boolean isHan(char c) {
        return (c >= '\u3400' && c <= '\u9fff') || (c >= '\uf900' && c <= '\ufaff');
    }
}
