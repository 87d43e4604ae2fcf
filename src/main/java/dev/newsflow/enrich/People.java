package dev.newsflow.enrich;

import dev.newsflow.enrich.ner.NerSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The passes of {@link EntityExtractor} over people: names the recogniser cut or glued (胡杰|林丽, 冯柳便), foreign
 * names in English prose and transliteration, people a report anonymises (段某某), and whether a span can be a
 * person's name at all. Stateless.
 */
final class People {
    /** Dictionary frequency from which a word counts as common (see {@link JunkRules#commonWord}). */
    private static final int COMMON_FREQUENCY = 5;

    private People() {
    }

    private static final java.util.regex.Pattern LATIN_NAME =
        java.util.regex.Pattern.compile("[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]*)*");

    private static final java.util.regex.Pattern ENGLISH_PERSON = java.util.regex.Pattern.compile(
        "\\b([A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][a-z]+)(?=,? (?:said|says|told|added|wrote|warned)\\b)"
            + "|\\b(?:Chairman|Chair|President|Governor|Minister|Secretary|CEO|Director|Commissioner) "
            + "([A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][a-z]+)\\b");

    /**
     * An English name written in Chinese text right after a Chinese title (策略师Hugh Gimber, 基金经理Bill Hwang): the
     * recogniser learnt Chinese names only.
     */
    private static final java.util.regex.Pattern ENGLISH_NAME_AFTER_TITLE = java.util.regex.Pattern.compile(
        "(?<=(?:师|经理|主管|总裁|总监|主席|官|创始人|学家|专家|行长|董事) ?)[A-Z][a-z]+(?: [A-Z]\\.)? [A-Z][a-z]+"
        + "(?![A-Za-z])");
    /** The words that end an English firm's name, never a person's (Archegos Capital, Thornburg Investment …). */
    static final java.util.regex.Pattern LATIN_FIRM_WORD = java.util.regex.Pattern.compile(
        " (?:Capital|Management|Partners|Group|Holdings|Securities|Investments?|Advisors|Ventures|Bank|Fund|Research"
        + "|Global|Asset|Associates|Trust|Markets)\\b");

    /** Words of a market's moves, which no name contains. */
    private static final java.util.regex.Pattern MARKET_MOVE = java.util.regex.Pattern.compile("涨超|跌超|涨停|跌停|大涨.|大跌.");

    /** Verbs, prepositions and conjunctions no Chinese name starts with (赴安克雷奇, 据王明, 副总裁兼亚太区…): a person span opening with one is a phrase. */
    private static final String NOT_NAME_STARTS = "赴据对被让与兼";

    /** Characters of transliterated foreign names (纳比乌琳娜, 马斯克): few Chinese given names use only these. */
    private static final String TRANSLITERATION = "阿埃艾爱安奥巴拜班贝本比彼波伯勃布查达戴丹道德迪蒂丁杜多厄恩法菲费芬"
        + "弗福盖格贡古哈海汉豪赫亨胡霍基吉加贾杰捷卡凯坎康考柯科克肯库奎拉莱兰朗劳勒雷蕾里丽利莉林琳隆卢鲁路伦罗洛马玛迈麦曼梅"
        + "蒙米密姆默穆纳娜奈内尼妮涅纽努诺欧帕佩彭皮普齐奇乔切萨塞桑瑟森沙莎尚舍施什史斯松苏索塔泰坦汤特提图托瓦万威韦维温沃乌"
        + "西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐";

    /** Marks between the parts of a foreign name (伯纳德•阿尔诺, 比尔·盖茨). */
    private static final String NAME_DOTS = "·•・";

