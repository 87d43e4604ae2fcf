package dev.newsflow.enrich.kb;

import java.util.List;
import java.util.Objects;

/**
 * One match of {@link KnowledgeBase#scan(String)}: the entry found at {@code [start, end)} of the text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param entry the organisation or place
 * @param parts known places inside an organisation the scanner derived (上海 in 人民银行上海总部, 郑州市 in
 *              郑州市政府), so that an organisation never swallows a place; empty for every other match
 */
public record KbMatch(int start, int end, KbEntry entry, List<KbMatch> parts) {

    public KbMatch {
        Objects.requireNonNull(entry, "entry");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        parts = List.copyOf(parts);
    }

    /** A match without parts. */
    public KbMatch(int start, int end, KbEntry entry) {
        this(start, end, entry, List.of());
    }

    /** The matched surface form. */
    public String surface(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
