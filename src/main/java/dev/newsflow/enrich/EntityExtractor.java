package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.enrich.kb.KbEntry;
import dev.newsflow.enrich.kb.KbMatch;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.kb.Organization;
import dev.newsflow.enrich.kb.Place;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.enrich.ner.NerSpan;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Mention;
import dev.newsflow.model.Stock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terms → entities: the curated knowledge base first (canonical organisations with kinds and parents, places with
 * codes), then the learnt recogniser for everything the knowledge base does not know, then titles for people.
 *
 * <p>Precedence is what keeps junk out: a recognised span that overlaps a known organisation or place is dropped,
 * unless it is an organisation that strictly contains known places and ends like an organisation (陕西省铜川市人民政府),
 * so an organisation never swallows a known place (铜川市中心支行 gives 铜川市, not an organisation 铜川市中心).
 *
 * <p>Thread-safe: holds only immutable, shared models.
 */
final class EntityExtractor {
    private static final List<String> EVENT_ENDINGS = List.of("推进会", "座谈会", "研讨会", "发布会", "工作会", "会议",
        "论坛", "峰会", "博览会", "交易会", "年会", "例会", "大会");
    /** Pairs of opening and closing brackets and quotes. */
    private static final String BRACKETS = "()（）《》〈〉【】「」『』“”‘’[]";
    private static final String CREDIT_SUFFIXES = "摄称说拟谈则";
    /** Chinese numerals: a span opening with one and a measure or 大 (八大, 四大行, 三家) counts things, names none. */
    private static final String NUMERALS = "一二三四五六七八九十两几数";
    private static final String COUNTED = "大家个类种项条";
    /** A place does not end like a shop, an office, a company or its shares (海虹井路营业部, 华联超市, 山东墨龙A股). */
    private static final List<String> NOT_PLACE_ENDINGS = List.of("营业部", "办公室", "百货", "超市", "公司", "集团",
        "国际", "银行", "案", "交易所", "医院", "股", "灾区", "疫区");
    /** Nor start with a verb or a quantifier cut from the sentence (运最大核电站, 即拉萨…, 各大…). */
    private static final String NOT_PLACE_STARTS = "运国即各该其这那在从";
    private static final List<String> PARTY_COMMITTEES = List.of("党委", "党组");
    private static final List<String> UNIT_WORDS = List.of("支行", "分行", "分局", "分公司", "营业部");

    private final KnowledgeBase kb;
    private final NerModel model;
    private final TitleFinder titles;
    private final CompanyCues companyCues;
    private final Credits credits;
    private final KnownNames knownNames;
    private final FundProducts funds;

    EntityExtractor(KnowledgeBase kb, NerModel model) {
        this.kb = kb;
        this.model = model;
        this.titles = new TitleFinder();
        this.companyCues = new CompanyCues(kb);
        this.credits = new Credits(kb);
        this.knownNames = new KnownNames(kb);
        this.funds = new FundProducts(kb);
    }

    /**
     * Entities of {@code text}, in order of first mention.
     *
     * @param textOffset where the article's text starts in {@code text} (after its title and a newline); mentions
     *                   before it are reported in the title, the others relative to the text
     */
    List<Entity> extract(String text, List<Term> terms, int textOffset, List<Stock> stocks) {
        return extract(text, terms, textOffset, stocks, null);
    }

    /**
     * Every entity occurrence of {@code text} as a labelled span (PER, LOC, ORG_GOV, ORG_COM, ORG_ORG, TITLE),
     * exactly as {@link #extract} decides them: what {@code eval-ner --recogniser enricher} scores.
     */
    List<NerSpan> spans(String text, List<Term> terms) {
        List<NerSpan> spans = new ArrayList<>();
        extract(text, terms, 0, List.of(), spans);
        spans.sort(java.util.Comparator.comparingInt(NerSpan::start));
        return spans;
    }

