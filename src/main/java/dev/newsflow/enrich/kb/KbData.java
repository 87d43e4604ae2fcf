package dev.newsflow.enrich.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's rows while files are read: the bundled files first, then user files that add rows or
 * amend them. Not thread-safe; {@link KnowledgeBase} builds its immutable indexes from it and drops it.
 */
final class KbData {

    /** The file formats, each with the file-name word that selects it. */
    enum Format {
        ORGANIZATIONS("organization"), PLACES("place"), STOPWORDS("stopword"), ABBREVIATIONS("abbreviation"),
        SUBUNITS("subunit"), NONENTITIES("nonentit"), STANDALONE("standalone"),
        GUARDS("guard"), BODIES("bodies");

        private final String nameWord;

        Format(String nameWord) {
            this.nameWord = nameWord;
        }

        /**
         * The format a file declares in a leading comment {@code # kb-format: places}, else the one its file
         * name suggests (my-organizations.tsv, extra_places.tsv, stopwords-local.txt).
         */
        static Format detect(String fileName, List<String> lines) {
            for (String line : lines) {
                String t = line.strip();
                if (!t.startsWith("#")) {
                    break;
                }
                int at = t.indexOf("kb-format:");
                if (at >= 0) {
                    String word = t.substring(at + "kb-format:".length()).strip().toLowerCase(Locale.ROOT);
                    for (Format f : values()) {
                        if (word.startsWith(f.nameWord) || f.name().equalsIgnoreCase(word)) {
                            return f;
                        }
                    }
                    throw new IllegalArgumentException(fileName + ": unknown kb-format '" + word + "'");
                }
            }
            String lower = fileName.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
            for (Format f : values()) {
                if (lower.contains(f.nameWord)) {
                    return f;
                }
            }
            if (lower.contains("org")) {
                return ORGANIZATIONS;
            }
            if (lower.contains("stop")) {
                return STOPWORDS;
            }
            throw new IllegalArgumentException(fileName + ": cannot tell the knowledge-base format; name the file"
                    + " after it (organizations, places, stopwords, abbreviations, subunits, nonentities,"
                    + " county-standalone, left-guards, local-bodies) or"
                    + " start it with '# kb-format: <format>'");
        }
    }

    /** An organisation line, mutable while files are merged. */
    static final class OrgRow {
        final String id;
        String kind;
        String name;
        String parent;
        final Set<String> aliases = new LinkedHashSet<>();

        OrgRow(String id) {
            this.id = id;
        }
    }

    /** A place line, mutable while files are merged. */
    static final class PlaceRow {
        final String id;
        String level;
        String name;
        String code;
        String province;
        final Set<String> aliases = new LinkedHashSet<>();
        /** Order of first appearance: the tie-break among places of one name. */
        final int order;

        PlaceRow(String id, int order) {
            this.id = id;
            this.order = order;
        }
    }

    final Map<String, OrgRow> orgs = new LinkedHashMap<>();
    final Map<String, PlaceRow> places = new LinkedHashMap<>();
    final Set<String> stopWords = new HashSet<>();
    /** Abbreviation char → GB/T code. */
    final Map<Character, String> abbreviations = new LinkedHashMap<>();
    /** One-character names of countries the recogniser may tag in context (美 → US), by char. */
    final Map<Character, String> countryAbbreviations = new LinkedHashMap<>();
    /** Combination of abbreviations → one code per char. */
    final Map<String, List<String>> combos = new LinkedHashMap<>();
    final StringBuilder before = new StringBuilder();
    final StringBuilder after = new StringBuilder();
    final Set<String> never = new HashSet<>();
    final Set<String> subunitSuffixes = new LinkedHashSet<>();
    final Set<String> legalSuffixes = new LinkedHashSet<>();
    final Set<String> nonEntities = new LinkedHashSet<>();
    /** Two-character county short names that are places without a province or prefecture before them. */
    final Set<String> standalone = new LinkedHashSet<>();
    /** A government body named by a place (郑州市政府): surface → {canonical, parent, scope}. */
    final Map<String, String[]> bodies = new LinkedHashMap<>();
    /** First char of a two-character organisation alias → chars before it that make it part of a word. */
    final Map<Character, StringBuilder> leftGuards = new LinkedHashMap<>();

