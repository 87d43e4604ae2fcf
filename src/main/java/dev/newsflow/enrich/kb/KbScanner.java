package dev.newsflow.enrich.kb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The longest-match scanner behind {@link KnowledgeBase#scan}: a trie over every surface form plus the rules for
 * province abbreviations, sub-units, government bodies named by a place, and junk control. Immutable once built;
 * {@link #scan} may run on many threads at once.
 */
final class KbScanner {
    /** Administrative levels that, written right before a national body's short name, make it a local body. */
    private static final String LOCAL_LEVELS = "省市县区州镇乡";


    /** How far back (chars) a place still disambiguates a following place of a shared name. */
    private static final int CONTEXT_WINDOW = 12;
    /** At most this many places between an organisation and a sub-unit suffix (人民银行 上海 总部). */
    private static final int MAX_SUBUNIT_PLACES = 2;

    /** What a surface form in the scanner's trie stands for. */
    static final class Target {
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

    /** A government body named by a place: canonical form, parent id or null, and where it may follow. */
    private record Body(String canonical, String parent, boolean afterChinese, boolean afterForeign) {
    }

    private final NameTrie trie;
    private final Target[] targets;
    private final NameTrie suffixTrie;
    /** Per suffix value: true for a legal-form ending (股份有限公司) that names the same organisation. */
    private final boolean[] suffixIsLegal;
    /** Abbreviation char → place, null for every other char. */
    private final Place[] abbreviation = new Place[65536];
    private final boolean[] before = new boolean[65536];
    private final boolean[] after = new boolean[65536];
    /** Sorted {@code first << 16 | second} pairs of the two-character words that are no abbreviation context. */
    private final int[] never;
    private final NameTrie bodyTrie;
    /** Per body-trie value: the readings of that surface (one after a Chinese place, one after a country). */
    private final Body[][] bodies;
    /** Sorted {@code before << 16 | first} pairs of the left guards of two-character organisation names. */
    private final int[] leftGuards;
    /** Chinese divisions by GB/T code: the province or city of a body written without its place (省政府). */
    private final Map<String, Place> byCode;

    /**
     * @param surfaces every surface form with what it stands for, ranks already resolved
     * @param data     the rule files (abbreviations, suffixes, bodies, guards, standalone county names)
     * @param ids      every entry by id, to check parents named in the rule files
     * @param byCode   Chinese divisions by GB/T code, to resolve abbreviations
     */
    KbScanner(Map<String, Target> surfaces, KbData data, Map<String, KbEntry> ids, Map<String, Place> byCode) {
        this.byCode = Map.copyOf(byCode);
        Map<String, Integer> trieWords = new HashMap<>();
        targets = new Target[surfaces.size()];
        int next = 0;
        for (Map.Entry<String, Target> e : surfaces.entrySet()) {
            Target t = e.getValue();
            if (t.type == Target.ENTRY && e.getKey().length() == 2
                    && ((t.rank == KnowledgeBase.RANK_COUNTY_ALIAS && !data.standalone.contains(e.getKey()))
                    || t.entries[0] instanceof Organization)) {
                t = new Target(t.type, t.rank, t.entries, true);
            }
            targets[next] = t;
            trieWords.put(e.getKey(), next++);
        }
        trie = NameTrie.build(trieWords);

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
            abbreviation[a.getKey()] = KnowledgeBase.placeByCode(byCode, a.getValue(), "abbreviation " + a.getKey());
        }
        data.before.chars().forEach(c -> before[c] = true);
        data.after.chars().forEach(c -> after[c] = true);
        never = data.never.stream().filter(w -> w.length() == 2).mapToInt(w -> w.charAt(0) << 16 | w.charAt(1))
                .sorted().distinct().toArray();
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
    }

    /**
     * The provinces a region's name starts with (粤港澳|大湾区: 广东, 香港, 澳门), one part per character, from the combo
     * the trie walk found inside the region's name; none when it starts with none (长三角).
     */
    private List<KbMatch> comboParts(int start, int end, int found, int[] ends, int[] values) {
        for (int k = found - 1; k >= 0; k--) { // the longest combination (粤港澳, not 粤港)
            Target t = targets[values[k]];
            if (t.type == Target.COMBO && ends[k] < end) {
                List<KbMatch> parts = new ArrayList<>(t.entries.length);
                for (int j = 0; j < t.entries.length; j++) {
                    parts.add(new KbMatch(start + j, start + j + 1, t.entries[j]));
                }
                return parts;
            }
        }
        return List.of();
    }

    /** The place a lone abbreviation stands for when its context makes it one (京 → 北京市), or null. */
    Place abbreviation(char c) {
        return abbreviation[c];
    }

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
    List<KbMatch> scan(String text) {
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
            int found = 0;
            if (trie.startsWord(c) && !(isAsciiAlnum(c) && i > 0 && isAsciiAlnum(text.charAt(i - 1)))) {
                found = trie.walk(text, i, ends, values);
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
                if (place.level() == Place.Level.REGION) {
                    // a region has no government of its own (长三角海关 is no body); its provinces stay parts
                    m = new KbMatch(i, end, place, comboParts(i, end, found, ends, values));
                } else {
                    KbMatch body = bodyMatch(text, i, end, place, ends, values);
                    if (body == null) {
                        body = committeeAfter(text, i, end, place);
                    }
                    m = body != null ? body : new KbMatch(i, end, place);
                }
                lastPlace = place;
                lastPlaceEnd = end;
            }
            out.add(m);
            i = m.end();
        }
        return withBodiesOfTheArticlesPlace(text, out, ends, values);
    }

    /**
     * The characters a bare 省/市 body may follow inside a sentence: prepositions and verbs of procedure (经省政府,
     * 获省国资委, 按照省委, 由市政府, 当地省政府), the end of another body (省委省政府); after any other character the 省 or 市 ends
     * a word (全省, 上市) or a name the knowledge base does not know (台北市政府).
     */
    private static final String BEFORE_BARE_BODY = "在和与及由经向对据并获照将让请于为报委府地";

    private static boolean isHan(char c) {
        return c >= 0x4e00 && c <= 0x9fff;
    }
    /** Characters after 委 that make another word of it (委托, 委员, 委屈, 委派): no party committee. */
    private static final String NOT_AFTER_COMMITTEE = "托员屈婉派任身会靡实";

    /**
     * A party committee after a place written with its level (山西省委, 杭州市委): one organisation match, or null.
     * The level's character must end the place as written (山西省委; 杭州委 is no committee).
     */
    private KbMatch committeeAfter(String text, int start, int end, Place place) {
        if (end >= text.length() || text.charAt(end) != '委' || !place.isChineseDivision()
            || LOCAL_LEVELS.indexOf(text.charAt(end - 1)) < 0
            || text.charAt(end - 1) != place.name().charAt(place.name().length() - 1) // 杭州委外 names 杭州市
            || end + 1 < text.length() && NOT_AFTER_COMMITTEE.indexOf(text.charAt(end + 1)) >= 0) {
            return null;
        }
        return new KbMatch(start, end + 1, committee(place, text.substring(start, end + 1)),
            List.of(new KbMatch(start, end, place)));
    }

    private static Organization committee(Place place, String surface) {
        String name = place.name() + "委";
        return new Organization("org:" + place.code() + "/委", name, Organization.Kind.GOVERNMENT, null,
            surface.equals(name) ? List.of() : List.of(surface));
    }

    /**
     * Bodies written with their level only (省政府, 市委, 省国资委) belong to the place the article is about: the place of
     * the body written right before (山西省委省政府), else the one province (for 省) or city (for 市) the article names
     * most; none where two tie. Returns {@code out} with those matches added, in order.
     */
    private List<KbMatch> withBodiesOfTheArticlesPlace(String text, List<KbMatch> out, int[] ends, int[] values) {
        if (text.indexOf('省') < 0 && text.indexOf('市') < 0) {
            return out;
        }
        boolean[] covered = new boolean[text.length() + 1];
        for (KbMatch m : out) {
            java.util.Arrays.fill(covered, m.start(), m.end(), true);
        }
        Place province = null;
        Place city = null;
        boolean counted = false;
        List<KbMatch> added = new ArrayList<>();
        Place lastAddedPlace = null;
        KbMatch previous = null;
        int next = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char level = text.charAt(i);
            while (next < out.size() && out.get(next).end() <= i) {
                previous = out.get(next++);
            }
            if (level != '省' && level != '市' || covered[i]
                || i > 0 && isHan(text.charAt(i - 1)) && BEFORE_BARE_BODY.indexOf(text.charAt(i - 1)) < 0) {
                continue;
            }
            // the body first (most 市 start 市场): only then is the article's place worth working out
            int bodyEnd = -1;
            Body reading = null;
            if (text.charAt(i + 1) == '委') {
                bodyEnd = i + 2 >= text.length() || NOT_AFTER_COMMITTEE.indexOf(text.charAt(i + 2)) < 0 ? i + 2 : -1;
            } else {
                int found = bodyTrie.walk(text, i + 1, ends, values);
                for (int k = found - 1; k >= 0 && reading == null; k--) {
                    for (Body r : bodies[values[k]]) {
                        if (r.afterChinese()) {
                            reading = r;
                            bodyEnd = ends[k];
                            break;
                        }
                    }
                }
            }
            if (bodyEnd < 0) {
                continue;
            }
            KbMatch before = !added.isEmpty() && added.get(added.size() - 1).end() == i ? added.get(added.size() - 1)
                : previous != null && previous.end() == i ? previous : null;
            Place place = before == null ? null
                : !added.isEmpty() && before == added.get(added.size() - 1) // 省委省政府, neither placed
                    ? (lastAddedPlace != null && fitsLevel(lastAddedPlace, level) ? lastAddedPlace : null)
                : placeOfBody(before, level);
            if (place == null && before == null) {
                if (!counted) {
                    province = mostNamed(out, true);
                    city = mostNamed(out, false);
                    counted = true;
                }
                place = level == '省' ? province : city;
            }
            if (place == null) {
                continue;
            }
            String surface = text.substring(i, bodyEnd);
            KbMatch body = reading == null ? new KbMatch(i, bodyEnd, committee(place, surface))
                : new KbMatch(i, bodyEnd, new Organization("org:" + place.code() + "/" + reading.canonical(),
                    place.name() + reading.canonical(), Organization.Kind.GOVERNMENT, reading.parent(), List.of(surface)));
            if (body != null) {
                // a national body's short name inside it (国资委 of 省国资委) gives way; anything else keeps its text
                KbMatch b = body;
                boolean crossed = out.stream().anyMatch(m -> m.start() < b.end() && m.end() > b.start()
                    && (m.start() < b.start() || m.end() > b.end()));
                if (!crossed) {
                    added.add(body);
                    lastAddedPlace = place;
                    java.util.Arrays.fill(covered, body.start(), body.end(), true);
                    i = body.end() - 1;
                }
            }
        }
        if (added.isEmpty()) {
            return out;
        }
        List<KbMatch> all = new ArrayList<>(out.size() + added.size());
        for (KbMatch m : out) {
            boolean inside = false;
            for (KbMatch b : added) {
                inside |= m.start() >= b.start() && m.end() <= b.end();
            }
            if (!inside) {
                all.add(m);
            }
        }
        all.addAll(added);
        all.sort(java.util.Comparator.comparingInt(KbMatch::start));
        return all;
    }

    /** The province (省) or city (市) whose body was written right before, from the body's place part, or null. */
    private static Place placeOfBody(KbMatch body, char level) {
        if (!(body.entry() instanceof Organization)) {
            return null;
        }
        for (KbMatch part : body.parts()) {
            if (part.entry() instanceof Place p && fitsLevel(p, level)) {
                return p;
            }
        }
        return null;
    }

    /** 省 is a province's (not a municipality's); 市 a prefecture's or a municipality's. */
    private static boolean fitsLevel(Place p, char level) {
        return level == '省' ? p.level() == Place.Level.PROVINCE && p.name().endsWith("省")
            : p.level() == Place.Level.PREFECTURE && p.name().endsWith("市")
                || p.level() == Place.Level.PROVINCE && p.name().endsWith("市");
    }

    /**
     * The province ({@code provinces}) or city the article names most, counting a city or county for its province and
     * a county for its city; null when none is named or two tie.
     */
    private Place mostNamed(List<KbMatch> matches, boolean provinces) {
        Map<String, Integer> counts = new HashMap<>();
        for (KbMatch m : matches) {
            List<KbMatch> places = m.entry() instanceof Place ? List.of(m) : m.parts();
            for (KbMatch part : places) {
                if (part.entry() instanceof Place p && p.isChineseDivision() && p.code() != null) {
                    String code = p.code();
                    String key = provinces ? code.substring(0, 2) + "0000"
                        : p.level() == Place.Level.PROVINCE ? code : code.substring(0, 4) + "00";
                    counts.merge(key, 1, Integer::sum);
                }
            }
        }
        Place best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Place p = byCode.get(e.getKey());
            if (p == null || !fitsLevel(p, provinces ? '省' : '市')) {
                continue;
            }
            if (e.getValue() > bestCount) {
                best = p;
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static final List<String> NOT_STREETS = List.of("路演", "路线", "路径", "路上", "路网", "路况", "路透",
        "街头", "街道", "街区", "大道理");

    /** A street named after the place ends right after it: 路, 街, 大道, or a direction and 路 (南京东路). */
    private static boolean streetAfter(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        if (NOT_STREETS.stream().anyMatch(w -> text.startsWith(w, end))) {
            return false; // 在上海路演, 上海街头: the place, then a word
        }
        if (next == '路' || next == '街' || text.startsWith("大道", end)) {
            return true;
        }
        return end + 1 < text.length() && "东西南北中".indexOf(next) >= 0 && text.charAt(end + 1) == '路';
    }

    /**
     * Whether the name at {@code [start, end)} may stand: an ASCII name needs a word boundary after it; a place
     * name ending in 市 or 区 must not run into a word (上海市场 is 上海 + 市场, 海南区域 no 海南区); a two-character
     * county short name needs its own province or prefecture right before it (大连金州, not 投资中); a
     * two-character organisation alias or place name must not follow a character that forms a word with its first
     * (个人行为 has no 人行, 中央行政 no 央行, 今日本田 no 日本).
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
        if (t.entries[0] instanceof Organization org) {
            if (start > 0 && org.kind() == Organization.Kind.GOVERNMENT && org.parent() == null
                    && LOCAL_LEVELS.indexOf(text.charAt(start - 1)) >= 0 && contextEnd != start
                    && !text.startsWith(org.name(), start)) {
                // 市发改委, 省发改委: the city's or province's commission, not the national one (after a known
                // place, 铜川市人民银行, the place ends right here and the national body's branch is meant)
                return false;
            }
            return !t.needsContext || start == 0
                    || Arrays.binarySearch(leftGuards, text.charAt(start - 1) << 16 | text.charAt(start)) < 0;
        }
        if ((last == '市' && "场值价况面盈销净民".indexOf(next) >= 0 && next != 0)
                || (last == '区' && "域别块间分位".indexOf(next) >= 0 && next != 0)) {
            return false;
        }
        if (end - start == 2 && start > 0 && !(context != null && contextEnd == start)
                && Arrays.binarySearch(leftGuards, text.charAt(start - 1) << 16 | text.charAt(start)) >= 0) {
            return false; // 今日本田 has no 日本, 集中山区 no 中山; 广东|南雄: the 东 belongs to the place before
        }
        if (streetAfter(text, end)) {
            return false; // 黄浦路, 南京东路, 西藏中路: streets named after places, in another city
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
        if ((next != 0 && Arrays.binarySearch(never, c << 16 | next) >= 0)
                || (prev != 0 && Arrays.binarySearch(never, prev << 16 | c) >= 0)) {
            return null;
        }
        return (prev != 0 && before[prev]) || (next != 0 && after[next]) ? p : null;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
