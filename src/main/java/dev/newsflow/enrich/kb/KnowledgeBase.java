package dev.newsflow.enrich.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The curated knowledge base of organisations, places and stop words, with a longest-match scanner over text.
 *
 * <p>Built once from the bundled files under {@code /kb/} ({@link #loadDefault()}, cached) and optionally user
 * files in the same formats ({@link #load(List)}). After construction nothing changes: every method is safe to
 * call from any number of threads at once.
 *
 * <p>A surface form that several entries share resolves by rank: a canonical name before an organisation alias,
 * then province, country, prefecture, foreign-city and county aliases (吉林 is the province, 吉林市 the city; 阿里 is
 * Alibaba). Places of the same name and rank (鼓楼区 in four cities) are told apart in {@link #scan} by the place
 * named just before (南京市鼓楼区), else the first by code wins.
 */
public final class KnowledgeBase {

    private static final String[] DEFAULT_FILES = {"organizations.tsv", "places.tsv", "stopwords.txt",
        "abbreviations.tsv", "subunit-suffixes.txt", "nonentities.txt", "county-standalone.txt", "left-guards.tsv", "local-bodies.tsv"};

    // ranks of a surface form: lower wins
    private static final int RANK_NON_ENTITY = -1;
    private static final int RANK_NAME = 0;
    private static final int RANK_ORG_ALIAS = 1;
    static final int RANK_COUNTY_ALIAS = 6;
    private static final int RANK_COMBO = 8;


    private static final class Holder {
        static final KnowledgeBase DEFAULT = build(List.of());
    }

    private final Map<String, KbEntry> byId;
    private final List<Organization> organizations;
    private final List<Place> places;
    /** Every entry of each surface form, best rank first: the API's lookups. */
    private final Map<String, List<KbEntry>> bySurface;
    private final Set<String> stopWords;
    private final Set<String> nonEntities;
    private final Map<Character, Place> countryAbbreviations;
    private final KbScanner scanner;

    private KnowledgeBase(KbData data) {
        Map<String, KbEntry> ids = new LinkedHashMap<>();
        List<Organization> orgs = new ArrayList<>();
        for (KbData.OrgRow row : data.orgs.values()) {
            List<String> aliases = row.aliases.stream().filter(a -> !a.equals(row.name)).toList();
            Organization o = new Organization(row.id, row.name, Organization.Kind.parse(row.kind), row.parent,
                    aliases);
            orgs.add(o);
            ids.put(o.id(), o);
        }
        for (Organization o : orgs) {
            if (o.parent() != null && !(ids.get(o.parent()) instanceof Organization)) {
                throw new IllegalArgumentException("organisation " + o.id() + ": unknown parent " + o.parent());
            }
        }
        List<Place> placeList = new ArrayList<>();
        Map<String, Place> byCode = new HashMap<>();
        Map<String, Integer> placeOrder = new HashMap<>();
        for (KbData.PlaceRow row : data.places.values()) {
            Place p = new Place(row.id, row.name, row.code, row.province, Place.Level.parse(row.level));
            if (ids.containsKey(p.id())) {
                throw new IllegalArgumentException("duplicate id " + p.id());
            }
            placeList.add(p);
            ids.put(p.id(), p);
            placeOrder.put(p.id(), row.order);
            if (p.code() != null && p.isChineseDivision()) {
                byCode.put(p.code(), p);
            }
        }

        // surface form → candidates with their rank
        Map<String, KbScanner.Target> surfaces = new HashMap<>();
        Map<String, List<Ranked>> all = new HashMap<>();
        Comparator<KbEntry> placeOrderCmp = Comparator.comparingInt(e -> e instanceof Place p
                ? p.level().ordinal() * 1_000_000 + placeOrder.get(p.id()) : -1);
        for (Organization o : orgs) {
            offer(surfaces, all, o.name(), RANK_NAME, o, placeOrderCmp);
            for (String a : o.aliases()) {
                offer(surfaces, all, a, RANK_ORG_ALIAS, o, placeOrderCmp);
            }
        }
        // upper-case forms of short mixed-case acronyms (PBoC → PBOC), unless a written name claims that form
        // (BOE is 京东方, BoE the Bank of England)
        for (Organization o : orgs) {
            for (String a : o.aliases()) {
                String upper = a.toUpperCase(Locale.ROOT);
                if (isAscii(a) && !upper.equals(a) && a.length() <= 8 && a.indexOf(' ') < 0
                        && !all.containsKey(upper)) {
                    offer(surfaces, all, upper, RANK_ORG_ALIAS, o, placeOrderCmp);
                }
            }
        }
        KbData.PlaceRow[] rows = data.places.values().toArray(new KbData.PlaceRow[0]);
        for (int i = 0; i < rows.length; i++) {
            Place p = placeList.get(i);
            offer(surfaces, all, p.name(), RANK_NAME, p, placeOrderCmp);
            for (String a : rows[i].aliases) {
                if (!a.equals(p.name())) {
                    offer(surfaces, all, a, aliasRank(p.level()), p, placeOrderCmp);
                }
            }
        }
        for (Map.Entry<String, List<String>> c : data.combos.entrySet()) {
            KbEntry[] parts = new KbEntry[c.getValue().size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = placeByCode(byCode, c.getValue().get(i), "combo " + c.getKey());
            }
            KbScanner.Target existing = surfaces.get(c.getKey());
            if (existing == null || existing.rank > RANK_COMBO) {
                surfaces.put(c.getKey(), new KbScanner.Target(KbScanner.Target.COMBO, RANK_COMBO, parts));
            }
        }
        for (String w : data.nonEntities) {
            surfaces.put(w, new KbScanner.Target(KbScanner.Target.NON_ENTITY, RANK_NON_ENTITY, new KbEntry[0]));
        }
        scanner = new KbScanner(surfaces, data, ids, byCode);
        Map<Character, Place> countries = new HashMap<>();
        for (Map.Entry<Character, String> c : data.countryAbbreviations.entrySet()) {
            Place p = byCode.get(c.getValue());
            if (p == null && ids.get("place:" + c.getValue()) instanceof Place country) {
                p = country;
            }
            if (p == null) {
                throw new IllegalArgumentException("country " + c.getKey() + ": no place with code " + c.getValue());
            }
            countries.put(c.getKey(), p);
        }
        countryAbbreviations = Map.copyOf(countries);

        Map<String, List<KbEntry>> lookups = new HashMap<>();
        for (Map.Entry<String, List<Ranked>> e : all.entrySet()) {
            List<Ranked> ranked = new ArrayList<>(e.getValue());
            ranked.sort(Comparator.<Ranked>comparingInt(r -> r.rank).thenComparing(r -> r.entry, placeOrderCmp));
            lookups.put(e.getKey(), ranked.stream().map(r -> r.entry).distinct().toList());
        }
        bySurface = Map.copyOf(lookups);

        stopWords = Set.copyOf(data.stopWords);
        nonEntities = Set.copyOf(data.nonEntities);
        byId = Map.copyOf(ids);
        organizations = List.copyOf(orgs);
        places = List.copyOf(placeList);
    }

    private record Ranked(int rank, KbEntry entry) {
    }

    private static void offer(Map<String, KbScanner.Target> surfaces, Map<String, List<Ranked>> all, String surface,
                              int rank, KbEntry entry, Comparator<KbEntry> placeOrder) {
        all.computeIfAbsent(surface, k -> new ArrayList<>()).add(new Ranked(rank, entry));
        KbScanner.Target old = surfaces.get(surface);
        if (old == null || rank < old.rank) {
            surfaces.put(surface, new KbScanner.Target(KbScanner.Target.ENTRY, rank, new KbEntry[] {entry}));
            return;
        }
        if (rank > old.rank || old.type != KbScanner.Target.ENTRY) {
            return;
        }
        // same rank: places of one name stay candidates, best first; an organisation wins over a place, and a
        // later organisation (a user file) over an earlier one
        KbEntry first = old.entries[0];
        if (entry instanceof Organization) {
            surfaces.put(surface, new KbScanner.Target(KbScanner.Target.ENTRY, rank, new KbEntry[] {entry}));
        } else if (first instanceof Place) {
            for (KbEntry e : old.entries) {
                if (e.id().equals(entry.id())) {
                    return;
                }
            }
            KbEntry[] more = java.util.Arrays.copyOf(old.entries, old.entries.length + 1);
            more[more.length - 1] = entry;
            java.util.Arrays.sort(more, placeOrder);
            surfaces.put(surface, new KbScanner.Target(KbScanner.Target.ENTRY, rank, more));
        }
    }

    private static int aliasRank(Place.Level level) {
        return switch (level) {
            case PROVINCE -> 2;
            case COUNTRY -> 3;
            case PREFECTURE -> 4;
            case CITY, REGION -> 5;
            case COUNTY -> RANK_COUNTY_ALIAS;
        };
    }

    static Place placeByCode(Map<String, Place> byCode, String code, String what) {
        Place p = byCode.get(code);
        if (p == null) {
            throw new IllegalArgumentException(what + ": no Chinese division with code " + code);
        }
        return p;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------- loading

    /**
     * The knowledge base of the bundled files, built on first use and shared afterwards.
     *
     * @throws IllegalStateException if a bundled file is missing or malformed (a build defect)
     */
    public static KnowledgeBase loadDefault() {
        return Holder.DEFAULT;
    }

    /**
     * A new knowledge base of the bundled files plus {@code extraFiles}, read in order: each file adds
     * organisations, aliases, places, stop words, abbreviations, sub-unit suffixes or non-entities in the format
     * of the bundled file of that kind (see the headers under {@code /kb/}). The format comes from a leading
     * {@code # kb-format: places} comment, else from the file name ({@code my-organizations.tsv}). A line whose
     * id exists amends that entry: its aliases are added, its non-empty fields replace the old ones.
     *
     * @throws IOException              if a file cannot be read
     * @throws IllegalArgumentException naming the file and line of a malformed line or unknown format
     */
    public static KnowledgeBase load(List<Path> extraFiles) throws IOException {
        Objects.requireNonNull(extraFiles, "extraFiles");
        List<KbFile> files = new ArrayList<>();
        for (Path p : extraFiles) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            files.add(new KbFile(p.toString(), lines,
                    KbData.Format.detect(p.getFileName().toString(), lines)));
        }
        return build(files);
    }

    private record KbFile(String source, List<String> lines, KbData.Format format) {
    }

    private static KnowledgeBase build(List<KbFile> extra) {
        KbData data = new KbData();
        for (String name : DEFAULT_FILES) {
            String resource = "/kb/" + name;
            try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                data.read(resource, new InputStreamReader(in, StandardCharsets.UTF_8),
                        KbData.Format.detect(name, List.of()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        for (KbFile f : extra) {
            data.read(f.source(), f.lines(), f.format());
        }
        return new KnowledgeBase(data);
    }

    // ---------------------------------------------------------------------------------------------- lookups

    /**
     * The organisation with this exact name or alias (中国人民银行, 人民银行, 央行, PBoC → {@code org:pboc}), or the
     * sub-unit the scanner derives when the whole surface is one (人民银行上海总部, 工商银行北京分行).
     */
    public Optional<Organization> organization(String surface) {
        if (surface == null || surface.isEmpty()) {
            return Optional.empty();
        }
        for (KbEntry e : bySurface.getOrDefault(surface, List.of())) {
            if (e instanceof Organization o) {
                return Optional.of(o);
            }
        }
        List<KbMatch> m = scan(surface);
        if (m.size() == 1 && m.get(0).start() == 0 && m.get(0).end() == surface.length()
                && m.get(0).entry() instanceof Organization o) {
            return Optional.of(o);
        }
        return Optional.empty();
    }

    /**
     * The place with this exact name or alias (铜川市 and 铜川 → 610200). A lone one-character province abbreviation
     * (京) resolves too: the caller vouches that it stands in a place context; {@link #scan} checks the context
     * itself. A name shared by several places gives the first by level, then by code.
     */
    public Optional<Place> place(String surface) {
        if (surface == null || surface.isEmpty()) {
            return Optional.empty();
        }
        for (KbEntry e : bySurface.getOrDefault(surface, List.of())) {
            if (e instanceof Place p) {
                return Optional.of(p);
            }
        }
        if (surface.length() == 1) {
            return Optional.ofNullable(scanner.abbreviation(surface.charAt(0)));
        }
        return Optional.empty();
    }

    /**
     * Like {@link #place(String)}, and a country's one character too (美 → 美国, from {@code country} lines of
     * {@code abbreviations.tsv}): for a recogniser that read the character as a place in its context (中美关系).
     */
    public Optional<Place> placeInContext(String surface) {
        Optional<Place> place = place(surface);
        if (place.isEmpty() && surface != null && surface.length() == 1) {
            return Optional.ofNullable(countryAbbreviations.get(surface.charAt(0)));
        }
        return place;
    }

    /** The organisation or place with this id ({@code org:pboc}, {@code place:610200}). */
    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * True for a word that is never an entity however a recogniser tags it (各国央行, EPS, ESG: file
     * {@code nonentities.txt} and user files).
     */
    public boolean isNonEntity(String surface) {
        return nonEntities.contains(surface);
    }

    /**
     * True when {@code text[start, end)} lies inside an occurrence of a non-entity word (央行 of 各国央行): a
     * recogniser's span there is no entity either.
     */
    public boolean insideNonEntity(String text, int start, int end) {
        int length = end - start;
        for (String w : nonEntities) {
            if (w.length() <= length) {
                continue;
            }
            // only the few positions where w could cover the span, not a search through the rest of the text
            for (int at = Math.max(0, end - w.length()); at <= start; at++) {
                if (text.startsWith(w, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True for a stop word of keywords; English words match case-insensitively. */
    public boolean isStopWord(String word) {
        return word != null && (stopWords.contains(word) || stopWords.contains(word.toLowerCase(Locale.ROOT)));
    }

    /** Every organisation, in file order. */
    public List<Organization> organizations() {
        return organizations;
    }

    /** Every place, in file order. */
    public List<Place> places() {
        return places;
    }

    /** Number of stop words. */
    public int stopWordCount() {
        return stopWords.size();
    }

    /** Every surface form the scanner knows for an entry id: its name and aliases as loaded. */
    public Collection<String> surfaces(String id) {
        List<String> out = new ArrayList<>();
        bySurface.forEach((s, entries) -> {
            for (KbEntry e : entries) {
                if (e.id().equals(id)) {
                    out.add(s);
                }
            }
        });
        out.sort(Comparator.naturalOrder());
        return out;
    }

    // ---------------------------------------------------------------------------------------------- scanning

    /**
     * Finds known organisations and places in {@code text}, leftmost first, each the longest name that starts
     * there; matches never overlap. Rules on top of the dictionary:
     * <ul>
     *   <li>ASCII names match only between non-alphanumeric characters (Fed, not Federal);</li>
     *   <li>one-character province abbreviations are places only in a place context: a combination
     *       (京津冀, 沪深, 粤港澳) gives one match per character, a single one needs a place verb before it
     *       (在京, 赴沪) or a place word after it (京外, 沪上), never inside an ordinary word (京东, 出台);</li>
     *   <li>an organisation followed by up to two Chinese places and a sub-unit word (党委, 总部, 分行,
     *       中心支行 …) becomes one sub-unit match whose organisation has the first as parent, with the places
     *       as {@link KbMatch#parts()} (人民银行上海总部 → {@code org:pboc/上海总部}, parent {@code org:pboc},
     *       part 上海); a legal-form ending (股份有限公司) extends the organisation's own match;</li>
     *   <li>a place followed by a government body of {@code local-bodies.tsv} becomes one organisation match
     *       with the place as its part (郑州市政府 → {@code org:410100/人民政府} 郑州市人民政府; 上海银监局 → parent
     *       {@code org:cbrc}; 美国政府 → {@code org:US/政府});</li>
     *   <li>junk control: a two-character county short name is a place only right after its province or
     *       prefecture (大连金州; not 投资中 → 资中) unless listed in {@code county-standalone.txt}; a place name
     *       ending in 市 or 区 never runs into a word (上海市场 → 上海); a two-character organisation name never
     *       follows a character that makes a word with its first (个人行为 has no 人行); words listed as
     *       non-entities (各国央行, 市中心) hide the names inside them.</li>
     * </ul>
     * Allocates only the matches and two small buffers; safe to call concurrently.
     */
    public List<KbMatch> scan(String text) {
        Objects.requireNonNull(text, "text");
        return scanner.scan(text);
    }

    @Override
    public String toString() {
        return "KnowledgeBase[" + organizations.size() + " organisations, " + places.size() + " places, "
                + stopWords.size() + " stop words]";
    }

    /** Counts of places per level, for reports. */
    public Map<Place.Level, Integer> placeCounts() {
        Map<Place.Level, Integer> counts = new java.util.EnumMap<>(Place.Level.class);
        for (Place p : places) {
            counts.merge(p.level(), 1, Integer::sum);
        }
        return counts;
    }
}