    /** Reads one file of the given format; a malformed line fails with the source name and line number. */
    void read(String source, Reader reader, Format format) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        }
        read(source, lines, format);
    }

    void read(String source, List<String> lines, Format format) {
        // an id may amend an entry of an earlier file, but twice in one file it is a mistake (东莞市 as a
        // prefecture and again as a county would silently turn it into a county)
        Set<String> idsInFile = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            try {
                if (format == Format.ORGANIZATIONS || format == Format.PLACES) {
                    String id = line.split("\t", 2)[0].strip();
                    if (!idsInFile.add(id)) {
                        throw new IllegalArgumentException("duplicate id " + id + " in one file");
                    }
                }
                switch (format) {
                    case ORGANIZATIONS -> organization(line);
                    case PLACES -> place(line);
                    case STOPWORDS -> stopWords.add(line.strip().toLowerCase(Locale.ROOT));
                    case ABBREVIATIONS -> abbreviation(line);
                    case SUBUNITS -> subunit(line.strip());
                    case NONENTITIES -> nonEntities.add(line.strip());
                    case STANDALONE -> standalone.add(line.strip());
                    case GUARDS -> guard(line);
                    case BODIES -> body(line);
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private void organization(String line) {
        String[] f = fields(line, 5, 1);
        OrgRow row = orgs.computeIfAbsent(f[0], OrgRow::new);
        if (!f[1].isEmpty()) {
            Organization.Kind.parse(f[1]);
            row.kind = f[1];
        }
        if (!f[2].isEmpty()) {
            row.name = f[2];
        }
        if (!f[3].isEmpty()) {
            row.parent = f[3];
        }
        aliases(f[4], row.aliases);
        if (row.name == null || row.kind == null) {
            throw new IllegalArgumentException("organisation " + f[0] + " needs a name and a kind");
        }
    }

    private void place(String line) {
        String[] f = fields(line, 6, 1);
        PlaceRow row = places.computeIfAbsent(f[0], id -> new PlaceRow(id, places.size()));
        if (!f[1].isEmpty()) {
            Place.Level.parse(f[1]);
            row.level = f[1];
        }
        if (!f[2].isEmpty()) {
            row.name = f[2];
        }
        if (!f[3].isEmpty()) {
            row.code = f[3];
        }
        if (!f[4].isEmpty()) {
            row.province = f[4];
        }
        aliases(f[5], row.aliases);
        if (row.name == null || row.level == null) {
            throw new IllegalArgumentException("place " + f[0] + " needs a name and a level");
        }
    }

    private void abbreviation(String line) {
        String[] f = fields(line, 3, 2);
        switch (f[0]) {
            case "abbr" -> {
                if (f[1].length() != 1 || f[2].isEmpty()) {
                    throw new IllegalArgumentException("abbr needs one char and a code");
                }
                abbreviations.put(f[1].charAt(0), f[2]);
            }
            case "country" -> {
                if (f[1].length() != 1 || f[2].isEmpty()) {
                    throw new IllegalArgumentException("country needs one char and a code");
                }
                countryAbbreviations.put(f[1].charAt(0), f[2]);
            }
            case "combo" -> {
                List<String> codes = List.of(f[2].split(","));
                if (codes.size() != f[1].length()) {
                    throw new IllegalArgumentException("combo " + f[1] + " needs one code per char");
                }
                combos.put(f[1], codes.stream().map(String::strip).toList());
            }
            case "before" -> before.append(f[1]);
            case "after" -> after.append(f[1]);
            case "never" -> never.add(f[1]);
            default -> throw new IllegalArgumentException("unknown line kind '" + f[0] + "'");
        }
    }

    private void body(String line) {
        String[] f = fields(line, 4, 1);
        String scope = f[3].isEmpty() ? "any" : f[3];
        if (!List.of("cn", "country", "any").contains(scope)) {
            throw new IllegalArgumentException("scope must be cn, country or any, not '" + scope + "'");
        }
        // one surface may have a Chinese and a foreign reading (政府 → 人民政府 after 郑州, 政府 after 美国)
        bodies.put(f[0] + "\t" + scope, new String[] {f[0], f[1].isEmpty() ? f[0] : f[1], f[2], scope});
    }

    private void guard(String line) {
        String[] f = fields(line, 2, 2);
        if (f[0].length() != 1) {
            throw new IllegalArgumentException("a guard line starts with one character");
        }
        leftGuards.computeIfAbsent(f[0].charAt(0), c -> new StringBuilder()).append(f[1]);
    }

    private void subunit(String word) {
        if (word.startsWith("legal:")) {
            legalSuffixes.add(word.substring("legal:".length()).strip());
        } else {
            subunitSuffixes.add(word);
        }
    }

    private static void aliases(String field, Set<String> into) {
        for (String a : field.split("\\|")) {
            String t = a.strip();
            if (!t.isEmpty()) {
                into.add(t);
            }
        }
    }

    /** Splits a TAB-separated line into exactly {@code count} stripped fields, missing trailing ones empty. */
    private static String[] fields(String line, int count, int required) {
        String[] raw = line.split("\t", -1);
        if (raw.length > count) {
            throw new IllegalArgumentException("expected at most " + count + " TAB-separated fields, got "
                    + raw.length);
        }
        String[] f = new String[count];
        for (int i = 0; i < count; i++) {
            f[i] = i < raw.length ? raw[i].strip() : "";
        }
        for (int i = 0; i < required; i++) {
            if (f[i].isEmpty()) {
                throw new IllegalArgumentException("field " + (i + 1) + " is empty");
            }
        }
        return f;
    }
}
