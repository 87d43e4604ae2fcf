package dev.newsflow.clean;

/** Whitespace handling shared by the cleaner. Stateless and thread-safe. */
final class Text {
    private Text() {
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
}