    private List<Entity> extract(String text, List<Term> terms, int textOffset, List<Stock> stocks,
                                 List<NerSpan> spansOut) {
        if (text.isEmpty()) {
            return List.of();
        }
        Entities found = new Entities(text, textOffset, spansOut, Credits.credited(text));
        List<int[]> orgSpans = new ArrayList<>(); // [start, end, index into orgIds]
        List<String> orgIds = new ArrayList<>();
        List<NerSpan> titleSpans = new ArrayList<>();
        List<NerSpan> persons = new ArrayList<>();
        List<NerSpan> candidates = new ArrayList<>();
        int[] termStarts = termStarts(terms);
        boolean[] boundary = termBoundaries(text, terms, termStarts);
        boolean[] titleAt = titleWords(text, terms);
        List<NerSpan> tagged = mergeLatinNames(text, confident(text, model.tagScored(text, terms), boundary));
        boolean[] personAt = new boolean[text.length() + 1];
        for (NerSpan s : tagged) {
            personAt[s.start()] |= s.label().equals("PER");
        }
        for (NerSpan s : tagged) {
            if (s.label().equals("TITLE")) {
                titleSpans.add(s);
                if (spansOut != null) {
                    spansOut.add(s);
                }
            } else {
                for (NerSpan piece : betweenStops(text, s)) {
                    NerSpan unglued = afterFunctionCharacter(text, piece, boundary);
                    if (unglued != piece && kb.organization(text.substring(unglued.start(), unglued.end())).isEmpty()
                        && JunkRules.commonWords(text.substring(unglued.start(), unglued.end()))) {
                        continue; // 对|清洁能源: a preposition glued to a trade
                    }
                    piece = institutionInPlace(text, withAssetManagement(text, withoutMarketVerb(text, unglued)));
                    NerSpan trimmed = trimFormer(text, trimTitle(text, trimClause(text, trimLocative(text,
                        trimCredit(text, trimConjunction(text, piece, titleSpans)), boundary)),
                        boundary, titleAt, personAt));
                    boolean surname = trimmed.end() - trimmed.start() == 1 && personAt[trimmed.end()];
                    if (!surname && plausible(text, trimmed, boundary) && wholeWords(text, trimmed)
                        && !opensWithVerb(text, trimmed, terms, termStarts)
                        && !holdsVerb(text, trimmed, terms, termStarts)) {
                        candidates.add(trimmed);
                    }
                }
            }
        }
        People.finishDottedNames(text, candidates);
        People.addEnglishPeople(text, candidates);
        People.addAnonymisedPeople(text, candidates);
        People.addAppointedPeople(text, candidates);
        credits.add(text, candidates);
        People.joinAdjacentPeople(text, candidates);
        People.administrationsArePeople(text, candidates);
        addListedCompanies(text, terms, termStarts, candidates);
        joinBracketedLegalNames(text, terms, termStarts, candidates);
        reachLegalNames(text, terms, termStarts, candidates, boundary);
        addProfessionalFirms(text, terms, termStarts, candidates, titleSpans, boundary);
        if (spansOut != null) {
            spansOut.removeIf(t -> t.label().equals("TITLE") && !titleSpans.contains(t));
        }
        extendCompanyNames(text, candidates, boundary);
        financeFirmsBeforePeople(text, terms, termStarts, candidates, titleSpans);
        firmsTakenForPeople(text, candidates, titleSpans);
        People.consistentPersonNames(text, candidates, boundary);
        List<KbMatch> known = KnownNames.subsidiaries(text, KnownNames.continuedByOwnName(text,
            KnownNames.asWords(text, kb.scan(text), terms, termStarts), boundary), boundary);
        CompanyCues.Found cues = companyCues.add(text, terms, termStarts, boundary, candidates, stocks, known);
        boolean[] fund = funds.names(text, termStarts);
        candidates.removeIf(c -> fund[c.start()] && fund[c.end() - 1]); // 易方达价值精选, 华夏|聚丰稳健目标基金
        known = known.stream().filter(m -> !(fund[m.start()] && fund[m.end() - 1])
            && !regionOfAFirm(text, m.entry(), m.end())).toList();
        candidates.removeIf(c -> c.label().equals("LOC") && kb.place(text.substring(c.start(), c.end()))
            .filter(p -> regionOfAFirm(text, p, c.end())).isPresent());
        boolean[] cued = cues.cued();
        found.listedCodes = cues.codes();
        // The recogniser sees context, the knowledge base knows names: a recognised span that contains known names
        // wins (北京大学, 陕西省铜川市人民政府) and keeps them resolvable as parts; a known name that contains or crosses
        // recognised spans wins over them; where both agree exactly, the knowledge base names the entity.
        int[] owner = new int[text.length()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            for (int k = c.start(); k < c.end(); k++) {
                owner[k] = i;
            }
        }
        boolean[] dropped = new boolean[candidates.size()];
        String[] parentOf = new String[candidates.size()];
        KbMatch[] parentAt = new KbMatch[candidates.size()];
        boolean[] tiled = KnownNames.tiledByKnownNames(candidates, known);
        List<KbMatch> insideRecognised = new ArrayList<>();
        List<KbMatch> winners = new ArrayList<>();
        for (KbMatch m : known) {
            if (cued[m.start()] && m.entry() instanceof Place && owner[m.start()] >= 0
                && candidates.get(owner[m.start()]).start() == m.start()
                && candidates.get(owner[m.start()]).end() == m.end()) {
                continue; // the article says 龙湖 is a firm (美的置业、龙湖、旭辉等民营房企)
            }
            if (m.entry() instanceof Organization && owner[m.start()] >= 0) {
                NerSpan firm = candidates.get(owner[m.start()]);
                if (cued[firm.start()] && firm.start() < m.start() && firm.end() >= m.end()) {
                    continue; // 上投摩根基金 is not 摩根基金 with something before it
                }
            }
            NerSpan inside = null;
            boolean containsAll = true;
            for (int k = m.start(); k < m.end(); k++) {
                if (owner[k] >= 0) {
                    NerSpan c = candidates.get(owner[k]);
                    if (c.start() < m.start() || c.end() > m.end()) {
                        containsAll = false;
                        inside = c;
                        break;
                    }
                }
            }
            boolean within = inside != null && inside.start() <= m.start() && inside.end() >= m.end();
            if (!containsAll && within && tiled[owner[m.start()]]) {
                containsAll = true; // 中共中央国务院 is two bodies, each known; 贵州省安顺市 two places
            }
            if (!containsAll && within && m.entry() instanceof Organization && inside.label().startsWith("ORG")
                && m.end() == inside.end() && m.start() > inside.start()
                && knownNames.ownPlace(text.substring(inside.start(), m.start()), m)) {
                // 中国交通运输部, 广东广州市中级人民法院: the known body, written with its country or province
                m = new KbMatch(inside.start(), m.end(), m.entry(), m.parts());
                containsAll = true;
            }
            if (!containsAll && within && m.entry() instanceof Organization && inside.label().startsWith("ORG")
                && m.end() == inside.end()
                && knownNames.foreignNamesake(text.substring(inside.start(), m.start()), (Organization) m.entry())) {
                continue; // 法国兴业银行, 澳大利亚民政部: a foreign body of the same name, neither the known one nor its unit
            }
            if (!containsAll && within && m.entry() instanceof Organization o && inside.label().startsWith("ORG")) {
                // 人民银行定点帮扶…领导小组 is a unit of the bank; 研究部署人民银行 is a verb phrase swallowing it, and
                // 国泰君安王明远 a person glued to the firm and 华夏基金基金 a doubled word
                if (KnownNames.startsWithKnownNames(inside, m, known) && !JunkRules.notAUnit(text, m.start(), m.end(), inside.end())) {
                    parentOf[owner[m.start()]] = o.id();
                    parentAt[owner[m.start()]] = m;
                    continue;
                }
                containsAll = true;
            }
            if (!containsAll && !within && m.entry() instanceof Organization && inside.label().startsWith("ORG")
                && m.start() < inside.start()) {
                containsAll = true; // a span that starts inside a known organisation's name is a fragment (方达基金…)
            }
            if (!containsAll && within && m.entry() instanceof Organization && inside.label().equals("LOC")
                && inside.end() == m.end()) {
                containsAll = true; // a place never ends with a known organisation (普陀区 + a shop's name)
            }
            boolean placedBody = inside != null && inside.label().equals("LOC") && m.entry() instanceof Organization
                && !m.parts().isEmpty() && m.parts().get(0).start() == m.start();
            if (!containsAll && !within && (inside.label().equals("PER") || placedBody) && m.start() > inside.start()
                && m.start() < inside.end() && m.end() > inside.end()) {
                // a known name that starts inside a person and runs past its end took the person's last
                // characters (王明成|都 is 王明 and 成都): the person ends where the known name starts; so does a
                // place whose last part names a body (安顺市|普定县住房和城乡建设局)
                keepOutside(inside, m, owner, candidates, dropped);
                containsAll = true;
            }
            if (!containsAll && !within && inside.label().equals("PER") && m.entry() instanceof Organization
                && inside.start() > m.start() && inside.end() > m.end()) {
                // a person that starts inside a known organisation took its last characters (博时基|金称 is
                // 博时基金 and 称): the person starts where the organisation ends
                keepOutside(inside, m, owner, candidates, dropped);
                containsAll = true;
            }
            if (!containsAll) {
                // the known name lies inside, or across, a recognised span: the span stands; a place inside a
                // recognised place or organisation stays resolvable as a part
                boolean glued = cued[inside.start()] && m.start() > inside.start(); // 华泰国际 has no 泰国
                if (!inside.label().equals("PER") && within && !glued) {
                    insideRecognised.add(m);
                }
                continue;
            }
            for (int k = m.start(); k < m.end(); k++) {
                NerSpan c = owner[k] >= 0 ? candidates.get(owner[k]) : null;
                boolean same = c != null && c.start() == m.start() && c.end() == m.end();
                boolean withinOrg = c != null && m.entry() instanceof Organization && c.start() >= m.start()
                    && c.end() <= m.end();
                if (c != null && (same || withinOrg || !c.label().equals("PER"))) {
                    dropped[owner[k]] = true; // 合肥 tagged as a person is the city; 高盛, or 诺德 of 诺德基金, the company
                }
            }
            winners.add(m);
        }
        KnownNames.relinkBareCentralBank(text, winners);
        KnownNames.dropGluedForeignPlaces(winners);
        for (KbMatch m : winners) {
            if (m.entry() instanceof Organization o) {
                found.organization(o, m, text);
                orgSpans.add(new int[] {m.start(), m.end(), orgIds.size()});
                orgIds.add(o.id());
                KbMatch body = knownNames.parentBody(text, m, o);
                if (body != null) {
                    // 建设银行浙江省分行 is a unit of 建设银行: an article about the unit is an article naming the bank,
                    // so the bank is an entity of it too (whoever follows org:ccb's mentions sees it)
                    found.nested(() -> found.organization((Organization) body.entry(), body, text));
                }
                for (KbMatch part : m.parts()) {
                    if (part.entry() instanceof Place p) {
                        found.nested(() -> found.place(p, part, text));
                    }
                }
            } else if (m.entry() instanceof Place p) {
                found.place(p, m, text);
                for (KbMatch part : m.parts()) { // 粤港澳大湾区 names 广东, 香港 and 澳门 too
                    found.nested(() -> found.place((Place) part.entry(), part, text));
                }
            }
        }
        KnownNames.dropGluedForeignPlaces(insideRecognised);
        for (KbMatch m : insideRecognised) {
            if (m.entry() instanceof Place p) {
                found.nested(() -> found.place(p, m, text));
            }
        }
        Map<String, String> sameOrganisation = unknownOrganisationAliases(text, candidates, dropped);
        Map<String, String[]> defined = definedAliases(text, winners, candidates, dropped, sameOrganisation);
        boolean[] covered = new boolean[text.length()];
        for (KbMatch m : winners) {
            java.util.Arrays.fill(covered, m.start(), m.end(), true);
        }
        java.util.Set<String> personNames = new java.util.HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (!dropped[i] && candidates.get(i).label().equals("PER")) {
                personNames.add(text.substring(candidates.get(i).start(), candidates.get(i).end()));
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (dropped[i]) {
                continue;
            }
            NerSpan s = candidates.get(i);
            String surface = text.substring(s.start(), s.end());
            if (s.label().startsWith("ORG") && personsFirm(surface, personNames)) {
                continue; // 郑恺旗下公司, 钱治亚关联公司: a person's firm, described, not named
            }
            java.util.Arrays.fill(covered, s.start(), s.end(), true);
            String[] alias = defined.get(surface);
            if (alias != null) {
                s = new NerSpan(s.start(), s.end(), alias[1]); // 法恩莱特, defined as the company's short name
            }
            switch (s.label()) {
                case "PER" -> persons.add(s);
                case "LOC" -> {
                    Optional<Place> place = kb.placeInContext(surface);
                    found.add(place.isPresent() ? place.get().id() : "place:" + surface, EntityType.PLACE,
                        place.map(Place::name).orElse(surface), surface, s.start(), s.end())
                        .place(place.orElse(null));
                }
                default -> { // ORG_GOV, ORG_COM, ORG_ORG, ORG
                    String named = alias != null ? alias[0] : sameOrganisation.getOrDefault(surface, surface);
                    addOrganisation(found, orgSpans, orgIds, text, s, named, parentOf[i]);
                    KbMatch parent = parentAt[i];
                    if (parent != null && parent.entry() instanceof Organization p) {
                        found.nested(() -> found.organization(p, parent, text)); // the unit's body is named too
                    }
                }
            }
        }
        for (Map.Entry<String, String[]> alias : defined.entrySet()) {
            // the short name the article defined, wherever nothing else was found on it
            for (int at = text.indexOf(alias.getKey()); at >= 0; at = text.indexOf(alias.getKey(), at + 1)) {
                int end = at + alias.getKey().length();
                boolean free = true;
                for (int k = at; k < end; k++) {
                    free &= !covered[k];
                }
                if (free && boundary[at] && boundary[end]) {
                    java.util.Arrays.fill(covered, at, end, true);
                    addOrganisation(found, orgSpans, orgIds, text, new NerSpan(at, end, alias.getValue()[1]),
                        alias.getValue()[0], null);
                }
            }
        }
        int previousEnd = -1;
        String previousOrg = null;
        TitleFinder.Title previousTitle = null;
        for (NerSpan p : persons) {
            String name = text.substring(p.start(), p.end());
            Entities.Builder person = found.add("person:" + name, EntityType.PERSON, name, name, p.start(), p.end())
                .span("PER");
            TitleFinder.Title title = titles.find(text, p.start(), p.end(), titleSpans, orgSpans);
            if (title == null && previousTitle != null && previousTitle.before() && p.start() == previousEnd + 1
                && text.charAt(previousEnd) == '、') {
                title = previousTitle; // 基金经理张文君、高莺: names listed after one title share it
            }
            String org = title == null || title.orgIndex() < 0 ? null : orgIds.get(title.orgIndex());
            if (title != null && title.before() && org == null && previousOrg != null
                && p.start() - title.text().length() == previousEnd + 1 && text.charAt(previousEnd) == '、') {
                // 人民银行行长易纲、党委书记郭树清: a list of officials shares the organisation that opens it
                org = previousOrg;
            }
            if (title != null && person.title == null) {
                person.title = title.text();
                person.org = org;
                int slash = org == null ? -1 : org.indexOf('/');
                if (slash > 0 && PARTY_COMMITTEES.contains(org.substring(slash + 1))) {
                    // 人民银行党委委员: 党委 is part of the title, the organisation is the bank itself
                    person.title = org.substring(slash + 1) + title.text();
                    person.org = org.substring(0, slash);
                }
            }
            previousEnd = p.end();
            previousOrg = org;
            previousTitle = title;
        }
        return found.build();
    }

    /**
     * Listed companies are written by their short name, often two characters and a word of their trade (宏发股份,
     * 春秋航空, 白云机场, 长电科技), which the segmenter knows as organisations (nt) and the recogniser, trained on
     * other news, misses.
     */
    /** Adds the segmenter's listed-company short names (see {@link FirmWords#LISTED}); a place is no brand (广州地产专家) that no recognised span covers. */
    private void addListedCompanies(String text, List<Term> terms, int[] termStarts, List<NerSpan> candidates) {
        boolean[] taken = new boolean[text.length() + 1];
        for (NerSpan c : candidates) {
            for (int k = c.start(); k < c.end(); k++) {
                taken[k] = true;
            }
        }
        boolean added = false;
        for (int k = 0; k < termStarts.length; k++) {
            Term t = terms.get(k);
            int start = termStarts[k];
            int end = start + t.word.length();
            if (end > text.length() || t.nature == null || !t.nature.startsWith("nt") || t.word.length() != 4
                || !FirmWords.LISTED.contains(t.word.substring(2)) || !text.startsWith(t.word, start)
                || !shortName(t.word.substring(0, 2)) || kb.place(t.word.substring(0, 2)).isPresent()) {
                continue;
            }
            boolean free = true;
            for (int c = start; c < end; c++) {
                free &= !taken[c];
            }
            if (free) {
                candidates.add(new NerSpan(start, end, "ORG_COM"));
                added = true;
            }
        }
        if (added) {
            candidates.sort(java.util.Comparator.comparingInt(NerSpan::start));
        }
    }

