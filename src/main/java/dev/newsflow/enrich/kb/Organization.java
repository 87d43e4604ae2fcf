package dev.newsflow.enrich.kb;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An organisation of the knowledge base, or a sub-unit the scanner derived from one (人民银行上海总部).
 *
 * @param id      stable id ({@code org:pboc}); a derived sub-unit has its parent's id, a slash and the words
 *                after the parent's name ({@code org:pboc/上海总部})
 * @param name    canonical name (中国人民银行)
 * @param kind    government, company or organization
 * @param parent  id of the parent organisation, or {@code null}
 * @param aliases every other name that resolves to this organisation, canonical name excluded
 */
public record Organization(String id, String name, Kind kind, String parent, List<String> aliases)
        implements KbEntry {

    /** What sort of body an organisation is; {@link #label()} is the lower-case word used in files and JSON. */
    public enum Kind {
        GOVERNMENT, COMPANY, ORGANIZATION;

        /** The lower-case label: government, company or organization. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a label as written in {@code organizations.tsv}; throws on anything else. */
        public static Kind parse(String label) {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }

    /** True when this organisation is a sub-unit or subsidiary of another. */
    public boolean isSubUnit() {
        return parent != null;
    }
}
