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
    private static final int RANK_COUNTY_ALIAS = 6;
    private static final int RANK_COMBO = 8;

    /** How far back (chars) a place still disambiguates a following place of a shared name. */
    private static final int CONTEXT_WINDOW = 12;
    /** At most this many places between an organisation and a sub-unit suffix (人民银行 上海 总部). */
    private static final int MAX_SUBUNIT_PLACES = 2;

    private static final class Holder {
        static final KnowledgeBase DEFAULT = build(List.of());
    }

    /** What a surface form in the scanner's trie stands for. */
    private static final class Target {
        static final byte ENTRY = 0;
        static final byte COMBO = 1;
        static final byte NON_ENTITY = 2;

        final byte type;
        final int rank;
        /** ENTRY: candidates, best first; COMBO: one place per char; NON_ENTITY: empty. */
        final KbEntry[] entries;
        /**
         * A two-character county short name (a place only right after its own province or prefecture) or a
         * two-character organisation alias (no match when the char before it makes a word with its first).
         */
        final boolean needsContext;

        Target(byte type, int rank, KbEntry[] entries) {
            this(type, rank, entries, false);
        }

        Target(byte type, int rank, KbEntry[] entries, boolean needsContext) {
            this.type = type;
            this.rank = rank;
            this.entries = entries;
            this.needsContext = needsContext;
        }
    }

    private final Map<String, KbEntry> byId;
    private final List<Organization> organizations;
    private final List<Place> places;
    /** Every entry of each surface form, best rank first: the API's lookups. */
    private final Map<String, List<KbEntry>> bySurface;
    private final Set<String> stopWords;
    private final NameTrie trie;
    private final Target[] targets;
    private final NameTrie suffixTrie;
    /** Per suffix value: true for a legal-form ending (股份有限公司) that names the same organisation. */
    private final boolean[] suffixIsLegal;
    /** Abbreviation char → place, null for every other char. */
    private final Place[] abbreviation = new Place[65536];
    private final boolean[] before = new boolean[65536];
    private final boolean[] after = new boolean[65536];
    private final Set<String> never;
    private final NameTrie bodyTrie;
    /** Per body-trie value: the readings of that surface (one after a Chinese place, one after a country). */
    private final Body[][] bodies;
    /** Sorted {@code before << 16 | first} pairs of the left guards of two-character organisation aliases. */
    private final int[] leftGuards;

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
        Map<String, Target> surfaces = new HashMap<>();
        Map<String, List<Ranked>> all = new HashMap<>();
        Comparator<KbEntry> placeOrderCmp = Comparator.comparingInt(e -> e instanceof Place p
                ? p.level().ordinal() * 1_000_000 + placeOrder.get(p.id()) : -1);
        for (Organization o : orgs) {
            offer(surfaces, all, o.name(), RANK_NAME, o, placeOrderCmp);
            for (String a : o.aliases()) {
                offer(surfaces, all, a, RANK_ORG_ALIAS, o, placeOrderCmp);
                String upper = a.toUpperCase(Locale.ROOT);
                if (isAscii(a) && !upper.equals(a) && a.length() <= 8 && a.indexOf(' ') < 0) {
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
            Target existing = surfaces.get(c.getKey());
            if (existing == null || existing.rank > RANK_COMBO) {
                surfaces.put(c.getKey(), new Target(Target.COMBO, RANK_COMBO, parts));
            }
        }
        for (String w : data.nonEntities) {
            surfaces.put(w, new Target(Target.NON_ENTITY, RANK_NON_ENTITY, new KbEntry[0]));
        }
        Map<String, Integer> trieWords = new HashMap<>();
        targets = new Target[surfaces.size()];
        int next = 0;
        for (Map.Entry<String, Target> e : surfaces.entrySet()) {
            Target t = e.getValue();
            if (t.type == Target.ENTRY && e.getKey().length() == 2
                    && ((t.rank == RANK_COUNTY_ALIAS && !data.standalone.contains(e.getKey()))
                    || t.entries[0] instanceof Organization)) {
                t = new Target(t.type, t.rank, t.entries, true);
            }
            targets[next] = t;
            trieWords.put(e.getKey(), next++);
        }
        trie = NameTrie.build(trieWords);

        Map<String, List<KbEntry>> lookups = new HashMap<>();
        for (Map.Entry<String, List<Ranked>> e : all.entrySet()) {
            List<Ranked> ranked = new ArrayList<>(e.getValue());
            ranked.sort(Comparator.<Ranked>comparingInt(r -> r.rank).thenComparing(r -> r.entry, placeOrderCmp));
            lookups.put(e.getKey(), ranked.stream().map(r -> r.entry).distinct().toList());
        }
        bySurface = Map.copyOf(lookups);

        Map<String, Integer> suffixWords = new LinkedHashMap<>();
        List<Boolean> legal = new ArrayList<>();
        for (String s : data.subunitSuffixes) {
            suffixWords.put(s, legal.size());
            legal.add(false);
        }
        for (String s : data.legalSuffixes) {
            suffixWords.put(s, legal.size());
            legal.add(true);
        }
        suffixTrie = NameTrie.build(suffixWords);
        suffixIsLegal = new boolean[legal.size()];
        for (int i = 0; i < suffixIsLegal.length; i++) {
            suffixIsLegal[i] = legal.get(i);
        }

        for (Map.Entry<Character, String> a : data.abbreviations.entrySet()) {
            abbreviation[a.getKey()] = placeByCode(byCode, a.getValue(), "abbreviation " + a.getKey());
        }
        data.before.chars().forEach(c -> before[c] = true);
        data.after.chars().forEach(c -> after[c] = true);
        never = Set.copyOf(data.never);
        Map<String, List<Body>> bodyReadings = new LinkedHashMap<>();
        for (String[] b : data.bodies.values()) {
            if (!b[2].isEmpty() && !(ids.get(b[2]) instanceof Organization)) {
                throw new IllegalArgumentException("body " + b[0] + ": unknown parent " + b[2]);
            }
            bodyReadings.computeIfAbsent(b[0], k -> new ArrayList<>()).add(new Body(b[1],
                    b[2].isEmpty() ? null : b[2], !b[3].equals("country"), !b[3].equals("cn")));
        }
        Map<String, Integer> bodyWords = new HashMap<>();
        bodies = new Body[bodyReadings.size()][];
        for (Map.Entry<String, List<Body>> b : bodyReadings.entrySet()) {
            bodies[bodyWords.size()] = b.getValue().toArray(new Body[0]);
            bodyWords.put(b.getKey(), bodyWords.size());
        }
        bodyTrie = NameTrie.build(bodyWords);
        leftGuards = data.leftGuards.entrySet().stream()
                .flatMapToInt(e -> e.getValue().chars().map(b -> b << 16 | e.getKey()))
                .sorted().distinct().toArray();
        stopWords = Set.copyOf(data.stopWords);
        byId = Map.copyOf(ids);
        organizations = List.copyOf(orgs);
        places = List.copyOf(placeList);
    }

    private record Ranked(int rank, KbEntry entry) {
    }

    /** A government body named by a place: canonical form, parent id or null, and where it may follow. */
    private record Body(String canonical, String parent, boolean afterChinese, boolean afterForeign) {
    }

    private static void offer(Map<String, Target> surfaces, Map<String, List<Ranked>> all, String surface,
                              int rank, KbEntry entry, Comparator<KbEntry> placeOrder) {
        all.computeIfAbsent(surface, k -> new ArrayList<>()).add(new Ranked(rank, entry));
        Target old = surfaces.get(surface);
        if (old == null || rank < old.rank) {
            surfaces.put(surface, new Target(Target.ENTRY, rank, new KbEntry[] {entry}));
            return;
        }
        if (rank > old.rank || old.type != Target.ENTRY) {
            return;
        }
        // same rank: places of one name stay candidates, best first; an organisation wins over a place, and a
        // later organisation (a user file) over an earlier one
        KbEntry first = old.entries[0];
        if (entry instanceof Organization) {
            surfaces.put(surface, new Target(Target.ENTRY, rank, new KbEntry[] {entry}));
        } else if (first instanceof Place) {
            for (KbEntry e : old.entries) {
                if (e.id().equals(entry.id())) {
                    return;
                }
            }
            KbEntry[] more = java.util.Arrays.copyOf(old.entries, old.entries.length + 1);
            more[more.length - 1] = entry;
            java.util.Arrays.sort(more, placeOrder);
            surfaces.put(surface, new Target(Target.ENTRY, rank, more));
        }
    }

    private static int aliasRank(Place.Level level) {
        return switch (level) {
            case PROVINCE -> 2;
            case COUNTRY -> 3;
            case PREFECTURE -> 4;
            case CITY -> 5;
            case COUNTY -> RANK_COUNTY_ALIAS;
        };
    }

    private static Place placeByCode(Map<String, Place> byCode, String code, String what) {
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
     * The place with this exact name or alias (铜川市 and 铜川 → 610200). A lone one-character abbreviation (京)
     * resolves too: the caller vouches that it stands in a place context; {@link #scan} checks the context
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
            return Optional.ofNullable(abbreviation[surface.charAt(0)]);
        }
        return Optional.empty();
    }

    /** The organisation or place with this id ({@code org:pboc}, {@code place:610200}). */
    public Optional<KbEntry> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
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
     *   <li>words listed as non-entities (各国央行, 市中心) hide the names inside them.</li>
     * </ul>
     * Allocates only the matches and two small buffers; safe to call concurrently.
     */
    public List<KbMatch> scan(String text) {
        Objects.requireNonNull(text, "text");
        List<KbMatch> out = new ArrayList<>();
        int n = text.length();
        int depth = Math.max(trie.maxDepth(), Math.max(suffixTrie.maxDepth(), bodyTrie.maxDepth())) + 1;
        int[] ends = new int[depth];
        int[] values = new int[depth];
        Place lastPlace = null;
        int lastPlaceEnd = -1;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            int value = -1;
            if (trie.startsWord(c) && !(isAsciiAlnum(c) && i > 0 && isAsciiAlnum(text.charAt(i - 1)))) {
                int found = trie.walk(text, i, ends, values);
                for (int k = found - 1; k >= 0; k--) {
                    if (acceptable(text, i, ends[k], targets[values[k]], lastPlace, lastPlaceEnd)) {
                        end = ends[k];
                        value = values[k];
                        break;
                    }
                }
            }
            if (end < 0) {
                Place p = abbreviationAt(text, i);
                if (p != null) {
                    out.add(new KbMatch(i, i + 1, p));
                    lastPlace = p;
                    lastPlaceEnd = i + 1;
                }
                i++;
                continue;
            }
            Target t = targets[value];
            if (t.type == Target.NON_ENTITY) {
                i = end;
                continue;
            }
            if (t.type == Target.COMBO) {
                for (int k = 0; k < t.entries.length; k++) {
                    out.add(new KbMatch(i + k, i + k + 1, t.entries[k]));
                }
                lastPlace = (Place) t.entries[t.entries.length - 1];
                lastPlaceEnd = end;
                i = end;
                continue;
            }
            KbEntry entry = resolve(t.entries, lastPlace, lastPlaceEnd, i);
            KbMatch m;
            if (entry instanceof Organization o) {
                m = organizationMatch(text, i, end, o, ends, values);
                for (KbMatch part : m.parts()) {
                    lastPlace = (Place) part.entry();
                    lastPlaceEnd = part.end();
                }
            } else {
                Place place = (Place) entry;
                KbMatch body = bodyMatch(text, i, end, place, ends, values);
                m = body != null ? body : new KbMatch(i, end, place);
                lastPlace = place;
                lastPlaceEnd = end;
            }
            out.add(m);
            i = m.end();
        }
        return out;
    }

    /**
     * Whether the name at {@code [start, end)} may stand: an ASCII name needs a word boundary after it; a place
     * name ending in 市 or 区 must not run into a word (上海市场 is 上海 + 市场, 海南区域 no 海南区); a two-character
     * county short name needs its own province or prefecture right before it (大连金州, not 投资中); a
     * two-character organisation alias must not follow a character that forms a word with its first (个人行为 has
     * no 人行, 中央行政 no 央行).
     */
    private boolean acceptable(String text, int start, int end, Target t, Place context, int contextEnd) {
        char last = text.charAt(end - 1);
        char next = end < text.length() ? text.charAt(end) : 0;
        if (isAsciiAlnum(last) && isAsciiAlnum(next)) {
            return false;
        }
        if (t.type != Target.ENTRY) {
            return true;
        }
        if (t.entries[0] instanceof Organization) {
            return !t.needsContext || start == 0
                    || java.util.Arrays.binarySearch(leftGuards, text.charAt(start - 1) << 16 | text.charAt(start)) < 0;
        }
        if ((last == '市' && "场值价况面盈销净民".indexOf(next) >= 0 && next != 0)
                || (last == '区' && "域别块间分位".indexOf(next) >= 0 && next != 0)) {
            return false;
        }
        if (!t.needsContext) {
            return true;
        }
        if (context == null || contextEnd != start || !context.isChineseDivision()
                || context.level() == Place.Level.COUNTY) {
            return false;
        }
        return resolve(t.entries, context, contextEnd, start) != t.entries[0]
                || contains(t.entries[0], context);
    }

    /** True when Chinese division {@code inner} lies inside province or prefecture {@code outer}. */
    private static boolean contains(KbEntry inner, Place outer) {
        if (!(inner instanceof Place p) || p.code() == null || !p.isChineseDivision()) {
            return false;
        }
        String prefix = outer.level() == Place.Level.PROVINCE ? outer.code().substring(0, 2)
                : outer.code().substring(0, 4);
        return p.code().startsWith(prefix) && !p.code().equals(outer.code());
    }

    /** Picks among places of one name the one inside the place named just before, else the first. */
    private static KbEntry resolve(KbEntry[] candidates, Place context, int contextEnd, int at) {
        if (candidates.length == 1 || context == null || !context.isChineseDivision()
                || at - contextEnd > CONTEXT_WINDOW) {
            return candidates[0];
        }
        String prefix = context.level() == Place.Level.PROVINCE ? context.code().substring(0, 2)
                : context.code().substring(0, 4);
        for (KbEntry e : candidates) {
            if (e instanceof Place p && p.code() != null && p.code().startsWith(prefix) && p != context) {
                return p;
            }
        }
        return candidates[0];
    }

    /** The organisation's match, extended to a sub-unit or legal form when one follows. */
    private KbMatch organizationMatch(String text, int start, int end, Organization org, int[] ends, int[] values) {
        int pos = end;
        List<KbMatch> parts = List.of();
        for (int k = 0; k < MAX_SUBUNIT_PLACES && pos < text.length(); k++) {
            Place p = chinesePlaceAt(text, pos, ends, values);
            if (p == null) {
                break;
            }
            if (parts.isEmpty()) {
                parts = new ArrayList<>(2);
            }
            parts.add(new KbMatch(pos, ends[0], p));
            pos = ends[0];
        }
        int found = suffixTrie.walk(text, pos, ends, values);
        if (found == 0) {
            return new KbMatch(start, end, org);
        }
        int suffixEnd = ends[found - 1];
        if (suffixIsLegal[values[found - 1]]) {
            return parts.isEmpty() ? new KbMatch(start, suffixEnd, org) : new KbMatch(start, end, org);
        }
        String tail = text.substring(end, suffixEnd);
        String surface = text.substring(start, suffixEnd);
        String name = org.name() + tail;
        Organization sub = new Organization(org.id() + "/" + tail, name, org.kind(), org.id(),
                surface.equals(name) ? List.of() : List.of(surface));
        return new KbMatch(start, suffixEnd, sub, parts);
    }

    /**
     * The government body a place names right after it (郑州市政府, 美国政府), as one organisation match with the
     * place as its part, or null.
     */
    private KbMatch bodyMatch(String text, int start, int end, Place place, int[] ends, int[] values) {
        int found = bodyTrie.walk(text, end, ends, values);
        for (int k = found - 1; k >= 0; k--) {
            for (Body b : bodies[values[k]]) {
                boolean fits = place.isChineseDivision() ? b.afterChinese() : b.afterForeign();
                if (!fits) {
                    continue;
                }
                String key = place.code() != null ? place.code() : place.id().substring("place:".length());
                String surface = text.substring(start, ends[k]);
                String name = place.name() + b.canonical();
                Organization org = new Organization("org:" + key + "/" + b.canonical(), name,
                        Organization.Kind.GOVERNMENT, b.parent(), surface.equals(name) ? List.of() : List.of(surface));
                return new KbMatch(start, ends[k], org, List.of(new KbMatch(start, end, place)));
            }
        }
        return null;
    }

    /** The Chinese division whose name starts at {@code pos} (its end left in {@code ends[0]}), or null. */
    private Place chinesePlaceAt(String text, int pos, int[] ends, int[] values) {
        if (!trie.startsWord(text.charAt(pos))) {
            return null;
        }
        int found = trie.walk(text, pos, ends, values);
        for (int k = found - 1; k >= 0; k--) {
            Target t = targets[values[k]];
            if (t.type == Target.ENTRY && t.entries[0] instanceof Place p && p.isChineseDivision()) {
                ends[0] = ends[k];
                return p;
            }
        }
        return null;
    }

    /** The province a lone abbreviation at {@code i} stands for in its context, or null. */
    private Place abbreviationAt(String text, int i) {
        char c = text.charAt(i);
        Place p = abbreviation[c];
        if (p == null) {
            return null;
        }
        char prev = i > 0 ? text.charAt(i - 1) : 0;
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (next != 0 && never.contains(String.valueOf(new char[] {c, next}))) {
            return null;
        }
        if (prev != 0 && never.contains(String.valueOf(new char[] {prev, c}))) {
            return null;
        }
        return (prev != 0 && before[prev]) || (next != 0 && after[next]) ? p : null;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