    /**
     * A foreign name written with a dot that the recogniser ended one or two characters early (伯纳德•阿尔|诺仍排在…)
     * runs on over the transliteration characters after it.
     */
    static void finishDottedNames(String text, List<NerSpan> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            if (!c.label().equals("PER")
                || text.substring(c.start(), c.end()).chars().noneMatch(ch -> NAME_DOTS.indexOf(ch) >= 0)) {
                continue;
            }
            int limit = i + 1 < candidates.size() ? candidates.get(i + 1).start() : text.length();
            int end = c.end();
            while (end < limit && end - c.end() < 2 && TRANSLITERATION.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end > c.end()) {
                candidates.set(i, new NerSpan(c.start(), end, c.label()));
            }
        }
    }

    /** Written in transliteration characters only (盖蒂, 索罗斯): a foreign name. */
    static boolean transliterated(String name) {
        return name.chars().allMatch(ch -> TRANSLITERATION.indexOf(ch) >= 0);
    }

    /** Double surnames, which make a Chinese name of four characters (欧阳剑环). */
    private static final List<String> DOUBLE_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐",
        "慕容", "尉迟", "公孙", "长孙", "宇文", "司徒", "夏侯", "端木", "申屠", "澹台", "轩辕", "独孤", "南宫");

    /** The name opens with a double surname (欧阳|剑环, 东方|…: also the brand of firms such as 东方电气). */
    static boolean doubleSurname(String name) {
        for (String surname : DOUBLE_SURNAMES) {
            if (name.startsWith(surname)) {
                return true;
            }
        }
        return false;
    }

    /** The most common Chinese surnames: a part that starts with one is a Chinese name of its own (胡杰|林丽). */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
        + "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
        + "万钱严覃武戴莫孔向汤樊傅殷葛欧温施阎康伍聂倪牛洪鲍庞詹滕乔";

    /**
     * Less common surnames of the Hundred Family Surnames (章建平, 裘国根, 但斌), which with {@link #COMMON_SURNAMES}
     * make the surnames a Chinese person's name opens with.
     */
    private static final String OTHER_SURNAMES = "章裘但易管邢连盛柴车甘纪符尚阮祝季梅左包翟岳齐单卜鲁庄柯骆房饶宁井丛翁蓝尤苗霍凌司雍满边农甄匡鞠宫宗竺巫"
        + "冉桂屈焦巴弓项祁舒贝邬宓蔺储靳汲邴糜松景荀羊於惠麴封芮羿邰寇禄阙沃利蔚越夔隆师巩厍晁勾敖融冷訾辛阚那简空"
        + "毋沙乜养须丰巢关蒯相查后荆红游权逯盖益桓公闵席麦植窦池虞米明臧计伏成戚谈茅麻强路娄危童颜刁支昝经缪干解应"
        + "宣贲郁杭诸吉钮嵇滑裴荣曲家富乌牧隗山谷蓬全郗班仰秋仲伊仇栾暴钭厉戎祖束幸韶郜蓟薄印宿怀蒲从鄂索咸籍赖卓屠"
        + "蒙阴胥能苍双闻莘党贡劳逄姬申扶堵宰郦却璩桑濮寿通扈燕冀郏浦别晏瞿充慕茹习宦艾鱼容古慎戈庾终暨居衡步都耿弘"
        + "国文广东殳";

    /** The name opens with a Chinese surname (张坤, 章建平, 但斌; not 京北方, 新洁能, 力芯微). */
    static boolean chineseSurname(String name) {
        return !name.isEmpty() && (COMMON_SURNAMES.indexOf(name.charAt(0)) >= 0
            || OTHER_SURNAMES.indexOf(name.charAt(0)) >= 0);
    }

    /**
     * Two people the recogniser found side by side, with nothing between them, written in transliteration characters
     * only, five or more characters together and neither starting with a common Chinese surname, are one foreign
     * name it cut in two (纳比|乌琳娜); two Chinese names side by side (记者何丰伦孟昭丽, 胡杰林丽) are two people.
     */
    static void joinAdjacentPeople(String text, List<NerSpan> candidates) {
        for (int i = candidates.size() - 1; i > 0; i--) {
            NerSpan a = candidates.get(i - 1);
            NerSpan b = candidates.get(i);
            if (a.label().equals("PER") && b.label().equals("PER") && a.end() == b.start()
                && a.end() - a.start() >= 2 && b.end() - b.start() >= 2
                && b.end() - a.start() >= 5
                && COMMON_SURNAMES.indexOf(text.charAt(a.start())) < 0 && COMMON_SURNAMES.indexOf(text.charAt(b.start())) < 0
                && text.substring(a.start(), b.end()).chars().allMatch(ch -> TRANSLITERATION.indexOf(ch) >= 0)) {
                candidates.set(i - 1, new NerSpan(a.start(), b.end(), "PER"));
                candidates.remove(i);
            }
        }
    }

    /** How news names a government by its leader (特朗普政府, 拜登当局). */
    private static final List<String> ADMINISTRATIONS = List.of("政府", "当局", "内阁");

    /**
     * 特朗普政府 is Trump's administration: the organisation is no named body, the person is the entity a reader
     * looks for. A span of a name the dictionary knows as a person's, then 政府, becomes that person.
     */
    static void administrationsArePeople(String text, List<NerSpan> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            if (!c.label().startsWith("ORG")) {
                continue;
            }
            for (String word : ADMINISTRATIONS) {
                int nameEnd = c.end() - word.length();
                if (nameEnd - c.start() >= 2 && text.startsWith(word, nameEnd)
                    && JunkRules.personName(text.substring(c.start(), nameEnd))) {
                    candidates.set(i, new NerSpan(c.start(), nameEnd, "PER"));
                    break;
                }
            }
        }
    }

    /**
     * The recogniser learnt Chinese; in English prose a person is recognised by how news writes one: a capitalised
     * name that says something (Jerome Powell said) or follows a title (Governor Andrew Bailey).
     */
    static void addEnglishPeople(String text, List<NerSpan> candidates) {
        if (text.indexOf(' ') < 0) {
            return;
        }
        List<int[]> names = new ArrayList<>();
        java.util.regex.Matcher m = ENGLISH_PERSON.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            names.add(new int[] {m.start(group), m.end(group)});
        }
        java.util.Set<String> titled = new java.util.HashSet<>();
        java.util.regex.Matcher t = ENGLISH_NAME_AFTER_TITLE.matcher(text);
        while (t.find()) {
            if (!LATIN_FIRM_WORD.matcher(t.group()).find()) {
                titled.add(t.group());
            }
        }
        for (String name : titled) { // 基金经理Bill Hwang管理的…, then 并不意味着Bill Hwang将…: each time the name is written
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                boolean whole = (at == 0 || !latinLetterOrDigit(text.charAt(at - 1)))
                    && (at + name.length() == text.length() || !latinLetterOrDigit(text.charAt(at + name.length())));
                if (whole) {
                    names.add(new int[] {at, at + name.length()});
                }
            }
        }
        for (int[] name : names) {
            int start = name[0];
            int end = name[1];
            // a piece of the name the recogniser found (Andrew) gives way to the whole name
            boolean crossed = candidates.stream().anyMatch(c -> c.start() < end && c.end() > start
                && (c.start() < start || c.end() > end));
            if (!crossed) {
                candidates.removeIf(c -> c.start() >= start && c.end() <= end);
                candidates.add(new NerSpan(start, end, "PER"));
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(NerSpan::start));
    }

    private static boolean latinLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** A person the article names by surname only (段某某, 朱某): court and police reports anonymise so. */
    private static final java.util.regex.Pattern ANONYMISED = java.util.regex.Pattern.compile(
        "[" + COMMON_SURNAMES + "]某{1,2}(?![某公企银集市县区省镇村路街地些种项类样处件机家个位一日年月时])");

    private static final String LISTED_NAME = "[\\p{IsHan}]{2,3}(?:[（(][男女][）)])?";
    private static final String SURNAMED = "[" + COMMON_SURNAMES + "][\\p{IsHan}]{1,2}(?:[（(][男女][）)])?";
    /**
     * Names an appointment or a relief lists before the post (聘任高云虎、吴安迪（女）、傅卓洋为华侨城集团有限公司外部董事,
     * 樊澄不再担任…外部董事职务, 魏如山任中国建材集团有限公司党委常委): after a verb of appointment and before 为, 的,
     * 任 or 不再担任, or at the start of a clause from a common surname and before 任 or 不再担任 (康佳的控股股东… is
     * no appointment); then an organisation's name. At most 31 names, which keeps the regex's stack shallow.
     */
    private static final java.util.regex.Pattern APPOINTMENT = java.util.regex.Pattern.compile(
        "(?:(?:" + String.join("|", TitleFinder.APPOINTING_VERBS) + ")(?<names>" + LISTED_NAME + "(?:、" + LISTED_NAME + "){0,30})(?:为|的|任|不再担任)"
        + "|(?<=^|[，。；：\\n])(?<clause>" + SURNAMED + "(?:、" + LISTED_NAME + "){0,30})(?:任|不再担任))"
        + "(?=[\\p{IsHan}（()]{2,24}?(?:公司|集团|银行|委员会|协会|大学|研究院|局|厅))");
    private static final java.util.regex.Pattern GENDER_NOTE = java.util.regex.Pattern.compile("[（(][男女][）)]$");

    static void addAppointedPeople(String text, List<NerSpan> candidates) {
        if (text.indexOf('任') < 0 && text.indexOf('免') < 0 && text.indexOf('名') < 0) {
            return;
        }
        List<NerSpan> people = new ArrayList<>();
        java.util.regex.Matcher m = APPOINTMENT.matcher(text);
        while (m.find()) {
            String group = m.group("names") != null ? "names" : "clause";
            int at = m.start(group);
            for (int i = 0; i < candidates.size(); i++) {
                NerSpan c = candidates.get(i);
                if (c.label().startsWith("ORG") && c.start() >= at && c.start() < m.end() && c.end() > m.end()) {
                    candidates.set(i, new NerSpan(m.end(), c.end(), c.label())); // 傅卓洋为|华侨城集团…: the firm starts after 为
                }
            }
            for (String item : m.group(group).split("、")) {
                String name = GENDER_NOTE.matcher(item).replaceFirst("");
                if (!JunkRules.commonWords(name)) {
                    people.add(new NerSpan(at, at + name.length(), "PER"));
                }
                at += item.length() + 1;
            }
        }
        Candidates.replaceInside(text, candidates, people, c -> true);
    }

    static void addAnonymisedPeople(String text, List<NerSpan> candidates) {
        if (text.indexOf('某') < 0) {
            return;
        }
        List<NerSpan> people = new ArrayList<>();
        java.util.regex.Matcher m = ANONYMISED.matcher(text);
        while (m.find()) {
            // the surname is not the end of a word (行李某…, 全体某): the character before it and it form no common word
            // 向某机构, 于某日: 向 and 于 are prepositions before a single 某
            boolean preposition = "向于".indexOf(text.charAt(m.start())) >= 0 && m.end() - m.start() == 2;
            if (!preposition
                && (m.start() == 0 || !JunkRules.commonWord(text.substring(m.start() - 1, m.start() + 1), 1))) {
                people.add(new NerSpan(m.start(), m.end(), "PER"));
            }
        }
        Candidates.replaceInside(text, candidates, people, c -> c.label().equals("PER"));
    }

    /** Prepositions and conjunctions the recogniser glues to a name after them (同拜登, 而李明). */
    private static final String GLUED_BEFORE_NAMES = "同与和跟向对而但及";

    /**
     * A person is written the same way throughout an article, so where the recogniser found a name more often than a
     * span that differs from it by one character, the odd span is the name: a function character glued on is cut
     * (冯柳 ×5 and 冯柳便开始…; 王明远 stays another person than 王明), a surname the segmenter split off is taken back
     * (孙国峰 ×3 and 孙|国峰), and a given name standing apart is dropped (春莹 of 华春莹). A preposition the segmenter
     * keeps apart but the recogniser glued to a name found elsewhere is cut too (同|拜登 and 拜登).
     */
    static void consistentPersonNames(String text, List<NerSpan> candidates, boolean[] boundary) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (NerSpan c : candidates) {
            if (c.label().equals("PER")) {
                counts.merge(text.substring(c.start(), c.end()), 1, Integer::sum);
            }
        }
        if (counts.size() < 2) {
            return;
        }
        for (int i = 0; i < candidates.size(); i++) {
            NerSpan c = candidates.get(i);
            if (!c.label().equals("PER")) {
                continue;
            }
            String name = text.substring(c.start(), c.end());
            if (name.length() >= 3 && GLUED_BEFORE_NAMES.indexOf(name.charAt(0)) >= 0 && boundary[c.start() + 1]
                && counts.containsKey(name.substring(1))) { // 向文波 is one word of the segmenter's: a surname
                candidates.set(i, new NerSpan(c.start() + 1, c.end(), "PER")); // 习近平主席同|拜登总统通话, 拜登 found too
                continue;
            }
            String usual = null;
            int best = counts.get(name);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String other = e.getKey();
                if (e.getValue() > best && other.length() >= 2 && Math.abs(other.length() - name.length()) == 1
                    && (name.startsWith(other) || other.endsWith(name))) {
                    usual = other;
                    best = e.getValue();
                }
            }
            if (usual == null) {
                continue;
            }
            if (name.startsWith(usual)) {
                if (!JunkRules.contentChar(name.charAt(name.length() - 1))) {
                    candidates.set(i, new NerSpan(c.start(), c.start() + usual.length(), "PER")); // 冯柳便 → 冯柳
                } // 王明远 is another person than 王明
            } else if (c.start() > 0 && text.startsWith(usual, c.start() - 1)) {
                candidates.set(i, new NerSpan(c.start() - 1, c.end(), "PER")); // 孙|国峰 → 孙国峰
            } else if (name.length() == 2) {
                candidates.set(i, null); // the given name of 华春莹 written apart (春莹)
            }
        }
        candidates.removeIf(java.util.Objects::isNull);
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i).start() < candidates.get(i - 1).end()) {
                candidates.remove(i--); // an extended name now overlaps the span before it: the earlier one stands
            }
        }
    }

    static boolean plausiblePerson(String text, NerSpan s, String name) {
        if (NOT_NAME_STARTS.indexOf(name.charAt(0)) >= 0 || MARKET_MOVE.matcher(name).find()) {
            return false; // 大涨超, 特斯拉大涨超: the market's words, not a name
        }
        if (name.chars().allMatch(c -> c < 128)) {
            if (s.start() >= 2 && text.charAt(s.start() - 1) == ' ' && text.charAt(s.start() - 2) < 128
                && Character.isLetter(text.charAt(s.start() - 2))) {
                return false; // a word inside English prose (Global Risks Report); English people are found by pattern
            }
            // Jerome Powell, not "market", an acronym (REIT) or a product name (MarkovJunior)
            return LATIN_NAME.matcher(name).matches() && !JunkRules.latinNonPerson(name);
        }
        int dot = name.indexOf('·');
        if (dot >= 0) {
            // 家空间·福特体验店: a common word on either side of the dot makes a phrase, not a foreign name
            return name.length() >= 3 && !JunkRules.commonWord(name.substring(0, dot), COMMON_FREQUENCY)
                && !JunkRules.commonWord(name.substring(dot + 1), COMMON_FREQUENCY);
        }
        // a common noun of the dictionary (基金, 高管, 方差) is no name
        return name.length() >= 2 && name.length() <= 6 && !JunkRules.commonNoun(name);
    }
}
