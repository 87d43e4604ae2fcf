package dev.newsflow.enrich;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.List;

/**
 * General junk rules for what the recogniser proposes, by the shape of a span rather than by listing strings:
 * generic organisations (上市公司, 地方政府: common words plus a generic head, no name in them), organisation spans
 * that swallow a clause before the name (人士对…, 经…), Latin fragments and acronyms taken for people, places that
 * carry a particle or a trailing locative. Word knowledge comes from HanLP's core dictionary (common words and their
 * parts of speech). Stateless and thread-safe.
 */
final class JunkRules {
    /** Heads that, after common words only, make a kind of organisation, not a named one. */
    private static final List<String> GENERIC_HEADS = List.of("子公司", "母公司", "孙公司", "分公司", "公司", "政府", "法院", "检察院", "机关", "银行", "基金", "机构", "团队", "平台", "研究所", "研究院",
        "营业部", "交易所", "工作组", "小组", "企业", "部门", "军队", "警方", "事务所", "厅", "委员会", "局", "办公室");
    /** Legal forms: what stands before them is usually a name (小米科技有限责任公司). */
    private static final List<String> LEGAL_FORMS = List.of("有限责任公司", "股份有限公司", "有限公司");
    /**
     * Dictionary frequencies from which a word counts as common: the core dictionary also holds proper names as plain
     * nouns (攀钢, 新四军, 小米), but rarely.
     */
    private static final int COMMON = 5;
    /** Scopes that make a body of a kind unique (国家…机构, 中央…小组). */
    private static final List<String> NATIONAL_SCOPES = List.of("国家", "中央", "全国", "国际", "世界", "全球");
    /**
     * Words that open an organisation span but are no part of the name: relations and parties (子公司东方财富证券 is
     * 东方财富证券, 甲方上海…有限公司 is 上海…有限公司), and the filer itself (标的公司|国盛电子); the longer first.
     */
    private static final List<String> LEADING_RELATIONS = List.of("子公司", "母公司", "控股股东", "旗下", "老股东",
        "新股东", "原股东", "股东", "孙公司", "甲方", "乙方", "丙方", "原告", "被告", "发行人", "托管人", "保荐机构",
        "承销商", "受让方", "转让方", "申请人", "该公司", "本公司", "公司");
    /** Prepositions that, inside a span, show a clause was swallowed (人士对…, 特别向…, 经…). */
    private static final String PREPOSITIONS = "对向经在从";
    /** Characters of numbers and quantifiers: 九成公司, 某公司, 各地政府 are no names. */
    private static final String QUANTITY_CHARS = "零一二三四五六七八九十百千万亿两几多余数成半各每某诸该其这那此家个位批类";
    /** Last characters of a street-level address or site (路, 街, 广场, 大厦 …). */
    private static final String ADDRESS_ENDINGS = "路街道巷弄号楼园村镇乡场环桥湾岛站馆厦苑港口门寺庙宫";
    /** Verbs, adverbs and an ordinal the recogniser glues to a generic body (也有|基金公司, 首|批上市公司, 受访|基金公司). */
    private static final String GLUED_BEFORE_GENERIC = "有首也都是为在将访";
    /** Conjunctions and particles between common words (上市公司和证券公司). */
    private static final String CONJUNCTIONS = "和与及的等或";
    /** Locatives and a 'former' that end a place span but are no part of the place (…站内, …镇原). */
    private static final String TRAILING_LOCATIVES = "内外原里";

    private JunkRules() {
    }

    /**
     * What follows a known organisation inside a recognised span, {@code text[from, to)}, is no unit of it when it
     * is a verb (监管), repeats the end of the name (易方达基金 + 基金, the 基金 of 基金经理) or is a person's name (a surname and one or two
     * more characters, not a word, perhaps with the analyst's 团队: 国泰君安 + 王明远团队).
     *
     * @param nameStart where the known name starts ({@code from} is where it ends)
     */
    static boolean notAUnit(String text, int nameStart, int from, int to) {
        if (isVerb(text.substring(from, to))) {
            return true; // 国资委 + 监管: a verb that follows the name, not a unit of it
        }
        String after = text.substring(from, to);
        if ((after.endsWith("公司") || after.endsWith("企业")) && !LEGAL_FORMS.contains(after) && genericOrganisation(after)) {
            return true; // 北交所 + 上市公司: the firms listed there, no unit of the exchange
        }
        if (to - from >= 4 && text.charAt(to - 1) == '队' && text.charAt(to - 2) == '团') {
            to -= 2; // 国泰君安王明远团队: an analyst's team
        } else if (to - from >= 3 && text.charAt(to - 1) == '团') {
            to--;
        }
        int n = to - from;
        if (n < 2 || n > 3) {
            return false;
        }
        if (from - n >= nameStart && text.regionMatches(from - n, text, from, n)) {
            return true; // a doubled word
        }
        String rest = text.substring(from, to);
        return hasNature(rest.substring(0, 1), "nr") && !CoreDictionary.contains(rest);
    }

