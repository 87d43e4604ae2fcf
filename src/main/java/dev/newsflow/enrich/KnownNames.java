package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.enrich.kb.KbMatch;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.kb.Organization;
import dev.newsflow.enrich.kb.Place;
import dev.newsflow.enrich.ner.NerSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The passes of {@link EntityExtractor} over the knowledge base's matches: which known short names are words of the
 * sentence instead (会让人联想), subsidiaries of known groups (世茂置业), which central bank a bare 央行 is, places read
 * out of a transliteration (马里|兰州), and how a known body relates to the recogniser's span around it (its own
 * place before it, a foreign namesake, a unit's parent). Thread-safe: holds only the knowledge base.
 */
final class KnownNames {
    private final KnowledgeBase kb;

    KnownNames(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The PBoC, which Chinese news calls 央行 without a country. */
    private static final String PBOC = "org:pboc";

    private static final java.util.Set<String> BARE_CENTRAL_BANK = java.util.Set.of("央行", "中央银行");

    /** Words of the PBoC's operations: an article with one is about the PBoC's 央行. */
    private static final List<String> PBOC_OPERATIONS = List.of("逆回购", "MLF", "LPR", "公开市场", "降准", "再贷款",
        "中期借贷便利", "人民币");

    /**
     * A foreign country written right before a Chinese city is a transliteration read in two pieces (马里兰州 is
     * Maryland, not 马里 + 兰州): news writes a country before one of its own cities (日本东京), never before China's.
     */
    static void dropGluedForeignPlaces(List<KbMatch> matches) {
        for (int i = 0; i + 1 < matches.size(); i++) {
            KbMatch a = matches.get(i);
            KbMatch b = matches.get(i + 1);
            if (a.end() == b.start() && a.entry() instanceof Place country && country.level() == Place.Level.COUNTRY
                && !"CN".equals(country.code()) && b.entry() instanceof Place city && city.isChineseDivision()) {
                matches.remove(i + 1);
                matches.remove(i--);
            }
        }
    }

    /**
     * 央行 alone is the PBoC in Chinese news, unless the article is about another central bank it writes that way
     * (土耳其央行 … 撤换央行行长 … 土耳其央行将降息): where the only central bank the article names with 央行 or 中央银行
     * is foreign, named so at least twice and before the first bare 央行, the PBoC is not named by a name of its own
     * (人民银行) and none of its operations appears (逆回购, MLF …), a bare 央行 is that foreign bank.
     */
    static void relinkBareCentralBank(String text, List<KbMatch> matches) {
        for (String operation : PBOC_OPERATIONS) {
            if (text.contains(operation)) {
                return; // 欧洲央行降息…今日央行开展逆回购: the bare one is the PBoC at work
            }
        }
        Organization foreign = null;
        int foreignMentions = 0;
        int firstForeign = -1;
        int firstBare = -1;
        for (KbMatch m : matches) {
            if (!(m.entry() instanceof Organization o)) {
                continue;
            }
            String surface = m.surface(text);
            boolean bare = BARE_CENTRAL_BANK.contains(surface);
            if (o.id().equals(PBOC) && !bare) {
                return; // the article names the PBoC itself: a bare 央行 is it
            }
            if (bare && firstBare < 0) {
                firstBare = m.start();
            }
            if (!o.id().equals(PBOC) && !bare && (surface.endsWith("央行") || surface.endsWith("中央银行"))) {
                if (foreign != null && !foreign.id().equals(o.id())) {
                    return; // two foreign central banks: which one a bare 央行 means is the reader's guess
                }
                foreign = o;
                foreignMentions++;
                firstForeign = firstForeign < 0 ? m.start() : firstForeign;
            }
        }
        if (foreign == null || foreignMentions < 2 || firstBare < firstForeign) {
            return; // 美国央行加息后，央行表示…: one mention in passing, and the bare one is the PBoC
        }
        for (int i = 0; i < matches.size(); i++) {
            KbMatch m = matches.get(i);
            if (m.entry() instanceof Organization o && o.id().equals(PBOC) && BARE_CENTRAL_BANK.contains(m.surface(text))) {
                matches.set(i, new KbMatch(m.start(), m.end(), foreign, m.parts()));
            }
        }
    }

    /**
     * Recognised organisations made of two or more known government bodies side by side and nothing else
     * (中共中央国务院): a list the recogniser read as one name. Two companies side by side are often one joint venture
     * (江铃福特, 长安福特). Recognised places made of two or more known places (贵州省安顺市) are those places, each
     * resolvable, not a third place.
     */
    static boolean[] tiledByKnownNames(List<NerSpan> candidates, List<KbMatch> known) {
        boolean[] tiled = new boolean[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            boolean place = c.label().equals("LOC");
            if (!c.label().startsWith("ORG") && !place) {
                continue;
            }
            int covered = c.start();
            int count = 0;
            boolean glued = false;
            Place previous = null;
            for (KbMatch k : known) {
                boolean fits = place ? k.entry() instanceof Place
                    : k.entry() instanceof Organization o && o.kind() == Organization.Kind.GOVERNMENT;
                if (k.start() == covered && k.end() <= c.end() && fits) {
                    // 马里|兰州 is Maryland, one foreign place, not a country and a Chinese city
                    glued |= previous != null && previous.level() == Place.Level.COUNTRY
                        && !"CN".equals(previous.code()) && k.entry() instanceof Place city && city.isChineseDivision();
                    previous = k.entry() instanceof Place p ? p : null;
                    covered = k.end();
                    count++;
                }
            }
            tiled[i] = covered == c.end() && count >= 2 && !glued;
        }
        return tiled;
    }

    /**
     * Where a known sub-unit's match (建设银行浙江省分行, 人民银行上海总部) writes its parent: the longest start of the match
     * that the knowledge base knows as the parent; null for an organisation that is no sub-unit.
     */
    KbMatch parentBody(String text, KbMatch m, Organization unit) {
        if (unit.parent() == null || unit.id().indexOf('/') < 0) {
            return null;
        }
        for (int end = m.end() - 1; end >= m.start() + 2; end--) {
            Optional<Organization> parent = kb.organization(text.substring(m.start(), end));
            if (parent.isPresent() && parent.get().id().equals(unit.parent())) {
                return new KbMatch(m.start(), end, parent.get());
            }
        }
        return null;
    }

    /** The recognised span starts with the known organisation, or with known names (places) right up to it. */
    static boolean startsWithKnownNames(NerSpan span, KbMatch org, List<KbMatch> known) {
        int covered = span.start();
        for (KbMatch k : known) {
            if (k.start() == covered && k.end() <= org.start()) {
                covered = k.end();
            }
        }
        return covered == org.start();
    }

    /**
     * The place written before a known body is the body's own (中国 + 交通运输部, 广东 + 广州市中级人民法院), so the two are
     * the body; another place makes another body (法国 + 兴业银行, 澳大利亚 + 民政部) or a branch (深圳 + 平安银行).
     */
    boolean ownPlace(String prefix, KbMatch body) {
        Optional<Place> written = kb.place(prefix);
        if (written.isEmpty()) {
            return false;
        }
        Place p = written.get();
        for (KbMatch part : body.parts()) {
            if (part.entry() instanceof Place own) {
                if (!p.isChineseDivision() || !own.isChineseDivision() || p.code() == null || own.code() == null
                    || p.level() == Place.Level.COUNTY) {
                    return false;
                }
                int digits = p.level() == Place.Level.PROVINCE ? 2 : 4; // a province holds its cities, a city its counties
                return !p.code().equals(own.code()) && own.code().startsWith(p.code().substring(0, digits));
            }
        }
        return p.id().equals("place:CN");
    }

    /**
     * A country other than China, written before the name of a Chinese government body or bank, makes a foreign body
     * of that name (澳大利亚民政部, 法国兴业银行); before a company's name it names the company's home (美国苹果公司).
     */
    boolean foreignNamesake(String prefix, Organization known) {
        Optional<Place> p = kb.place(prefix);
        boolean namesake = known.kind() == Organization.Kind.GOVERNMENT || known.name().endsWith("银行");
        return namesake && p.isPresent() && p.get().level() == Place.Level.COUNTRY && !p.get().id().equals("place:CN");
    }

    /**
     * Lines of business a group's subsidiaries are named by (世茂 + 置业, 万科 + 物业, 小米 + 汽车): nouns only, since
     * a verb after a company is what it does (腾讯投资了…, 服务客户), and neither 控股 (控股股东) nor 基金 and 保险,
     * which go on to other nouns (基金代销, 保险客户).
     */
    private static final List<String> SUBSIDIARY_TRADES = List.of("置业", "地产", "物业", "科技", "资本", "证券", "金融",
        "能源", "汽车", "物流", "医药", "健康", "文化", "传媒", "电子");

    /**
     * A known company followed by a line of business, the two ending a word of the segmenter's (世茂|置业, 小米|汽车),
     * is a subsidiary of it: its own company, named and identified as written ({@code org:世茂置业}, as an unknown company
     * is, so that where the article writes it as a listed stock it is the same entity), with the known one as its
     * parent. The knowledge base's own entries win where it has them (平安证券 is a line of its own, matched whole).
     */
    static List<KbMatch> subsidiaries(String text, List<KbMatch> known, boolean[] boundary) {
        List<KbMatch> out = null;
        for (int i = 0; i < known.size(); i++) {
            KbMatch m = known.get(i);
            KbMatch sub = null;
            if (m.entry() instanceof Organization o && o.kind() == Organization.Kind.COMPANY && o.parent() == null
                && m.parts().isEmpty() && boundary[m.end()]) {
                for (String trade : SUBSIDIARY_TRADES) {
                    int end = m.end() + trade.length();
                    boolean free = i + 1 == known.size() || known.get(i + 1).start() >= end;
                    if (text.startsWith(trade, m.end()) && boundary[end] && free) {
                        String surface = text.substring(m.start(), end);
                        sub = new KbMatch(m.start(), end, new Organization("org:" + surface, surface,
                            Organization.Kind.COMPANY, o.id(), List.of()));
                        break;
                    }
                }
            }
            if (sub != null && out == null) {
                out = new ArrayList<>(known.subList(0, i));
            }
            if (out != null) {
                out.add(sub != null ? sub : m);
            }
        }
        return out == null ? known : out;
    }

    /**
     * A known organisation written by a short name and then more of its own full name (景顺长城 + 基金 of
     * 景顺长城基金管理有限公司, 穆迪 + 投资者), or a company's name and 公司 (南方电网公司), is named by all of it: the
     * mention is what the article writes. The continuation ends with a firm's word or a word of the segmenter's
     * (which cuts 景顺长城基|金也, so it is no judge of firm words).
     */
    static List<KbMatch> continuedByOwnName(String text, List<KbMatch> known, boolean[] boundary) {
        List<KbMatch> out = null;
        for (int i = 0; i < known.size(); i++) {
            KbMatch m = known.get(i);
            KbMatch longer = null;
            if (m.entry() instanceof Organization o && m.parts().isEmpty()) {
                String name = o.name();
                int at = name.indexOf(m.surface(text));
                int limit = i + 1 == known.size() ? text.length() : known.get(i + 1).start();
                int end = m.end();
                if (at >= 0) {
                    int from = at + (m.end() - m.start());
                    int wordEnd = m.end(); // the last place a firm's word or a word of the segmenter's ends
                    while (end < limit && from < name.length() && text.charAt(end) == name.charAt(from)) {
                        end++;
                        from++;
                        String more = text.substring(m.end(), end);
                        if (boundary[end] || FirmWords.ALL.stream().anyMatch(more::endsWith)) {
                            wordEnd = end;
                        }
                    }
                    end = wordEnd; // 华夏基金管|理费: back to 华夏基金, where a firm's word ends
                }
                if (o.kind() == Organization.Kind.COMPANY && text.startsWith("公司", end) && end + 2 <= limit
                    && boundary[end + 2]) {
                    end += 2; // 南方电网公司 is the company
                }
                if (end > m.end()) {
                    longer = new KbMatch(m.start(), end, o);
                }
            }
            if (longer != null && out == null) {
                out = new ArrayList<>(known.subList(0, i));
            }
            if (out != null) {
                out.add(longer != null ? longer : m);
            }
        }
        return out == null ? known : out;
    }

    /** Parts of speech of a common word: a verb, adjective or adverb is no name (会让人联想, 不吉利); not vn (国办). */
    private static final List<String> COMMON_NATURES = List.of("v", "vi", "vd", "a", "ad", "an", "d");

    /**
     * A known two-character organisation the segmenter reads as a verb, adjective or adverb of its own (会让人联想,
     * "to associate") is that word, not the name. (Being inside a longer word of the segmenter's says nothing: it
     * glues 人行, 腾讯 and 东盟 to their neighbours far more often than it is right to.)
     */
    static List<KbMatch> asWords(String text, List<KbMatch> known, List<Term> terms, int[] termStarts) {
        List<KbMatch> out = new ArrayList<>(known.size());
        for (KbMatch m : known) {
            if (sector(text, m)) {
                continue;
            }
            if (m.end() - m.start() == 2 && m.parts().isEmpty() && m.entry() instanceof Organization) {
                int k = java.util.Arrays.binarySearch(termStarts, m.start());
                if (k >= 0 && terms.get(k).word.length() == 2 && COMMON_NATURES.contains(String.valueOf(terms.get(k).nature))) {
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * A bank or heavy-industry name followed by 业 is the sector (中国银行业, 中国重工业), unless 业 opens the word
     * after it (宁波银行业绩, 中国银行业务, 建设银行业已): there it is the firm.
     */
    private static boolean sector(String text, KbMatch m) {
        return m.entry() instanceof Organization && sector(text, m.start(), m.end());
    }

    /** The name between {@code start} and {@code end} is a bank's or heavy industry's, and 业 makes it the sector. */
    static boolean sector(String text, int start, int end) {
        return (text.startsWith("银行", end - 2) || text.startsWith("重工", end - 2)) && end - start >= 4
            && end < text.length() && text.charAt(end) == '业'
            && (end + 1 >= text.length() || "绩务主内外已界".indexOf(text.charAt(end + 1)) < 0);
    }
}