    /**
     * A legal name with its seat in brackets (爱科微半导体（上海）有限公司) is one name, but the recogniser often stops at
     * the bracket and takes what follows for a company of its own: an organisation span that opens with a bracket
     * reaches back over the name before it (see {@link #nameStart}), taking in what was found there.
     */
    private void joinBracketedLegalNames(String text, List<Term> terms, int[] termStarts,
                                                List<NerSpan> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            char first = text.charAt(c.start());
            int bracket = c.start();
            if (c.label().startsWith("ORG") && first != '（' && first != '(' && c.start() > 3
                && text.charAt(c.start() - 1) == '）' && LEGAL_FORM_END.matcher(text).region(c.start(), c.end()).find()) {
                bracket = text.lastIndexOf('（', c.start() - 1); // 火凤祥（宁波）|品牌管理有限公司: the seat is closed
                if (bracket < 0 || c.start() - bracket > 8
                    || kb.place(text.substring(bracket + 1, c.start() - 1)).isEmpty()) {
                    continue; // 建设（集团）有限公司 has no seat in brackets
                }
            } else if (!c.label().startsWith("ORG") || first != '（' && first != '(') {
                continue;
            }
            int start = nameStart(text, terms, termStarts, bracket);
            if (start >= bracket) {
                continue;
            }
            int inside = 0;
            while (i - inside - 1 >= 0 && candidates.get(i - inside - 1).start() >= start) {
                inside++;
            }
            if (i - inside - 1 >= 0 && candidates.get(i - inside - 1).end() > start) {
                continue; // a span crosses the reach: leave it
            }
            for (int k = 0; k < inside; k++) {
                candidates.remove(i - inside);
            }
            i -= inside;
            candidates.set(i, new NerSpan(start, c.end(), c.label()));
        }
    }

    /**
     * A company's legal name is written in full, seat first (佛山市纷艾家具有限公司, 苏州市亦暇服饰有限公司), but the
     * recogniser often takes the seat for a place and starts the company after it: an organisation span ending with a
     * legal form reaches back (see {@link #seatStart}) over the words and places just before it.
     */
    private void reachLegalNames(String text, List<Term> terms, int[] termStarts, List<NerSpan> candidates,
                                 boolean[] boundary) {
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            if (!c.label().startsWith("ORG") || !endsWithAny(text.substring(c.start(), c.end()), LEGAL_NAMES)) {
                continue;
            }
            // a span that starts inside the segmenter's word (对|青海盐湖能源有限公司) was cut there on purpose
            int start = boundary[c.start()] ? seatStart(text, terms, termStarts, c.start()) : c.start();
            int inside = 0;
            boolean person = false;
            while (i - inside - 1 >= 0 && candidates.get(i - inside - 1).start() >= start) {
                person |= candidates.get(i - inside - 1).label().equals("PER");
                inside++;
            }
            if (person) {
                continue; // 任鸿鹏任中国铁路工程集团有限公司: a person and a verb, not the seat of a name
            }
            NerSpan before = i - inside - 1 >= 0 ? candidates.get(i - inside - 1) : null;
            if (before != null && before.label().equals("LOC") && before.end() == start) {
                // 上海市浦东新区|建设（集团）有限公司: a seat the segmenter glued into the next word
                inside++;
                start = before.start();
            } else if (before != null && before.end() > start) {
                continue; // a span crosses the reach: leave it
            } else if (start == c.start() && !boundary[start]) {
                // 上海市|浦东新区|建设（集团）有限公司: known places the segmenter glued into the name's first word
                start = placesBefore(text, start);
                if (before != null && before.end() > start) {
                    continue;
                }
            }
            if (start == c.start()) {
                continue;
            }
            for (int k = 0; k < inside; k++) {
                candidates.remove(i - inside);
            }
            i -= inside;
            candidates.set(i, new NerSpan(start, c.end(), c.label()));
        }
    }

    /** Where the known places written right before {@code end} start (上海市浦东新区|), or {@code end}. */
    private int placesBefore(String text, int end) {
        int start = end;
        for (boolean more = true; more; ) {
            more = false;
            for (int length = Math.min(5, start); length >= 2 && !more; length--) {
                if (kb.place(text.substring(start - length, start)).isPresent()) {
                    start -= length;
                    more = true;
                }
            }
        }
        return start;
    }

    /** Professional firms, named by their seat, brand and kind (北京市天元律师事务所, 立信会计师事务所（特殊普通合伙）). */
    private static final java.util.regex.Pattern PROFESSIONAL_FIRM = java.util.regex.Pattern.compile(
        "(?:律师|会计师)事务所(?:[（(]特殊普通合伙[）)])?");

    /**
     * A law or accounting firm is its brand and its kind, which the recogniser reads as a person's title (天元律师): the
     * words before the kind, as far as a legal name reaches (see {@link #seatStart}), make the firm.
     */
    private static void addProfessionalFirms(String text, List<Term> terms, int[] termStarts, List<NerSpan> candidates,
                                             List<NerSpan> titleSpans, boolean[] boundary) {
        java.util.regex.Matcher firm = PROFESSIONAL_FIRM.matcher(text);
        while (firm.find()) {
            if (!boundary[firm.start()]) {
                continue;
            }
            int start = seatStart(text, terms, termStarts, firm.start());
            if (firm.start() - start < 2) {
                continue;
            }
            int end = firm.end();
            boolean crossed = false;
            for (NerSpan c : candidates) {
                crossed |= c.start() < start && c.end() > start || c.start() < end && c.end() > end;
            }
            if (!crossed) {
                candidates.removeIf(c -> c.start() >= start && c.end() <= end);
                titleSpans.removeIf(t -> t.start() >= start && t.end() <= end); // 天元律师 is no title here
                candidates.add(new NerSpan(start, end, "ORG_COM"));
                candidates.sort(java.util.Comparator.comparingInt(NerSpan::start));
            }
        }
    }

    /**
     * {@link #nameStart}, but after any verb, title (合伙人), party (原告, 甲方, 保荐机构) or word ending in a copula
     * (受|让|方为|湖南跃腾…): the reach of a legal name towards its seat crosses names, not the clause that introduces
     * them.
     */
    private static int seatStart(String text, List<Term> terms, int[] starts, int end) {
        int start = nameStart(text, terms, starts, end);
        int first = java.util.Arrays.binarySearch(starts, start);
        for (int k = Math.max(first, 0); k < starts.length && starts[k] < end; k++) {
            int wordEnd = k + 1 < starts.length ? Math.min(starts[k + 1], end) : end;
            String word = text.substring(starts[k], wordEnd);
            String nature = terms.get(k).nature == null ? "" : terms.get(k).nature.toString();
            if (nature.startsWith("v") || nature.equals("nnt") || "为是称".indexOf(text.charAt(wordEnd - 1)) >= 0
                || role(word, nature)) {
                start = wordEnd;
            }
        }
        return start;
    }

    /** Parties and roles a legal name is written after (原告|, 甲方|, 发行人|, 保荐机构|, 控股股东|, 承销商|). */
    private static boolean role(String word, String nature) {
        return word.length() >= 2 && !nature.startsWith("ns") && ("人方告商".indexOf(word.charAt(word.length() - 1)) >= 0
            || word.endsWith("机构") || word.endsWith("股东"));
    }

    /** Relations that end a name's reach backwards: 全资子公司|爱科微… */
    private static final List<String> RELATION_WORDS = List.of("子公司", "公司", "母公司", "股东", "旗下", "集团");

    /**
     * Where the name that ends at {@code end} starts: back over the segmenter's words (at most 20 characters) until a
     * punctuation mark, a preposition, conjunction, particle, pronoun or number, a verb, adverb or time word of two
     * characters or more, or a relation word (投资了|爱科微半导体, 公司与|…, 全资子公司|…).
     */
    private static int nameStart(String text, List<Term> terms, int[] starts, int end) {
        int count = 0;
        while (count < starts.length && starts[count] < end) {
            count++;
        }
        int start = end;
        for (int k = count - 1; k >= 0; k--) {
            int wordEnd = k + 1 < count ? starts[k + 1] : end;
            if (wordEnd != start || end - starts[k] > 20) {
                break;
            }
            String word = text.substring(starts[k], wordEnd);
            String nature = terms.get(k).nature == null ? "" : terms.get(k).nature.toString();
            // a single character of another part of speech may belong to the name (爱|科|微半导体)
            String stops = word.length() == 1 ? "pcuwrmq" : "vpcudrmqftwey";
            if (nature.isEmpty() || stops.indexOf(nature.charAt(0)) >= 0 || RELATION_WORDS.contains(word)
                || !Character.isLetterOrDigit(word.charAt(0))
                || word.length() == 2 && "为是".indexOf(word.charAt(1)) >= 0) { // 运营|方为|火凤祥（宁波）…
                break;
            }
            int copula = Math.max(word.lastIndexOf('为'), word.lastIndexOf('是'));
            if (copula > 0 && word.length() >= 3) {
                start = starts[k] + copula + 1; // 运营方为火|凤祥（宁波）: the segmenter glued the copula to the name
                break;
            }
            start = starts[k];
        }
        return start;
    }

    /**
     * The recogniser often stops a listed company's short name at its brand (南极|电商, 中航|重机): a short span, not a
     * known place, followed by one of {@link FirmWords#LISTED_SHORT_NAME} that ends a segmenter's word is the company.
     * A known place is no brand (广东电子信息产业, 中国能源报); a name the recogniser took for a person's is
     * (奥泰|生物, 英科|医疗), since people are not written before a trade (马斯克资产 names no trade).
     */
    private void extendCompanyNames(String text, List<NerSpan> candidates, boolean[] boundary) {
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            int length = c.end() - c.start();
            String surface = text.substring(c.start(), c.end());
            if (length < 2 || length > 4 || c.label().equals("TITLE") || c.label().equals("PER") && length > 3
                || kb.organization(surface).isPresent() || kb.place(surface).isPresent()) {
                continue; // 广东电子信息产业 and 中国能源报 are no companies
            }
            if (c.label().equals("PER") && (speaksElsewhere(text, surface, c.start())
                || length >= 3 && People.transliterated(surface))) {
                continue; // 拜登能源计划 … 拜登表示: one who speaks is a person (九安医疗 … 九安的市值 is not)
            }
            List<String> endings = c.label().equals("PER") && firmTitleAfterFinance(text, c.end())
                ? FirmWords.FINANCE : FirmWords.LISTED_SHORT_NAME;
            for (String word : endings) {
                int end = c.end() + word.length();
                if (text.startsWith(word, c.end()) && boundary[end] && !fundNameGoesOn(text, end)
                    && (i + 1 == candidates.size() || candidates.get(i + 1).start() >= end)) {
                    candidates.set(i, new NerSpan(c.start(), end, "ORG_COM"));
                    break;
                }
            }
        }
    }

    /** What only a firm has, right after its name (莫德纳新冠疫苗, 莫德纳或辉瑞疫苗, 爱迪尔的股价). */
    private static final java.util.regex.Pattern FIRMS_PRODUCT = java.util.regex.Pattern.compile(
        "(?:新冠)?疫苗|(?:或|和|与)\\p{IsHan}{2,4}?(?:新冠)?疫苗|的?股价");

    /** Titles of a firm's officers, which a firm's name stands before (戴德梁行大中华区副总裁). */
    private static final java.util.regex.Pattern OFFICERS = java.util.regex.Pattern.compile(
        "董事长|董事|总裁|总经理|经理|首席|CEO|合伙人|总监|创始人");

    /**
     * A Chinese person's name has two or three characters, rarely four with a double surname; a foreign one is
     * written with a dot or is a surname alone, which ends no trade: a "person" of four or more Chinese characters
     * that ends with a firm's trade (华正新材, 东方电气) or, without a double surname, stands before an officer's title
     * (戴德梁行大中华区副总裁) is a firm; so is any "person" before what only a firm has (莫德纳新冠疫苗, …的股价).
     */
    private static void firmsTakenForPeople(String text, List<NerSpan> candidates, List<NerSpan> titleSpans) {
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            String surface = text.substring(c.start(), c.end());
            if (c.label().equals("PER") && FIRMS_PRODUCT.matcher(text).region(c.end(), text.length()).lookingAt()) {
                candidates.set(i, new NerSpan(c.start(), c.end(), "ORG_COM")); // 莫德纳新冠疫苗: people make no vaccines
                continue;
            }
            if (!c.label().equals("PER") || surface.length() < 4
                || !surface.codePoints().allMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN)) {
                continue;
            }
            boolean trade = false;
            for (String word : FirmWords.TRADES) {
                trade |= surface.length() >= word.length() + 2 && surface.endsWith(word);
            }
            boolean officer = false;
            for (NerSpan title : People.doubleSurname(surface) ? List.<NerSpan>of() : titleSpans) {
                officer |= title.start() == c.end()
                    && OFFICERS.matcher(text.substring(title.start(), title.end())).find();
            }
            if (trade || officer) {
                candidates.set(i, new NerSpan(c.start(), c.end(), "ORG_COM"));
            }
        }
    }

    /** Lines of financial business a private fund manager's name ends with (石锋资产, 聚鸣投资, 凯风创投). */
    private static final List<String> FUND_MANAGER_WORDS = List.of("资产", "投资", "资本", "创投", "基金");

    /**
     * A word of two characters that is no common word, a line of financial business, then a person or a title
     * (石锋资产董事长郭锋, 千象资产陈斌, 青骊投资合伙人苏雪晶) is a fund manager's firm, though nothing was
     * found on it: the segmenter reads its brand as a person's name. Speakers elsewhere are people (the check of
     * {@link #extendCompanyNames}).
     */
    private void financeFirmsBeforePeople(String text, List<Term> terms, int[] termStarts, List<NerSpan> candidates,
                                          List<NerSpan> titleSpans) {
        boolean[] personAt = new boolean[text.length() + 1];
        boolean[] titleAt = new boolean[text.length() + 1];
        boolean[] taken = new boolean[text.length() + 1];
        for (NerSpan c : candidates) {
            personAt[c.start()] |= c.label().equals("PER");
            if (!c.label().equals("PER")) {
                java.util.Arrays.fill(taken, c.start(), c.end(), true);
            }
        }
        for (NerSpan t : titleSpans) {
            titleAt[t.start()] = true;
        }
        List<NerSpan> firms = new ArrayList<>();
        for (int j = 0; j + 1 < terms.size(); j++) {
            String brand = terms.get(j).word;
            String line = terms.get(j + 1).word;
            int start = termStarts[j];
            int end = termStarts[j + 1] + line.length();
            // 投资 is a verb too (张勇投资王明): only a title after it says it is a firm's
            boolean named = titleAt[end] || personAt[end] && !line.equals("投资");
            if (brand.length() == 2 && FUND_MANAGER_WORDS.contains(line) && end <= text.length() && named
                && !taken[start] && !taken[start + 1] && (start == 0 || !taken[start - 1]) // 兴证资管公募投资部: a unit
                && "部处室司局科组".indexOf(text.charAt(end)) < 0 && Character.isLetter(brand.charAt(0))
                && !JunkRules.commonWords(brand) && kb.place(brand).isEmpty() && kb.organization(brand).isEmpty()
                && !speaksElsewhere(text, brand, start)) {
                firms.add(new NerSpan(start, end, "ORG_COM"));
            }
        }
        if (!firms.isEmpty()) {
            Candidates.replaceInside(text, candidates, firms, c -> !c.label().equals("PER"));
        }
    }

    private static final List<String> SPEECH = List.of("表示", "称", "说", "认为", "指出", "强调", "透露", "坦言");

    /** The name is written somewhere else in the text right before a verb of speech (拜登表示). */
    private static boolean speaksElsewhere(String text, String name, int except) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (at != except && SPEECH.stream().anyMatch(verb -> text.startsWith(verb, end))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FINANCE_FIRM_TITLE = java.util.regex.Pattern.compile(
        "^(?:" + String.join("|", FirmWords.FINANCE) + ")(?:董事长|总经理|总裁|创始人|首席|合伙人|副总|董事|CEO)");

    /** A finance word, then a corporate title (凯丰|投资董事长): the name before is the firm's, not a person's. */
    private static boolean firmTitleAfterFinance(String text, int end) {
        return FINANCE_FIRM_TITLE.matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
    }

    private static final java.util.regex.Pattern FUND_WORDS = java.util.regex.Pattern.compile("混合|指数|债券|股票|联接|ETF|LOF");

    /** The words after a brand and its trade go on to name a fund (中欧医疗健康混合A), not the company. */
    private static boolean fundNameGoesOn(String text, int end) {
        int stop = end;
        while (stop < text.length() && stop - end < 8 && Character.isLetter(text.charAt(stop))) {
            stop++;
        }
        return FUND_WORDS.matcher(text.substring(end, stop)).find();
    }

    /**
     * One character is a place where the recogniser read it as one, the knowledge base knows it, and the segmenter's
     * word around it is made of such characters only (中美, 沪深, 港澳台, 访|华): 京 of 普京 and 中 of 中西部 sit inside
     * other words. (One right before a recognised person is the surname: 华|春莹.)
     */
    private boolean abbreviatedPlace(String text, int at, boolean[] boundary) {
        int from = at;
        while (from > 0 && !boundary[from]) {
            from--;
        }
        int to = at + 1;
        while (to < text.length() && !boundary[to]) {
            to++;
        }
        for (int i = from; i < to; i++) {
            if (kb.placeInContext(text.substring(i, i + 1)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void addOrganisation(Entities found, List<int[]> orgSpans, List<String> orgIds, String text, NerSpan s,
                                 String named, String parent) {
        if (named.startsWith("_ST")) {
            named = "*" + named.substring(1); // feeds write the star of *ST天龙 as _ in titles (诘问_ST天龙_是否…)
        }
        Optional<Organization> org = kb.organization(named);
        // *ST天龙 and ST天龙 are one stock under risk warning, written with and without the star
        String id = org.map(Organization::id).orElse("org:" + (named.startsWith("*ST") ? named.substring(1) : named));
        Entities.Builder b = found.add(id, EntityType.ORGANIZATION, org.map(Organization::name).orElse(named),
            text.substring(s.start(), s.end()), s.start(), s.end()).organization(org.orElse(null), kindOf(s.label()));
        if (b.parent == null && org.isEmpty()) {
            b.parent = parent;
        }
        orgSpans.add(new int[] {s.start(), s.end(), orgIds.size()});
        orgIds.add(id);
    }

    /**
     * Cuts a recognised span that crosses a known name's match down to the part outside it, on the side where it
     * sticks out (王明|成都 → 王明; 博时基金|称 → 称, too short, dropped), and frees the characters it gave up.
     */
    private static void keepOutside(NerSpan crossing, KbMatch known, int[] owner, List<NerSpan> candidates,
                                    boolean[] dropped) {
        int index = owner[Math.max(crossing.start(), known.start())];
        boolean before = crossing.start() < known.start();
        int start = before ? crossing.start() : known.end();
        int end = before ? known.start() : crossing.end();
        for (int k = Math.max(crossing.start(), known.start()); k < Math.min(crossing.end(), known.end()); k++) {
            owner[k] = -1;
        }
        if (end - start >= 2) {
            candidates.set(index, new NerSpan(start, end, crossing.label()));
        } else {
            dropped[index] = true;
        }
    }

    /** 湖南法恩莱特新能源科技有限公司（下称：法恩莱特）, 上海锲特电子有限公司（以下简称“上海锲特”）: a short name defined. */
    private static final java.util.regex.Pattern DEFINED_ALIAS = java.util.regex.Pattern.compile(
        "[（(](?:以下|下文|下)?(?:简称|称)[：:]?\\s*[“\"「]?([^）)”\"」，,。；：:\\s或]{2,12})[”\"」]?"
            + "(?:[或、][^）)]{0,20})?[）)]");
    /** What a filing calls itself, never a name: （以下简称“公司”）. */
    private static final java.util.Set<String> SELF_REFERENCES = java.util.Set.of("公司", "本公司", "该公司", "发行人",
        "本行", "该行", "本集团", "集团", "标的公司", "上市公司", "本基金", "基金", "管理人", "本所", "交易所");

    /**
     * Short names the article defines for an organisation right before them ({@link #DEFINED_ALIAS}): each maps to
     * {the name that organisation goes by, its label}, so that every later 法恩莱特 is that company, whatever the
     * recogniser took it for.
     */
    private Map<String, String[]> definedAliases(String text, List<KbMatch> winners, List<NerSpan> candidates,
                                                 boolean[] dropped, Map<String, String> sameOrganisation) {
        if (text.indexOf('称') < 0) {
            return Map.of();
        }
        Map<String, String[]> defined = new java.util.HashMap<>();
        java.util.regex.Matcher m = DEFINED_ALIAS.matcher(text);
        while (m.find()) {
            String alias = m.group(1);
            String[] target = null;
            for (KbMatch k : winners) {
                if (k.end() == m.start() && k.entry() instanceof Organization o) {
                    target = new String[] {o.name(), switch (o.kind()) {
                        case GOVERNMENT -> "ORG_GOV";
                        case COMPANY -> "ORG_COM";
                        default -> "ORG_ORG";
                    }};
                }
            }
            for (int i = 0; i < candidates.size() && target == null; i++) {
                NerSpan c = candidates.get(i);
                if (!dropped[i] && c.end() == m.start() && c.label().startsWith("ORG")) {
                    String surface = text.substring(c.start(), c.end());
                    target = new String[] {sameOrganisation.getOrDefault(surface, surface), c.label()};
                }
            }
            if (target != null && kb.organization(alias).isEmpty() && !kb.isNonEntity(alias)
                && !SELF_REFERENCES.contains(alias) && !JunkRules.commonWord(alias, 1)
                && !JunkRules.genericOrganisation(alias)) {
                defined.putIfAbsent(alias, target);
            }
        }
        return defined;
    }

    /**
     * Organisations the knowledge base does not know are named by what the article writes, so one company written
     * two ways would be two entities: X公司 is X (茅台公司 → the known 贵州茅台; 山东墨龙公司 → 山东墨龙), a short
     * name that opens a legal name in the same article is that company (上海锲特 → 上海锲特电子有限公司), and so is one
     * the article also writes with its trade (正邦 → 正邦科技). Returns the surface each such form is named by.
     */
    private Map<String, String> unknownOrganisationAliases(String text, List<NerSpan> candidates, boolean[] dropped) {
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            String surface = text.substring(c.start(), c.end());
            if (!dropped[i] && c.label().startsWith("ORG") && kb.organization(surface).isEmpty()) {
                unknown.add(surface);
            }
        }
        Map<String, String> named = new java.util.HashMap<>();
        for (String surface : unknown) {
            String rest = surface.endsWith("公司") ? surface.substring(0, surface.length() - 2) : "";
            if (rest.length() >= 2 && !rest.endsWith("有限") && (kb.organization(rest).isPresent() || unknown.contains(rest))) {
                named.put(surface, rest);
            }
        }
        for (String surface : unknown) {
            // 京东方Ａ, the stock of the known 京东方 by its class of shares
            String stripped = surface.substring(0, surface.length() - 1);
            if (SHARE_CLASSES.indexOf(surface.charAt(surface.length() - 1)) >= 0 && stripped.length() >= 2
                && kb.organization(stripped).isPresent()) {
                named.put(surface, stripped);
            }
        }
        for (String shortForm : unknown) {
            for (String ending : FirmWords.ALL) {
                // 正邦 where the article also writes 正邦科技: the same company, known or not
                String full = shortForm + ending;
                if (!named.containsKey(shortForm) && (unknown.contains(full) || kb.organization(full).isPresent())
                    && text.contains(full)) {
                    named.put(shortForm, full);
                }
            }
        }
        Map<String, String> placedCores = new java.util.HashMap<>(); // 福州市|第二医院 → the longest name written
        for (String surface : unknown) {
            String placed = placedCore(surface);
            if (placed != null) {
                placedCores.merge(placed, surface, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        for (String surface : unknown) {
            String placed = placedCore(surface);
            String longest = placed == null ? null : placedCores.get(placed);
            if (longest != null && !longest.equals(surface) && !named.containsKey(surface)) {
                named.put(surface, longest); // 福州市第二医院 is 福建省福州市第二医院, 辽源祥瑞… is 吉林省辽源市祥瑞…
            }
        }
        for (String legal : unknown) {
            if (!endsWithAny(legal, LEGAL_NAMES)) {
                continue;
            }
            String seated = withoutLeadingPlace(legal); // 重庆三圣实业股份有限公司 is 三圣实业… of 重庆
            for (String shortName : unknown) {
                String core = shortName;
                for (String listing : FirmWords.LISTING) {
                    if (core.endsWith(listing) && core.length() - listing.length() >= 2) {
                        core = core.substring(0, core.length() - listing.length()); // 三圣股份 is 三圣, listed
                    }
                }
                boolean opens = legal.startsWith(shortName) || seated.startsWith(shortName)
                    || !core.equals(shortName) && seated.startsWith(core) && !JunkRules.commonWords(core);
                if (shortName.length() >= 2 && shortName.length() < legal.length() && opens
                    && !endsWithAny(shortName, LEGAL_NAMES) && !named.containsKey(shortName)) {
                    named.put(shortName, legal);
                }
            }
        }
        for (Map.Entry<String, String> e : named.entrySet()) {
            String target = e.getValue();
            for (int hops = 0; hops < 3 && named.containsKey(target); hops++) {
                target = named.get(target); // 山东墨龙公司 → 山东墨龙 → 山东墨龙石油机械股份有限公司
            }
            e.setValue(target);
        }
        return named;
    }

    /** The name without the known place it opens with (重庆三圣实业股份有限公司 → 三圣实业股份有限公司), else the name. */
    /**
     * An unknown organisation's name without the places it starts with, keyed by the last of them (福建省福州市第二医院
     * and 福州市第二医院 are both {@code place:350100|第二医院}); null where no place starts it or too little is left.
     */
    private String placedCore(String name) {
        String last = null;
        String rest = name;
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (int len = Math.min(8, rest.length() - 3); len >= 2; len--) {
                Optional<Place> place = kb.place(rest.substring(0, len));
                if (place.isPresent()) {
                    last = place.get().id();
                    rest = rest.substring(len);
                    stripped = true;
                    break;
                }
            }
        }
        return last == null ? null : last + "|" + rest;
    }

    private String withoutLeadingPlace(String name) {
        for (int len = Math.min(4, name.length() - 2); len >= 2; len--) {
            if (kb.place(name.substring(0, len)).isPresent()) {
                return name.substring(len);
            }
        }
        return name;
    }

    private static final String SHARE_CLASSES = "AＡBＢ";

    /** Endings of a company's legal name (上海锲特电子有限公司). */
    private static final List<String> LEGAL_NAMES = List.of("有限公司", "有限责任公司", "股份有限公司");

    /**
     * Kinds of site that, after a place or common words only, name no place of their own (上海地铁站, 光伏基地). Not
     * 中心: CLUENER marks a 购物中心 as an address, and the held-out F1 drops.
     */
    private static final List<String> FACILITIES = List.of("地铁站", "商业街", "基地", "市场", "转运中心", "集运中心",
        "分拨中心", "配送中心", "物流中心");

    /**
     * A kind of site in a known place or of a common kind (北欧市场, 上海地铁站, 光伏基地, 导弹基地) is no
     * place name; one with a name or a number of its own (四川902基地, 挂绿广场) is.
     */
    private boolean genericFacility(String surface) {
        for (String facility : FACILITIES) {
            if (surface.equals(facility) && facility.length() > 2) {
                return true; // 转运中心 alone names no site
            }
            if (!surface.endsWith(facility) || surface.length() == facility.length()
                || kb.place(surface).isPresent()) {
                continue;
            }
            String modifier = surface.substring(0, surface.length() - facility.length());
            for (int len = Math.min(5, modifier.length()); len >= 2; len--) {
                if (kb.place(modifier.substring(0, len)).isPresent()) {
                    modifier = modifier.substring(len);
                    break;
                }
            }
            return modifier.isEmpty() || kb.isNonEntity(modifier) || JunkRules.commonWords(modifier);
        }
        return false;
    }

    /** Two Chinese characters that are not a common word nor a count (公司股份, 多家银行 are no companies). */
    private static boolean shortName(String prefix) {
        // 三大|食品, 两家|银行 count; 三全|食品 is a brand that opens with a numeral
        return prefix.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff) && !JunkRules.commonWord(prefix, 1)
            && !(JunkRules.quantity(prefix.charAt(0)) && (JunkRules.quantity(prefix.charAt(1))
                || (COUNTED + "只家位名批户起次").indexOf(prefix.charAt(1)) >= 0));
    }

    /** Where each of the segmenter's words starts in the text (its offset, never moving backwards). */
    private static int[] termStarts(List<Term> terms) {
        int[] starts = new int[terms.size()];
        int offset = 0;
        for (int k = 0; k < starts.length; k++) {
            Term t = terms.get(k);
            starts[k] = t.offset >= offset ? t.offset : offset;
            offset = starts[k] + t.word.length();
        }
        return starts;
    }

    /** Where the segmenter's words start and end: {@code boundary[i]} is true between two words at {@code i}. */
    private static boolean[] termBoundaries(String text, List<Term> terms, int[] starts) {
        boolean[] boundary = new boolean[text.length() + 1];
        boundary[0] = true;
        boundary[text.length()] = true;
        for (int k = 0; k < starts.length; k++) {
            int end = starts[k] + terms.get(k).word.length();
            if (starts[k] <= text.length()) {
                boundary[starts[k]] = true;
            }
            if (end <= text.length()) {
                boundary[end] = true;
            }
        }
        return boundary;
    }

    /** Where the segmenter's job titles start (统计师, 经济学家: parts of speech nnt, nnd). */
    private static boolean[] titleWords(String text, List<Term> terms) {
        boolean[] title = new boolean[text.length() + 1];
        for (Term t : terms) {
            if (t.offset >= 0 && t.offset < text.length() && t.nature != null && t.nature.startsWith("nn")) {
                title[t.offset] = true;
            }
        }
        return title;
    }

    /**
     * An organisation span that runs into the title of the person after it ends before the title:
     * 国家统计局城市司|高级统计师, 人民银行研究局|首席 (经济学家 follows). The title is a word the segmenter knows as one
     * (统计师, 经济学家) ending the span or right after it, with at most one modifier word before it (高级, 首席), and a
     * person recognised right after the title: 司令部 and 海军 are also such words, but end a name.
     */
    private NerSpan trimTitle(String text, NerSpan s, boolean[] boundary, boolean[] titleAt, boolean[] personAt) {
        if (!s.label().startsWith("ORG") || s.end() - s.start() < 4) {
            return s;
        }
        int cut = -1;
        boolean personNext = personAt[s.end()];
        if (s.end() < text.length() && text.charAt(s.end()) == '、') {
            for (int k = s.end() + 1; k < Math.min(text.length(), s.end() + 16) && !personNext; k++) {
                personNext = personAt[k]; // 海南省委原常委、三亚市委原书记童道驰: titles listed before the person
            }
        }
        if (titleAt[s.end()]) {
            int end = s.end() + 1;
            while (end < text.length() && !boundary[end]) {
                end++;
            }
            cut = personAt[end] ? s.end() : -1;
        } else if (personNext) {
            for (int p = s.start() + 2; p < s.end(); p++) {
                if (titleAt[p] && boundary[p]) {
                    int end = p + 1;
                    while (end < s.end() && !boundary[end]) {
                        end++;
                    }
                    cut = end == s.end() ? p : -1;
                    break;
                }
            }
        }
        boolean segmented = cut >= 0;
        if (cut < 0 && personNext) {
            // the segmenter may glue the title to the name (统计局城市司高级统计师 as one word): the dictionaries know it
            int len = JunkRules.titleSuffix(text.substring(s.start(), s.end()));
            cut = len == 0 ? -1 : s.end() - len;
        }
        if (cut < 0) {
            return s;
        }
        int q = cut - 2;
        if (q - s.start() >= 2 && (boundary[q] || !segmented) && JunkRules.titleModifier(text.substring(q, cut))) {
            cut = q;
        }
        if (cut == s.end() || cut - s.start() < 2 || kb.organization(text.substring(s.start(), s.end())).isPresent()) {
            return s;
        }
        return new NerSpan(s.start(), cut, s.label());
    }

    /**
     * A recognised span that starts or ends inside one of the segmenter's words (方大炭|素, 东|上海中路…, 济|贸易大学) is a
     * fragment when the recogniser hesitated over it: kept only from this margin up (in the model's score units; a
     * clear entity scores about 100). Tuned on the CLUENER held-out tenth: macro F1 0.7025 → 0.7055, while the
     * segmenter's own slips (官邓晓|峰) keep a confident name.
     */
    private static final float CUT_MARGIN = 40;
    /** Names are short, and the segmenter glues them to the next word more often than it cuts an organisation. */
    private static final float CUT_MARGIN_PERSON = 15;

    /**
     * The recogniser's spans, without fragments it was unsure of (see {@link #CUT_MARGIN}); known names always stay.
     * An organisation that starts inside a name first gets that name back (see {@link #widenedStart}).
     */
    /** The legal form that ends a company's registered name. */
    private static final java.util.regex.Pattern LEGAL_FORM_END = java.util.regex.Pattern.compile(
        "(?:有限公司|有限责任公司|（有限合伙）)$");

    private List<NerSpan> confident(String text, List<NerModel.ScoredSpan> scored, boolean[] boundary) {
        List<NerSpan> out = new ArrayList<>(scored.size());
        for (NerModel.ScoredSpan s : scored) {
            NerSpan span = s.span();
            NerSpan widened = widenedStart(text, span, boundary);
            if (widened != span && boundary[widened.start()] && boundary[widened.end()]) {
                out.add(widened);
                continue;
            }
            float needed = span.label().equals("PER") ? CUT_MARGIN_PERSON : CUT_MARGIN;
            if (s.cutsWord() && s.margin() < needed && span.label().startsWith("ORG") && !boundary[span.start()]
                && LEGAL_FORM_END.matcher(text).region(span.start(), span.end()).find()) {
                int start = span.start();
                while (start > 0 && !boundary[start]) {
                    start--;
                }
                // a registered name is no fragment: 品牌|管理有限公司 starts with the two-character word it cuts (its
                // seat is joined later); not after a verb (经|纪有限公司) or a character of another word
                if (span.start() - start == 2 && !JunkRules.isVerb(text.substring(start, span.start()))) {
                    out.add(new NerSpan(start, span.end(), span.label()));
                    continue;
                }
            }
            if (s.cutsWord() && s.margin() < needed && !legalNameAfterFunctionWord(text, span, boundary)) {
                String surface = text.substring(span.start(), span.end());
                if (kb.organization(surface).isEmpty() && kb.place(surface).isEmpty()) {
                    continue;
                }
            }
            out.add(span);
        }
        return out;
    }

    /**
     * A company's legal name the segmenter glued to the preposition or verb before it (对|青海盐湖能源有限公司): cut
     * only there, it is the name however unsure the recogniser was.
     */
    private static boolean legalNameAfterFunctionWord(String text, NerSpan span, boolean[] boundary) {
        int start = span.start();
        return span.label().startsWith("ORG") && endsWithAny(text.substring(start, span.end()), LEGAL_NAMES)
            && boundary[span.end()] && start > 0 && boundary[start - 1] && !boundary[start]
            && "对与向将在由被和及把给从为同跟".indexOf(text.charAt(start - 1)) >= 0;
    }

    /**
     * An organisation the recogniser starts one character late, inside a known place the segmenter split
     * (上|海星泰股权投资管理有限公司), starts where the place starts; any other span is returned as it is. (Widening into
     * a personal name the segmenter found does not pay: 盘|江煤电集团 is right, but 盘|雷吉纳 and 将|国米 are not.)
     */
    private NerSpan widenedStart(String text, NerSpan span, boolean[] boundary) {
        int start = span.start();
        if (!span.label().startsWith("ORG") || start == 0 || !boundary[start]) {
            return span;
        }
        if ("和与及同将从于对向在被把由给跟".indexOf(text.charAt(start - 1)) >= 0) {
            return span; // 将|乐视网, 同|安徽…: a preposition or conjunction, not the start of 将乐 or 同安
        }
        for (int inside = 1; inside <= 2 && start + inside < span.end(); inside++) {
            String place = text.substring(start - 1, start + inside);
            if (boundary[start - 1] && kb.place(place).isPresent()) {
                return new NerSpan(start - 1, span.end(), span.label());
            }
        }
        return span;
    }

    /** A span never cuts a Latin word or number (T罗顿 out of ST罗顿): such a span is a fragment. */
    private static boolean wholeWords(String text, NerSpan s) {
        return !JunkRules.insideLatinRun(text, s.start()) && !JunkRules.insideLatinRun(text, s.end());
    }

    /**
     * A Latin name cut at its space (Jay | Barry, Scott Redler as Scott) is one name: person spans of capitalised
     * words separated by one space, or a person span followed by one more capitalised word, become one span.
     */
    private List<NerSpan> mergeLatinNames(String text, List<NerSpan> spans) {
        if (text.indexOf(' ') < 0) {
            return spans;
        }
        List<NerSpan> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            NerSpan s = spans.get(i);
            if (s.label().equals("PER") && isLatinWord(text, s.start(), s.end())
                && kb.organization(text.substring(s.start(), s.end())).isEmpty()) {
                int end = s.end();
                while (end + 2 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                    && text.charAt(end + 1) < 128) {
                    int next = end + 1;
                    while (next < text.length() && (Character.isLetter(text.charAt(next)) && text.charAt(next) < 128
                        || text.charAt(next) == '.' || text.charAt(next) == '\'')) {
                        next++;
                    }
                    if (next - end - 1 < 2 || end - s.start() + next - end > 40) {
                        break;
                    }
                    end = next;
                }
                while (i + 1 < spans.size() && spans.get(i + 1).start() < end) {
                    i++; // the next part of the name was recognised on its own
                }
                out.add(end == s.end() ? s : new NerSpan(s.start(), end, "PER"));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isLatinWord(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !(Character.isLetter(c) || c == ' ' || c == '.' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place span ending in a locative word of its own (地铁站|内, 云山镇|原) ends before it; a body ends before the
     * word for its official side (美联储|官方表示).
     */
    private static NerSpan trimLocative(String text, NerSpan s, boolean[] boundary) {
        if (s.label().startsWith("ORG") && s.end() - s.start() >= 4 && text.startsWith("官方", s.end() - 2)) {
            return new NerSpan(s.start(), s.end() - 2, s.label());
        }
        if (!s.label().equals("LOC") || s.end() - s.start() < 3) {
            return s;
        }
        int cut = JunkRules.trailingLocative(text.substring(s.start(), s.end()), boundary[s.end() - 1]);
        return cut == 0 ? s : new NerSpan(s.start(), s.end() - cut, s.label());
    }

    /**
     * A person's name and a common word joined to it by a conjunction (主席兰博文及董事|会成员) is the name: the
     * recogniser ran on into the next phrase; so is an "organisation" right after a title (主席博迈伦及商会|企业代表),
     * which is the person. Other organisations keep their names (北京协和医院, 日本大和证券).
     */
    private NerSpan trimConjunction(String text, NerSpan s, List<NerSpan> titleSpans) {
        boolean titled = !titleSpans.isEmpty() && titleSpans.get(titleSpans.size() - 1).end() == s.start();
        if (!s.label().equals("PER") && !(s.label().startsWith("ORG") && titled)) {
            return s; // 北京协和医院, 日本大和证券: a body's name may hold a conjunction's character
        }
        for (int k = s.start() + 2; k < s.end() - 1; k++) {
            String after = text.substring(k + 1, s.end());
            boolean word = JunkRules.commonWords(after)
                || after.length() == 2 && com.hankcs.hanlp.dictionary.CoreDictionary.contains(after); // 董事
            if ("及和与".indexOf(text.charAt(k)) >= 0 && after.length() <= 2 && word
                && kb.organization(text.substring(s.start(), s.end())).isEmpty()) {
                return new NerSpan(s.start(), k, titled && k - s.start() <= 4 ? "PER" : s.label());
            }
        }
        return s;
    }

    /** An organisation span that swallowed a clause or a relation before the name (人士对…, 子公司…) starts after it. */
    private NerSpan trimClause(String text, NerSpan s) {
        if (!s.label().startsWith("ORG")) {
            return s;
        }
        String surface = text.substring(s.start(), s.end());
        if (kb.organization(surface).isPresent()) {
            return s;
        }
        java.util.regex.Matcher filer = THE_FILER_AFTER.matcher(surface);
        if (filer.find() && filer.start() >= 2) {
            // 深交所对公司, 海天丝路仍为公司控股子公司: a clause about the filer (公司), the name ends before it
            s = new NerSpan(s.start(), s.start() + filer.start(), s.label());
            surface = surface.substring(0, filer.start());
        }
        int cut = JunkRules.clauseCut(surface);
        return cut == 0 ? s : new NerSpan(s.start() + cut, s.end(), s.label());
    }

    /** A preposition or copula and the filer itself (公司) at a span's end: …对公司, …仍为公司控股子公司, …将对公司. */
    private static final java.util.regex.Pattern THE_FILER_AFTER = java.util.regex.Pattern.compile(
        "(?:仍|将|已|也|均|则|即|都|还)?(?:对|为|向|给|让|使|被|把|由|是)(?:本|该)?公司(?:控股|全资|参股)?(?:子公司|股票|股份)?$");

    /**
     * An organisation span that kept the 原 (former) of the title cut off after it (甘肃省监狱管理局原|政委), or its
     * former party group (住房和城乡建设局原党组|书记), ends before it;
     * a person span that starts with the word joining it to the one before (和|普京, &|安居客) starts after it.
     */
    private NerSpan trimFormer(String text, NerSpan s) {
        int length = s.end() - s.start();
        if (s.label().equals("PER") && length >= 3 && (length <= 4 || text.charAt(s.start()) == '&')
            && "和及&".indexOf(text.charAt(s.start())) >= 0) {
            return new NerSpan(s.start() + 1, s.end(), s.label()); // 和|普京, &|安居客: the name follows
        }
        if (!s.label().startsWith("ORG") || s.end() - s.start() < 4
            || kb.organization(text.substring(s.start(), s.end())).isPresent()) {
            return s;
        }
        if (text.charAt(s.end() - 1) == '原') {
            return new NerSpan(s.start(), s.end() - 1, s.label());
        }
        for (String committee : PARTY_COMMITTEES) {
            // 住房和城乡建设局原|党组书记: the former party group is the title's, not a unit of the body
            if (text.startsWith("原" + committee, s.end() - 3) && s.end() - s.start() >= 6) {
                return new NerSpan(s.start(), s.end() - 3, s.label());
            }
        }
        return s;
    }

    private static final java.util.regex.Pattern PERSONS_FIRM = java.util.regex.Pattern.compile(
        "^(?<person>[\\p{IsHan}·]{2,4}?)(?:旗下|关联|名下|控制的|实控的|为该)?(?:公司|企业|集团)$");

    /** A firm described by the person who owns it (郑恺旗下公司, 郑恺公司, 钱治亚关联公司), the person found elsewhere. */
    private static boolean personsFirm(String surface, java.util.Set<String> personNames) {
        java.util.regex.Matcher m = PERSONS_FIRM.matcher(surface);
        return m.matches() && personNames.contains(m.group("person"));
    }

    /**
     * An unknown organisation that opens with a verb of two characters (支持|集团, 找|清洗公司 is one character, 维护|公司)
     * is a clause about a firm, not its name; a span that opens with a known name (光大保德信基金…) is one.
     */
    private boolean opensWithVerb(String text, NerSpan s, List<Term> terms, int[] termStarts) {
        if (!s.label().startsWith("ORG") || s.end() - s.start() < 3) {
            return false;
        }
        int k = java.util.Arrays.binarySearch(termStarts, s.start());
        if (k < 0) {
            return false;
        }
        Term first = terms.get(k);
        if (first.word.length() < 2 || first.word.length() >= s.end() - s.start() || !String.valueOf(first.nature).equals("v")) {
            return false;
        }
        for (int end = s.start() + 2; end <= s.end(); end++) {
            if (kb.organization(text.substring(s.start(), end)).isPresent()) {
                return false; // 光大保德信基金海外投资部: the segmenter reads 光大 as a verb
            }
        }
        return true;
    }

    /**
     * An unknown organisation with a verb of two characters between its words (硬科技公司|设立|产业基金) is a clause
     * about firms: names hold nouns of action (交易所, 监督管理委员会), not verbs.
     */
    private boolean holdsVerb(String text, NerSpan s, List<Term> terms, int[] termStarts) {
        if (!s.label().startsWith("ORG") || s.end() - s.start() < 6 || text.charAt(s.end() - 1) == '组') {
            return false; // a team's name says who sent it where (…纪委监委派驻市卫健委纪检监察组)
        }
        int k = java.util.Arrays.binarySearch(termStarts, s.start());
        if (k < 0) {
            return false;
        }
        for (int i = k + 1; i < terms.size() && termStarts[i] < s.end(); i++) {
            Term t = terms.get(i);
            if (termStarts[i] + t.word.length() < s.end() && t.word.length() == 2
                && String.valueOf(t.nature).equals("v")) {
                return kb.organization(text.substring(s.start(), s.end())).isEmpty();
            }
        }
        return false;
    }

    /** Junk control on what the recogniser proposes, before it meets the knowledge base. */
    private boolean plausible(String text, NerSpan s, boolean[] boundary) {
        String surface = text.substring(s.start(), s.end());
        if (surface.length() < 2) {
            return s.label().equals("LOC") && abbreviatedPlace(text, s.start(), boundary);
        }
        if (unbalanced(surface)) {
            return false; // 邮储银行(SH, 人民日报》: a span cut through a bracket is a fragment
        }
        if (kb.isNonEntity(surface) || kb.insideNonEntity(text, s.start(), s.end()) || documentNumber(text, s.end())) {
            return false; // EPS is a figure, 央行 of 各国央行 no bank; 上证发 of 上证发〔2021〕4号 a document number's prefix
        }
        if (NUMERALS.indexOf(surface.charAt(0)) >= 0 && COUNTED.indexOf(surface.charAt(1)) >= 0
            && kb.organization(surface).isEmpty() && kb.place(surface).isEmpty()) {
            return false; // 八大服务业, 四大行: a count
        }
        return switch (s.label()) {
            case "PER" -> People.plausiblePerson(text, s, surface);
            case "LOC" -> !partOfOrganisationName(text, s) && !endsWithAny(surface, NOT_PLACE_ENDINGS)
                && !plannedThing(surface) && !placeThenCount(surface)
                && !genericFacility(surface) && !placeThenDescription(surface) && !streetWord(text, s.end()) && !twoPlaces(surface)
                && NOT_PLACE_STARTS.indexOf(surface.charAt(0)) < 0 && !JunkRules.phraseNotPlace(surface, boundary, s.start())
                && !placeFragment(text, s, surface, boundary);
            // 江苏银行业 is the sector, whether or not the bank is known
            default -> !KnownNames.sector(text, s.start(), s.end()) && (kb.organization(surface).isPresent()
                || (!isEvent(surface) && !shortLatin(surface) && (!surface.endsWith("中心") || namedCentre(surface))
                    && surface.indexOf('某') < 0 // 华南某大型基金公司 keeps its name to itself
                    && !surface.endsWith("部门")
                    && !partOfOrganisationName(text, s) && !JunkRules.genericOrganisation(surface)
                    && !genericInPlace(surface) && !(placeThenDescription(surface) && !surface.contains("国家"))
                    && !placeThenCount(surface)));
        };
    }

    /**
     * An unknown two-character place right after a content character the segmenter left on its own is the end of a
     * longer word (碳|达峰, 奥|卡河): a place name does not start one character into a noun.
     */
    private boolean placeFragment(String text, NerSpan s, String surface, boolean[] boundary) {
        int p = s.start() - 1;
        return surface.length() == 2 && p >= 0 && text.charAt(p) >= 0x4e00 && text.charAt(p) <= 0x9fff
            && boundary[p] && JunkRules.contentChar(text.charAt(p)) && kb.place(surface).isEmpty();
    }

    /**
     * What policy builds in a place (…国际科技创新中心, …枢纽节点, …示范项目): no place of its own. Venues are places
     * (洛杉矶会展中心), so only the centres of plans count.
     */
    private static final List<String> PLANNED_THINGS = List.of("创新中心", "金融中心", "航运中心", "科学中心", "枢纽",
        "节点", "项目", "工程", "高地", "标杆", "试点", "资本中心");

    /** Two places joined by a conjunction (黄浦路与南京东路) are two, not one; 平和县 keeps its 和. */
    private static boolean twoPlaces(String surface) {
        for (int k = 2; k < surface.length() - 2; k++) {
            if ("与和及".indexOf(surface.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A span ending in 街 or 路 that the next character makes a word of (上海街|头, 新加坡路|演) is no street. */
    private static boolean streetWord(String text, int end) {
        if (end >= text.length() || end < 1) {
            return false;
        }
        char last = text.charAt(end - 1);
        char next = text.charAt(end);
        return last == '街' && "头道区".indexOf(next) >= 0 || last == '路' && "演线径上网况透".indexOf(next) >= 0;
    }

    /**
     * A known place, then at least four characters naming something planned there (粤港澳大湾区|国际科技创新中心), is
     * the place and the plan; the place stays on its own (the knowledge base names it).
     */
    private boolean placeThenDescription(String surface) {
        if (!endsWithAny(surface, PLANNED_THINGS)) {
            return false;
        }
        for (int len = 2; len <= 6 && surface.length() - len >= 4; len++) {
            if (kb.place(surface.substring(0, len)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** What is planned, named in common words only (科技创新中心, 科技创新资本中心): no place of its own. */
    private static boolean plannedThing(String surface) {
        for (String planned : PLANNED_THINGS) {
            if (surface.endsWith(planned) && surface.length() > planned.length()
                && JunkRules.commonWords(surface.substring(0, surface.length() - planned.length()))) {
                return true;
            }
        }
        return false;
    }

    private static final String COUNTS = "一某多几各两";

    /**
     * A known place, then a count and a common word (广州一酒店, 深圳多家银行): one of a kind there, no name
     * (湖南一星律师事务所 and 北京三里屯 are names).
     */
    private boolean placeThenCount(String surface) {
        for (int len = 2; len <= 4 && len < surface.length() - 2; len++) {
            if (COUNTS.indexOf(surface.charAt(len)) >= 0 && kb.place(surface.substring(0, len)).isPresent()
                && JunkRules.commonWords(surface.substring(len + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A kind of company in a known region (湖北省上市公司) or a kind of body in a known place (中国金融监管机构): see
     * {@link JunkRules#genericAfterPlace}.
     */
    private boolean genericInPlace(String surface) {
        for (int len = 2; len <= 5 && surface.length() - len >= 4; len++) {
            Optional<Place> place = kb.place(surface.substring(0, len));
            if (place.isPresent()
                && JunkRules.genericAfterPlace(surface.substring(len), !place.get().isChineseDivision())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 城市中心 and 铜川市中心 are parts of a city; 招商银行信用卡中心 and 北京体彩中心 are organisations: a known organisation
     * or place, then at least two characters saying what the centre is, then 中心.
     */
    private boolean namedCentre(String surface) {
        int head = surface.length() - 2;
        for (int end = 2; end <= head - 2; end++) {
            String prefix = surface.substring(0, end);
            if (kb.organization(prefix).isPresent() || kb.place(prefix).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Two Latin letters (ST, AI) are a marker or an abbreviation, not an organisation the knowledge base lacks. */
    private static boolean shortLatin(String surface) {
        return surface.length() <= 2 && surface.chars().allMatch(c -> c < 128);
    }

    /** 王洪胜摄 is a photo credit, 王丽称 a report verb, 监事欧永拟 (plans to) a verb: the name is what comes before. */
    private static NerSpan trimCredit(String text, NerSpan s) {
        int start = s.start();
        while (s.end() - start > 2 && CREDIT_MARKS.indexOf(text.charAt(start)) >= 0) {
            start++; // 编辑|卢祥勇: the bar of a credit line is no part of the name
        }
        if (start > s.start()) {
            s = new NerSpan(start, s.end(), s.label());
        }
        if (s.label().equals("PER") && s.end() - s.start() >= 3 && CREDIT_SUFFIXES.indexOf(text.charAt(s.end() - 1)) >= 0) {
            return new NerSpan(s.start(), s.end() - 1, s.label());
        }
        return s;
    }

    /** Function characters that open no organisation's name (但|食品上市公司, 对|清洁能源, 而|海泰发展). */
    private static final String FUNCTION_CHARACTERS = "但对被把给较而";

    /**
     * The organisation span without a function character the segmenter glued to its start, unless the character
     * opens a dictionary word (对外|经济贸易大学) or the whole span is known.
     */
    private NerSpan afterFunctionCharacter(String text, NerSpan s, boolean[] boundary) {
        return s.label().startsWith("ORG") && s.end() - s.start() >= 3 && boundary[s.start()]
            && FUNCTION_CHARACTERS.indexOf(text.charAt(s.start())) >= 0 && !JunkRules.startsWord(text, s.start())
            && kb.organization(text.substring(s.start(), s.end())).isEmpty()
            ? new NerSpan(s.start() + 1, s.end(), s.label()) : s;
    }

    private static final java.util.regex.Pattern OFFICER_ACRONYM = java.util.regex.Pattern.compile("C[EFOT]O");

    /**
     * A name glued to the market's verb that follows it (高盛跌|超2%, 特斯拉涨|近1.9%) ends before the verb: the
     * recogniser took the pair for a person.
     */
    private static NerSpan withoutMarketVerb(String text, NerSpan s) {
        int last = s.end() - 1;
        return s.end() - s.start() >= 3 && "涨跌".indexOf(text.charAt(last)) >= 0 && s.end() < text.length()
            && ("超近逾约".indexOf(text.charAt(s.end())) >= 0 || Character.isDigit(text.charAt(s.end())))
            ? new NerSpan(s.start(), last, s.label()) : s;
    }

    /** Words that end the name of a school, a hospital or a hotel: a body, though named after its place. */
    private static final List<String> INSTITUTIONS = List.of("幼儿园", "小学", "中学", "学校", "大学", "学院", "医院",
        "卫生院", "酒店", "宾馆", "影城");

    /**
     * A "place" that is, or runs on past, a school, a hospital or a hotel named after its place (杭州文澜幼儿园,
     * 茅台国际大酒店|门口, 北京环球影城|开园) is that institution: the recogniser learnt them as places.
     */
    private static NerSpan institutionInPlace(String text, NerSpan s) {
        if (!s.label().equals("LOC") || s.end() - s.start() < 4) {
            return s;
        }
        String surface = text.substring(s.start(), s.end());
        for (String word : INSTITUTIONS) {
            int at = surface.lastIndexOf(word);
            if (at >= 2 && surface.length() - at - word.length() <= 3) {
                String kind = word.endsWith("店") || word.equals("宾馆") || word.equals("影城") ? "ORG_COM" : "ORG_ORG";
                return new NerSpan(s.start(), s.start() + at + word.length(), kind);
            }
        }
        return s;
    }

    /** What 管理 begins after a firm's name when it is no part of it (泰康资产|管理人员, 高毅资产|管理规模). */
    private static final java.util.regex.Pattern MANAGEMENT_OF = java.util.regex.Pattern.compile(
        "人员|层|规模|费|团队|能力|水平|部门|办法|制度|工作");

    /** A region that opens a firm's name (南亚|塑胶, 华北|制药, 北欧|化工) is no place of the article's. */
    private static boolean regionOfAFirm(String text, KbEntry entry, int end) {
        if (!(entry instanceof Place p) || p.level() != Place.Level.REGION) {
            return false;
        }
        for (String word : FirmWords.ALL) {
            if (text.startsWith(word, end)) {
                return true;
            }
        }
        return text.startsWith("塑胶", end) || text.startsWith("数控", end);
    }

    /** A firm named for its asset management ends after 管理 (摩根大通资产|管理全球策略师): the segmenter splits it off. */
    private static NerSpan withAssetManagement(String text, NerSpan s) {
        return s.label().startsWith("ORG") && s.end() - s.start() >= 4 && text.startsWith("资产", s.end() - 2)
            && text.startsWith("管理", s.end()) && !MANAGEMENT_OF.matcher(text).region(s.end() + 2, text.length())
                .lookingAt() ? new NerSpan(s.start(), s.end() + 2, s.label()) : s;
    }

    /** Marks that end a sentence, clause or paragraph, which no name crosses. */
    private static final String STOPS = "。，；！？、\n";

    /**
     * The parts of a span between sentence or clause marks (…有限公司|。|公司全资子公司福建…有限公司): the recogniser
     * sometimes runs names across one. Usually the span itself.
     */
    private static List<NerSpan> betweenStops(String text, NerSpan s) {
        List<NerSpan> pieces = null;
        int start = s.start();
        for (int k = s.start(); k < s.end(); k++) {
            if (STOPS.indexOf(text.charAt(k)) >= 0) {
                pieces = pieces == null ? new ArrayList<>() : pieces;
                if (k > start) {
                    pieces.add(new NerSpan(start, k, s.label()));
                }
                start = k + 1;
            }
        }
        if (pieces == null) {
            return List.of(unquoted(text, s));
        }
        if (s.end() > start) {
            pieces.add(new NerSpan(start, s.end(), s.label()));
        }
        pieces.replaceAll(piece -> unquoted(text, piece));
        return pieces;
    }

    /**
     * The name inside the quotation marks that open and close a span (“浙江…有限公司”), without an officer's acronym
     * after it (TikTok|CEO).
     */
    private static NerSpan unquoted(String text, NerSpan s) {
        if (s.label().startsWith("ORG") && s.end() - s.start() >= 5
            && OFFICER_ACRONYM.matcher(text.substring(s.end() - 3, s.end())).matches()) {
            s = new NerSpan(s.start(), s.end() - 3, s.label());
        }
        if (s.end() - s.start() <= 3 || text.charAt(s.start()) != '“' || text.charAt(s.end() - 1) != '”') {
            return s;
        }
        int nextOpen = text.indexOf('“', s.start() + 1);
        return nextOpen >= 0 && nextOpen < s.end() ? s : new NerSpan(s.start() + 1, s.end() - 1, s.label());
    }

    /** Marks between a credit's role and its names (编辑|卢祥勇, 文／王慧, 记者：张三). */
    private static final String CREDIT_MARKS = "|｜/／:：";

    /**
     * What follows {@code end} is the year of a document number (〔2021〕4号, [2020] 96号): what stands before it is the
     * issuer's code (上证发, 银发), not an entity. Round brackets are left out: 张明（2019）认为 cites a person.
     */
    private static boolean documentNumber(String text, int end) {
        if (end + 6 > text.length() || "〔[［【".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        for (int i = end + 1; i < end + 5; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return "〕]］】".indexOf(text.charAt(end + 5)) >= 0;
    }

    /** An opening bracket or quote without its closing one, or the reverse. */
    private static boolean unbalanced(String surface) {
        for (int p = 0; p < BRACKETS.length(); p += 2) {
            int open = 0;
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (c == BRACKETS.charAt(p)) {
                    open++;
                } else if (c == BRACKETS.charAt(p + 1) && --open < 0) {
                    return true;
                }
            }
            if (open != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String surface, List<String> endings) {
        for (String ending : endings) {
            if (surface.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** A meeting or forum is an event, not an organisation (…工作推进会, …座谈会). */
    private static boolean isEvent(String surface) {
        for (String ending : EVENT_ENDINGS) {
            if (surface.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** An unknown place right before a branch word is the head of an organisation's name (城市中心|支行). */
    private static boolean partOfOrganisationName(String text, NerSpan s) {
        for (String unit : UNIT_WORDS) {
            if (text.startsWith(unit, s.end())) {
                return true;
            }
        }
        return false;
    }

    private static String kindOf(String label) {
        return switch (label) {
            case "ORG_GOV" -> "government";
            case "ORG_COM" -> "company";
            default -> "organization";
        };
    }

    /** Entities by id, with their distinct mentions and counts, in order of first mention. */
    /** What an outlet's name opens when the outlet credits its own staff or products (每经记者, 每经AI快讯). */
    private static final java.util.regex.Pattern OUTLETS_OWN = java.util.regex.Pattern.compile(
        "(?:实习|特约|见习)?(?:记者(?!会|招待会|问)|编辑)|AI快讯|APP|App|app|客户端|送书");

    private static final class Entities {
        private final Map<String, Builder> byId = new LinkedHashMap<>();
        private final int textOffset;
        private final List<NerSpan> spansOut;
        private final String text;
        private final boolean[] credited;
        private int lastStart = -1;
        private int lastEnd = -1;

        private boolean nesting;
        /** Stock codes of listed companies by the name the article writes. */
        Map<String, String> listedCodes = Map.of();

        Entities(String text, int textOffset, List<NerSpan> spansOut, boolean[] credited) {
            this.text = text;
            this.textOffset = textOffset;
            this.spansOut = spansOut;
            this.credited = credited;
        }

        /** Adds entities named inside another entity's span: entities of the article, but not top-level spans. */
        void nested(Runnable adding) {
            nesting = true;
            try {
                adding.run();
            } finally {
                nesting = false;
            }
        }

        Builder add(String id, EntityType type, String name, String surface, int start, int end) {
            Builder b = byId.computeIfAbsent(id, k -> new Builder(k, type, name));
            lastStart = start;
            lastEnd = end;
            b.mentions.putIfAbsent(surface, start >= textOffset
                ? new Mention(surface, start - textOffset, end - textOffset)
                : new Mention(surface, start, Math.min(end, textOffset - 1), Mention.TITLE));
            b.count++;
            // 向财联社记者表示, 每经编辑 程鹏, 每经AI快讯: a medium's people and products, the medium does not act (外交部
            // 记者会 and 招商银行App are no media's)
            boolean reporter = type == EntityType.ORGANIZATION && Credits.isMedium(name)
                && (surface.endsWith("记者") || OUTLETS_OWN.matcher(text).region(Math.min(end, text.length()), text.length())
                    .lookingAt());
            b.inStory |= (start >= credited.length || !credited[start]) && !reporter;
            if (type == EntityType.ORGANIZATION && b.code == null) {
                b.code = listedCodes.get(surface);
            }
            return b;
        }

        void organization(Organization o, KbMatch m, String text) {
            add(o.id(), EntityType.ORGANIZATION, o.name(), m.surface(text), m.start(), m.end())
                .organization(o, o.kind().label());
        }

        void place(Place p, KbMatch m, String text) {
            add(p.id(), EntityType.PLACE, p.name(), m.surface(text), m.start(), m.end()).place(p);
        }

        List<Entity> build() {
            List<Entity> out = new ArrayList<>(byId.size());
            for (Builder b : byId.values()) {
                if (b.org != null && byId.containsKey(b.org) && !byId.get(b.org).kept()) {
                    b.org = null; // 每经记者 王砚丹: the person's outlet is no entity of the story, so no id to point to
                }
                if (b.kept()) {
                    out.add(b.build());
                }
            }
            return out;
        }

        final class Builder {
            final String id;
            final EntityType type;
            final String name;
            final Map<String, Mention> mentions = new LinkedHashMap<>();
            int count;
            boolean inStory;
            String kind;
            String parent;
            String title;
            String org;
            String code;
            String province;

            /** 财联社 of 财联社7月11日讯 only publishes the story: an organisation named only in credits is none of it. */
            boolean kept() {
                return inStory || type != EntityType.ORGANIZATION;
            }

            Builder(String id, EntityType type, String name) {
                this.id = id;
                this.type = type;
                this.name = name;
            }

            /** Reports the occurrence just added, with its label, when spans are being collected. */
            Builder span(String label) {
                if (spansOut != null && !nesting) {
                    spansOut.add(new NerSpan(lastStart, lastEnd, label));
                }
                return this;
            }

            Builder organization(Organization o, String fallbackKind) {
                if (kind == null) {
                    kind = o != null ? o.kind().label() : fallbackKind;
                }
                span(switch (o != null ? o.kind().label() : fallbackKind) {
                    case "government" -> "ORG_GOV";
                    case "company" -> "ORG_COM";
                    default -> "ORG_ORG";
                });
                if (o != null && parent == null) {
                    parent = o.parent();
                }
                return this;
            }

            Builder place(Place p) {
                span("LOC");
                if (p != null) {
                    code = p.code();
                    province = p.province();
                }
                return this;
            }

            Entity build() {
                return new Entity(id, type, name, new ArrayList<>(mentions.values()), count, kind, parent, title, org,
                    code, province);
            }
        }
    }
}