    /**
     * Length of a job title the dictionaries know (统计师, 经济学家: nnt, nnd) at the end of {@code surface}, leaving at
     * least two characters before it; 0 if none.
     */
    static int titleSuffix(String surface) {
        for (int len = Math.min(5, surface.length() - 2); len >= 2; len--) {
            String w = surface.substring(surface.length() - len);
            CoreDictionary.Attribute a = CustomDictionary.get(w);
            if (a == null) {
                a = CoreDictionary.get(w);
            }
            if (a != null) {
                for (Nature n : a.nature) {
                    if (n.startsWith("nn")) {
                        return len;
                    }
                }
            }
        }
        return 0;
    }

    /** A common word of the dictionary that is only ever a common noun (基金, 高管, 方差), never a name or another part of speech. */
    static boolean commonNoun(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.totalFrequency < COMMON) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n != Nature.n && n != Nature.vn) {
                return false;
            }
        }
        return true;
    }

    /** A character that, as a word of its own, is a content word (碳, 奥, 维) and never a function word (在, 和, 的, 向). */
    static boolean contentChar(char c) {
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            String tag = n.toString();
            if (tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("d")
                || tag.startsWith("f") || tag.startsWith("r") || tag.startsWith("m") || tag.startsWith("v")
                || tag.startsWith("w") || tag.startsWith("e") || tag.startsWith("y")) {
                return false;
            }
        }
        return true;
    }

    /** A word the core dictionary knows as a place's or a person's name (长江, 中原): no firm's short form. */
    static boolean properName(String word) {
        return hasNature(word, "ns") || hasNature(word, "nr");
    }

    /** A two-character word that qualifies a title (高级, 首席: adjectives or distinguishing words). */
    static boolean titleModifier(String word) {
        return word.length() == 2 && (hasNature(word, "a") || hasNature(word, "b"));
    }

    /**
     * An adverb before 会 or 学会: the modal verb "will" or "can learn" (将会, 都能学会), not an association (中国人工智能学会,
     * 红十字会总会).
     */
    private static final java.util.regex.Pattern MODAL_WILL = java.util.regex.Pattern.compile(
        "(?:[将都也就才不又还仍必]|自然|都能|也能|就能)学?会$");

    /**
     * A generic organisation: a generic head (公司, 政府 …) after common words
     * or quantities only (上市公司, 优质公司, 九成公司, 地方政府, 研究团队), perhaps after one glued character (有基金公司);
     * 公司 before common words only (公司证券, 公司股票), the filer's own.
     * A proper name anywhere in it (瑞典银行, 金鹰基金, 睿远基金: a word the dictionary does not know) makes it specific.
     */
    static boolean genericOrganisation(String surface) {
        if (surface.length() >= 3 && MODAL_WILL.matcher(surface).find()) {
            return true; // 天然气输送将会, 家长都能学会: a clause ending in "will", not a 会 (association)
        }
        // 有基金公司, 首批上市公司: a verb's or an ordinal's character glued to a generic one names none
        if (generic(surface) || surface.startsWith("公司") && surface.length() > 2 && commonWords(surface.substring(2))) {
            return true; // 公司证券, 公司股票: the filer's own securities
        }
        return surface.length() >= 5 && GLUED_BEFORE_GENERIC.indexOf(surface.charAt(0)) >= 0
            && generic(surface.substring(1));
    }

    private static boolean generic(String surface) {
        for (String scope : NATIONAL_SCOPES) {
            if (surface.startsWith(scope)) {
                return false; // 国家原子能机构, 全球环境基金: one body of its kind
            }
        }
        for (String head : LEGAL_FORMS) {
            if (surface.endsWith(head)) {
                // a legal name is specific unless nothing but one common word stands before the legal form
                String modifier = surface.substring(0, surface.length() - head.length());
                return modifier.isEmpty() || modifier.length() <= 2 && commonWord(modifier, COMMON);
            }
        }
        for (String head : GENERIC_HEADS) {
            if (surface.endsWith(head)) {
                String modifier = surface.substring(0, surface.length() - head.length());
                return modifier.isEmpty() || commonWords(modifier);
            }
        }
        return false;
    }

    /**
     * What follows a place in an organisation span ({@code rest}) makes a kind of body in that place, not a named one:
     * common words before 公司 or 企业 (湖北省 + 上市公司, 瑞典 + 房地产公司), or before 机构 or 部门 also after a
     * country (中国 + 金融监管机构). Banks and courts are named so (广东发展银行), and so are firms after a country
     * (美国广播公司).
     */
    static boolean genericAfterPlace(String rest, boolean country) {
        boolean kindOfFirm = !country && (rest.endsWith("公司") || rest.endsWith("企业"));
        boolean kindOfBody = rest.endsWith("机构") || rest.endsWith("部门");
        return rest.length() >= 4 && (kindOfFirm || kindOfBody) && !GENERIC_HEADS.contains(rest)
            && !LEGAL_FORMS.contains(rest) && genericOrganisation(rest);
    }

    /** What qualifies a relation before it (间接全资|子公司, 第一大|股东). */
    private static final String RELATION_QUALIFIERS = "间接直全资控股参第一二三大绝对相";

    /**
     * Where a relation that starts at {@code from}, after at most four characters that qualify it, ends, if at least two
     * characters are left; else {@code from}.
     */
    private static int relationEnd(String surface, int from) {
        int qualified = from;
        while (qualified < surface.length() && qualified - from < 4
            && RELATION_QUALIFIERS.indexOf(surface.charAt(qualified)) >= 0) {
            qualified++;
        }
        for (String relation : LEADING_RELATIONS) {
            for (int at = from; at <= qualified; at++) {
                if (surface.startsWith(relation, at) && surface.length() - at - relation.length() >= 2) {
                    return at + relation.length();
                }
            }
        }
        return from;
    }

    /**
     * Where the name starts inside a recognised organisation span that opens with relations (子公司…,
     * 公司间接全资子公司…, 甲方…) or swallowed a clause ending in a preposition (人士对…): the offset of what follows, or 0
     * when the span is fine.
     */
    static int clauseCut(String surface) {
        int related = 0;
        for (int at = relationEnd(surface, 0); at > related; at = relationEnd(surface, at)) {
            related = at; // 公司|间接全资子公司|福建…有限公司: the filer, then its relation to the name
        }
        if (related > 0) {
            return related;
        }
        int cut = 0;
        int i = 0;
        while (i < surface.length()) {
            int len = longestWord(surface, i);
            if (len == 1 && i + 1 < surface.length() && PREPOSITIONS.indexOf(surface.charAt(i)) >= 0
                && hasNature(surface.substring(i, i + 1), "p")) {
                cut = i + 1;
            }
            i += Math.max(len, 1);
        }
        return surface.length() - cut >= 2 ? cut : 0;
    }

    /**
     * A place with the particle 的 as a word of its own in it (茂名的…) is a phrase, not a name; 波罗的海 is one word.
     *
     * @param boundary word boundaries of the text, {@code start} where the place starts in it
     */
    static boolean phraseNotPlace(String surface, boolean[] boundary, int start) {
        int particle = surface.lastIndexOf('的');
        if (particle < 0 || !boundary[start + particle] || !boundary[start + particle + 1]) {
            return false;
        }
        // 北京的西四环, 丰台的煤市口路 are addresses written with 的: what follows ends like a street or a site
        return ADDRESS_ENDINGS.indexOf(surface.charAt(surface.length() - 1)) < 0 || particle == surface.length() - 1;
    }

    /**
     * How many characters to cut from the end of a place span: a trailing locative or 原 that the segmenter made a
     * word of its own (上海地铁站|内, …镇|原), so 太原 and 海内 stay whole.
     */
    static int trailingLocative(String surface, boolean ownWord) {
        if (surface.length() >= 3 && ownWord && TRAILING_LOCATIVES.indexOf(surface.charAt(surface.length() - 1)) >= 0) {
            return 1;
        }
        return 0;
    }

    /** Latin person candidates that are acronyms (REIT, NAND) or start with one (NXFiltration). */
    static boolean latinNonPerson(String surface) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return upper == letters || surface.length() > 2 && Character.isUpperCase(surface.charAt(0))
            && Character.isUpperCase(surface.charAt(1));
    }

    /** True when position {@code i} cuts a run of Latin letters, or of digits ({@code text[i-1]} and {@code text[i]}). */
    static boolean insideLatinRun(String text, int i) {
        if (i <= 0 || i >= text.length()) {
            return false;
        }
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        return before < 128 && after < 128 && (Character.isLetter(before) && Character.isLetter(after)
            || Character.isDigit(before) && Character.isDigit(after)); // WCG2011, 沙尔克04vs are two words
    }

    /**
     * A word of the core dictionary, seen at least {@code minFrequency} times, that is not a proper noun nor only an
     * abbreviation.
     */
    static boolean commonWord(String word, int minFrequency) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null || a.totalFrequency < minFrequency) {
            return false;
        }
        boolean abbreviationOnly = true;
        for (Nature n : a.nature) {
            String tag = n.toString();
            if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")
                || tag.startsWith("nx") || tag.startsWith("nf") || tag.startsWith("g")) {
                return false;
            }
            abbreviationOnly &= tag.startsWith("j");
        }
        // an abbreviation only (央行) may name one body; one that is also a verb or noun (监管) is a common word
        return !abbreviationOnly;
    }

    /**
     * {@code s} splits (longest dictionary words first) into common words of two or more characters, quantities
     * and function characters only: 消费金融, 地方, 某客运, 九成. A single content character (新锂, 睿远) may be part of a
     * name, so it does not count as common.
     */
    static boolean commonWords(String s) {
        int i = 0;
        while (i < s.length()) {
            int len = longestWord(s, i);
            String w = s.substring(i, i + Math.max(len, 1));
            if (len >= 2) {
                if (!commonWord(w, COMMON) && !allQuantity(w)) {
                    return false;
                }
            } else if (QUANTITY_CHARS.indexOf(s.charAt(i)) < 0 && CONJUNCTIONS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
            i += w.length();
        }
        return true;
    }

    /**
     * A count of things, not a name: numbers and quantifiers, then nothing, a counter or common words (九成, 多家银行,
     * 某公司). A name may start with a number (百邦科技, 一心堂, 三维工程).
     */
    static boolean counted(String s) {
        int i = 0;
        while (i < s.length() && (QUANTITY_CHARS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
            i++; // 67家基金公司 counts as 六十七家 does
        }
        return i > 0 && (i == s.length() || COUNTERS.indexOf(s.charAt(i)) >= 0 || commonWords(s.substring(i)));
    }

    /** Counters after a number (三大银行, 两只基金, 五名高管). */
    private static final String COUNTERS = "大只名所座条次级";

    /** A character of numbers and quantifiers (多, 各, 一, 某): 多家银行 counts banks. */
    static boolean quantity(char c) {
        return QUANTITY_CHARS.indexOf(c) >= 0;
    }

    private static boolean allQuantity(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (QUANTITY_CHARS.indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A core-dictionary word of two characters or more starts at {@code i} (对外, not 对|清洁能源). */
    static boolean startsWord(String text, int i) {
        return longestWord(text, i) >= 2;
    }

    /** Length of the longest core-dictionary word at {@code i} (at most 6 characters), 1 if none, 0 at the end. */
    private static int longestWord(String s, int i) {
        for (int len = Math.min(6, s.length() - i); len >= 2; len--) {
            if (CoreDictionary.contains(s.substring(i, i + len))) {
                return len;
            }
        }
        return i < s.length() ? 1 : 0;
    }

    /** A name HanLP's dictionaries know as a person's (特朗普, 拜登: nr, nrf). */
    static boolean personName(String word) {
        if (hasNature(word, "nr")) {
            return true;
        }
        CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CustomDictionary.get(word);
        if (a != null) {
            for (Nature n : a.nature) {
                if (n.toString().startsWith("nr")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word the dictionary knows as a verb (v, vi); a verbal noun (vn: 生物, 置业 and 在线 are read so at times) is
     * none.
     */
    /** The word is a verb in the segmenter's dictionary (投资, 成立). */
    static boolean isVerb(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().equals("v") || n.toString().equals("vi")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNature(String word, String prefix) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (n.toString().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
