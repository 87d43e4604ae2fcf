package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.enrich.kb.KbMatch;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.kb.Organization;
import dev.newsflow.enrich.kb.Place;
import dev.newsflow.enrich.ner.NerSpan;
import dev.newsflow.model.Stock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Companies the text itself declares, whatever their names: financial news writes a listed company with its stock
 * code (北方华创（002371.SZ）), an unnamed spokesman after the firm (陆金所有关负责人), its chairman after it (盛美半导体董事长王晖),
 * and lists firms together (美的置业、龙湖、旭辉等民营房企; 博时基金、上投摩根基金、富国基金). The recogniser, trained on other
 * news, and the knowledge base know few of the thousands of short names of listed companies and funds; these cues
 * do not need to.
 *
 * <p>A cued name becomes an {@code ORG_COM} candidate everywhere it is written on word boundaries in the article; the
 * recogniser's pieces inside it (华创 taken for a person in 北方华创) give way, and a known place of the same name
 * (龙湖 the district, 龙湖 the developer) does not take it back ({@link Found#cued}).
 */
final class CompanyCues {
    /** A stock code in brackets right after the name: A shares, Hong Kong, US listings, 股票代码：…. */
    private static final Pattern STOCK_CODE = Pattern.compile("[（(](?:(?:股票|证券)?代码[:：]?\\s*)?"
        + "(?:(?:SH|SZ|BJ|sh|sz)?(?<a>\\d{6})(?:\\.(?:SH|SZ|BJ|sh|sz))?|(?<hk>\\d{4,5})\\.(?:HK|hk)"
        + "|(?:NASDAQ|Nasdaq|NYSE|纳斯达克|纽交所)[:：]\\s*(?<us>[A-Z]{1,5})|(?<ticker>[A-Z]{1,5})\\.(?:US|O|N))"
        + "(?=[)），,;；、\\s])");
    /** What comes after a firm whose people speak for it without a name (陆金所有关负责人表示, 飞凯材料相关人士告诉…). */
    /** A paragraph that opens with who filed an announcement (安凯客车公告，…; ST曙光公告，…), as digests of filings do. */
    private static final Pattern ANNOUNCER = Pattern.compile("(?:^|\\n)[ \\u3000]*(?<name>\\*?[A-Z]{0,2}[\\p{IsHan}]{2,8}?)"
        + "(?:晚间)?公告[，,：:]");
    private static final Pattern ANNOUNCED_WHEN = Pattern.compile("(?:此前|同日|今日|近日|日前|当日|昨日|今晚|昨晚|晚间|早间|午间|盘后"
        + "|周[一二三四五六日]|最新|发布|披露|发出|也|还|亦|再次|同时"
        + "|(?:发布|披露|发出)?(?:异动|澄清|风险提示|业绩预告|业绩快报|停牌|复牌|减持|增持|回购|问询函回复))$");
    /** Bodies that publish notices (北京市人民政府公告：…), not listed companies. */
    private static final Pattern GOVERNMENT_NOTICE = Pattern.compile("(?:政府|委员会|局|部|院|所|厅|办)$");
    private static final Pattern SPOKESMAN = Pattern.compile("(?:有关|相关)(?:负责人|人士)");
    /**
     * A Latin name right after the kind of firm it is (互联网公司ironSource, 私募股权公司Thoma Bravo, 市场研究机构
     * ValuatesReports), or written with a firm's ending (IDG资本): the recogniser, trained on Chinese names, misses them.
     */
    private static final Pattern LATIN_FIRM = Pattern.compile(
        "(?<=公司|集团|机构|企业|巨头|厂商|券商|银行|平台)(?<after>[A-Za-z][A-Za-z0-9&.'-]*[A-Za-z0-9]"
        + "(?: (?:[A-Z][A-Za-z0-9&.'-]*|group|inc|ltd))*)(?![A-Za-z0-9])"
        + "|(?<![A-Za-z0-9 ])(?<before>[A-Za-z][A-Za-z0-9&.'-]*[A-Za-z0-9])(?=资本|创投|集团|证券|控股|资管)");
    /** An English firm's name by its last words (Archegos Capital, Thornburg Investment Management). */
    private static final Pattern LATIN_FIRM_BY_ENDING = Pattern.compile("(?<![A-Za-z0-9&.'-])(?:[A-Z][A-Za-z0-9&.'-]+ ){1,3}"
        + "(?:Capital|Management|Partners|Holdings|Securities|Investments|Advisors|Ventures)(?![A-Za-z0-9])");
    /** English words of a kind of business that open no firm's name (Hedge Fund, Venture Capital, Private Equity). */
    private static final Set<String> LATIN_BUSINESS_WORDS = Set.of("Hedge", "Fund", "Funds", "Venture", "Private",
        "Equity", "Human", "Wealth", "Risk", "Working", "Social", "Growth", "Seed", "Angel", "Asset", "Investment",
        "Portfolio", "Crisis", "Project", "Change", "Cash", "Money", "Property", "Data", "Brand", "The");
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\.[a-z]");
    /** Latin words of business that follow or precede a firm's kind without naming a firm (公司CEO, ETF基金, PE投资). */
    private static final Set<String> NOT_LATIN_FIRMS = Set.of("CEO", "CFO", "COO", "CTO", "IPO", "SPAC", "APP", "AI",
        "ETF", "LOF", "FOF", "QDII", "QFII", "RQFII", "REIT", "REITS", "VC", "PE", "LP", "GP", "ESG", "IT", "API", "PC",
        "GDP", "CPI", "PPI", "PMI", "TMT", "ICT", "IDC", "SAAS", "B2B", "O2O", "P2P", "VIP", "PPT", "LOGO", "ST", "VR",
        "AR", "KPI", "OTC", "IP", "IR", "HR", "PR", "VP", "CMO", "CIO", "ATM", "NFT", "KOL", "SKU", "ERP", "OEM", "ODM");
    /** Corporate titles: before a person, the words before the title name the firm (盛美半导体董事长王晖). */
    private static final List<String> CORPORATE_TITLES = List.of("董事长", "董事会主席", "总经理", "总裁", "副总裁",
        "首席执行官", "首席经济学家", "CEO", "COO", "CFO", "CTO", "创始人", "执行董事");
    /**
     * After a list of names: it was a list of firms (…等五大半导体设备公司, …等民营房企, …四家保险机构); 等 or a count is
     * needed (…产品成为封测企业 is a sentence), and places (等地的银行), products (两只基金产品) and people
     * (马云、马化腾等企业家, …等公司高管, …等基金经理) are no firms.
     */
    private static final Pattern FIRMS_AFTER_LIST = Pattern.compile("^(?:(?:(?:等|在内的)(?:[0-9一二三四五六七八九十两几多]+[家个])?"
        + "|[0-9一二三四五六七八九十两几多]+家)(?![地省市国城])[\\p{IsHan}A-Za-z]{0,6}?"
        + "(?:公司|企业|房企|民企|国企|险企|车企|药企|机构|券商|基金|银行|厂商|巨头|集团)(?!产品|[家长人士员经高董监])"
        + "|(?:等|在内的)(?:[0-9一二三四五六七八九十两几多]+只)?[\\p{IsHan}]{0,2}?(?:个股|股票|标的|成分股|概念股))");
    /**
     * After a list of names: they filed announcements (北方稀土、康希诺等近期公告…), as firms do; shareholders may too
     * (股东张伟、李娜等发布公告), so it makes a list of firms but turns no one with a common surname into a firm.
     */
    private static final Pattern FILED_AFTER_LIST = Pattern.compile(
        "^等(?:近期|近日|日前|同日|当晚|晚间|相继|先后|均|纷纷|分别){0,2}(?:发布|披露)?了?公告");
    /** What introduces a list of firms before it (金融机具企业：广电运通、新大陆, 个股：…). */
    private static final Pattern FIRMS_BEFORE_LIST = Pattern.compile(
        "(?:企业|公司|标的|个股|概念股|龙头股|厂商|券商)(?:有|包括)?[：:]$");
    /** Words of prices, volumes, indices and moves, never in a stock's short name (数, 比 and 盘 are: 数字认证, 比亚迪, 盘江股份). */
    private static final Pattern NOT_IN_STOCK_NAMES = Pattern.compile(
        "价格|股价|房价|楼市|成交|同比|环比|指数|指$|涨|跌|大盘|盘面|收盘|盘中|原油|期货|\\d");
    /**
     * What a list of firms covers, before 涵盖, 包括 or 包含 (十大流通股东名单，涵盖…; 持仓个股包括…); not 股东, which may
     * be people (明星股东包括艺人李晨、冯绍峰…).
     */
    private static final Pattern FIRMS_COVERED = Pattern.compile("(?:名单|公司|企业|个股|标的|重仓股)[，,]?$");
    /** How a market report ends a list of stocks (…、恒宝股份、楚天龙涨停, …和周大生5股涨停, …等多股涨停). */
    private static final Pattern MARKET_AFTER_LIST = Pattern.compile(
        "^(?:等?(?:[0-9一二三四五六七八九十两几多]+[只股家])?(?:个股|股票)?)?(?:均为?|全部|集体)?"
        + "(?:连续|一字)?(?:涨停|跌停|大涨|大跌|领涨|领跌|涨幅|跌幅|涨超|跌超|涨逾|跌逾|封板|均涨|均跌)");
    private static final Pattern NOT_FIRM_LISTS = Pattern.compile(
        "行业|领域|板块|地区|城市|省份|国家|分公司|子公司|分行|支行|营业部|办事处|分支机构|网点");
    /** How a market report says a stock moved, right after its name (大幅低开, 触及跌停, 实现四连板, 股价大涨). */
    private static final Pattern STOCK_MOVE = Pattern.compile("(?:今日|今天|早盘|午后|盘中|尾盘|开盘|盘初|股价|收盘|"
        + "大幅|直线|快速|一度|再度|继续|实现){0,3}(?:低开|高开|涨停|跌停|封板|[一二三四五六七八九十两0-9]+连板|"
        + "涨超|跌超|大涨|大跌|触及跌停|触及涨停|闪崩|跳水|拉升)");

    /**
     * The segmenter's words from {@code start} to {@code end} could make a name: each is a noun, a name or a
     * morpheme, none a time, number, measure, adverb, verb or function word (近一个月, 净利润却, 前一交易日).
     */
    private static boolean nameWords(List<Term> terms, int[] termAt, int start, int end) {
        for (int i = start; i < end; i++) {
            int k = termAt[i];
            if (k < 0) {
                continue;
            }
            String nature = terms.get(k).nature == null ? "" : terms.get(k).nature.toString();
            if (nature.isEmpty() || "tmdvqcufrpyeo".indexOf(nature.charAt(0)) >= 0 && !nature.equals("vn")) {
                return false;
            }
        }
        return true;
    }

    /** A move by a percentage (大涨超15%, 涨近31%, 累计上涨近56%, 跌逾3.5%). */
    private static final Pattern STOCK_CHANGE = Pattern.compile("(?:近\\d+日|近\\d+个交易日|今日|年内|本周|盘中|累计)*"
        + "(?:大涨|大跌|上涨|下跌|涨|跌)(?:超|近|逾|约|了)?\\d+(?:\\.\\d+)?%");
    /** What moves by a percentage without being a listed company: sectors, prices, currencies, commodities. */
    private static final Pattern NOT_STOCKS = Pattern.compile(
        "(?:板块|指数|行业|个股|股价|大盘|概念|价格|币|元|油|金|银|铜|铝|期货|合约|收益率|汇率|市值|成交|净值|利润|营收|收入)$|^(?:比特|以太)");

    /** The name before a market move at {@code end}, without descriptors or a time of the trading day; "" if none. */
    private static String nameBeforeMove(String text, int end, boolean[] boundary, List<Term> terms, int[] termStarts,
                                         int[] termAt) {
        int start = nameBefore(text, end, boundary, terms, termStarts, termAt);
        return start < 0 ? "" : MARKET_TIME.matcher(trimName(text.substring(start, end))).replaceFirst("");
    }

    /** Times of the trading day written before a stock's name (盘中中升控股一度跌超5%). */
    private static final Pattern MARKET_TIME = Pattern.compile("^(?:今日|今天|早盘|午后|盘中|尾盘|开盘|盘初|随后|其中)+");

    /** Indices and markets that move like stocks (恒生科技涨超3%, 中证银行, 欧美银行大跌, 港股科技). */
    private static final Pattern MARKETS = Pattern.compile(
        "^(?:恒生|中证|上证|深证|国证|中概|创业板|科创|纳斯达克|纳指|标普|道琼斯|日经|富时|欧美|欧洲|美国|美股|港股|A股|亚太|全球|海外|国内|内地)");

    /** An index, a market or a place and its trade, not a firm (恒生科技, 欧美银行, 广东电力). */
    private boolean marketOrRegion(String name) {
        if (MARKETS.matcher(name).find()) {
            return true;
        }
        for (int length = 2; length <= 3 && length < name.length(); length++) {
            if (kb.place(name.substring(0, length)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The name ends with a listed company's word after at least two characters of its brand (远大|智能). */
    private static boolean endsWithListedWord(String name) {
        for (String word : FirmWords.LISTED) {
            if (name.length() >= word.length() + 2 && name.endsWith(word)
                && !JunkRules.commonWords(name.substring(0, name.length() - word.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of investing that open a clause before the names they act on (先后投资赣锋锂电、…, 亲自调研许继电气、…). */
    private static final List<String> INVESTING_VERBS = List.of("投资", "收购", "入股", "参股", "增持", "减持", "举牌",
        "携手", "牵手", "联手", "调研");
    /** Market words after a name in a list (…、IBM涨幅居前). */
    private static final List<String> MARKET_TAILS = List.of("涨幅", "跌幅", "股价", "市值", "涨超", "跌超", "涨停", "跌停");
    /** Kinds of funds, not fund managers (偏股混合基金, 指数基金). */
    /** Names of indices and of funds' share classes, which have codes too. */
    private static final Pattern INDEX_OR_FUND = Pattern.compile("(?:指数[AC]?|ETF|LOF|指)$"
        + "|^(?:上证|深证|中证|科创|创业板|沪深|国证|恒生|北证)[\\p{IsHan}]*\\d+$|(?:混合|债券)[AC]?$");
    private static final Pattern FUND_TYPES = Pattern.compile("股票型?|混合|偏股|偏债|指数|债券|货币|ETF|FOF|QDII");
    /**
     * Words that describe a firm before its name (靶材龙头江丰电子, 前述江丰电子, 旗下…, 权重股宁德时代, 涉事企业…); never
     * where the name goes on with 股 (龙头股份 is a company).
     */
    private static final List<String> DESCRIPTORS = List.of("龙头", "巨头", "前述", "上述", "旗下", "子公司", "母公司",
        "股东", "公司", "企业", "厂商", "供应商", "权重股", "概念股", "白马股", "蓝筹股", "成分股", "中概股", "新股",
        "个股", "涉事", "头部", "外资");
    /** Words that qualify a title after the firm's name (紫光集团联席总裁, SEMI中国区总裁) or a title itself. */
    private static final List<String> TITLE_TAILS = List.of("联席", "执行", "常务", "中国区", "亚太区", "大中华区",
        "全球", "中国", "亚太", "大中华", "高级", "资深", "首席", "行政", "联合", "轮值", "时任", "前任", "现任", "副", "兼",
        "原", "前", "董事", "董事会", "董事长", "董事会主席", "总经理", "总裁", "首席执行官", "CEO", "创始人", "合伙人",
        "总监");
    /**
     * A name before a title that ends like one of these is a department (研究部, 海外研究中心, 董秘办) or a party to
     * something (平台方), not the firm.
     */
    private static final String UNIT_ENDS = "部处室科组办方";
    /** Single-character words a name before a cue never includes (由启明创投, 据梅花生物, 与长电科技, 5月23日讯…). */
    private static final String STOP_CHARS = "和与及在从对据向由讯是为称将了被把给让即如等并且或也都均自于以至经就而但";
    /** Leading words cut off a name before a cue: times, verbs, adverbs, pronouns, numbers (今日, 宣布, 目前, 该). */
    private static final List<String> NOT_NAME_NATURES = List.of("t", "v", "vd", "vi", "vf", "vx", "d", "ad", "r", "rr",
        "rz", "p", "c", "cc", "m", "mq", "f", "u");
    private static final List<String> ONE_CHARACTER_NOT_NAME = List.of("c", "cc", "p", "d", "r", "rr", "rz", "u");
    private static final int LONGEST_NAME = 14;
    private final KnowledgeBase kb;

    CompanyCues(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * What the cues found.
     *
     * @param cued  where each cued company span starts, so the knowledge base's places give way to them
     * @param codes stock codes ({@code 300136.SZ}) by the name written before them or linked to them
     */
    record Found(boolean[] cued, Map<String, String> codes) {
    }

    /**
     * Adds the companies the article declares to {@code candidates} (kept sorted by start).
     *
     * @param stocks the securities the clean stage found in the article's markup and ticker forms: a linked name is
     *               a listed company (信维通信 linked to 300136) unless it is a common phrase the site linked by
     *               mistake (线上线下, 机器人)
     * @param knownNames the knowledge base's matches in the text: a known company written in full names its short
     *                   form (正邦科技 → 正邦)
     */
    Found add(String text, List<Term> terms, int[] termStarts, boolean[] boundary, List<NerSpan> candidates,
              List<Stock> stocks, List<KbMatch> knownNames) {
        int[] termAt = termIndex(text, termStarts, terms);
        Set<String> listed = new LinkedHashSet<>();
        Map<String, String> codes = new HashMap<>();
        Matcher code = STOCK_CODE.matcher(text);
        while (code.find()) {
            int start = nameBefore(text, code.start(), boundary, terms, termStarts, termAt);
            addCued(listed, text, start, code.start(), candidates, 2);
            String written = firstGroup(code, "a", "hk", "us", "ticker");
            for (Stock stock : stocks) {
                if (start >= 0 && written.equals(stock.code()) && stock.exchange() != null) {
                    codes.putIfAbsent(trimName(text.substring(start, code.start())), stock.code() + "." + stock.exchange());
                }
            }
        }
        for (Stock stock : stocks) {
            // a name written before its code is the clean stage's guess (靶材龙头江丰电子); the cue above reads it
            // and a site links city names to the companies named after them (连云港, 张家界): a city stays a city
            if (stock.name() != null && !JunkRules.commonWords(stock.name()) && text.contains(stock.name())
                && kb.place(stock.name()).isEmpty()
                && !text.contains(stock.name() + "（") && !text.contains(stock.name() + "(")) {
                listed.add(stock.name());
                if (stock.exchange() != null) {
                    codes.put(stock.name(), stock.code() + "." + stock.exchange());
                }
            }
        }
        Matcher announcer = ANNOUNCER.matcher(text);
        while (announcer.find()) {
            // 安凯客车公告，… opens a digest's paragraph: a listed company's filing (盘江股份此前公告: the time is no name)
            String name = announcer.group("name");
            for (String stripped = ""; !stripped.equals(name); ) {
                stripped = name;
                name = ANNOUNCED_WHEN.matcher(name).replaceFirst("");
            }
            if (name.length() >= 2 && name.indexOf('的') < 0 && !JunkRules.commonWords(name)
                && !JunkRules.commonWords(name.substring(0, 2)) && !GOVERNMENT_NOTICE.matcher(name).find()) {
                listed.add(name);
            }
        }
        listed.removeIf(name -> !plausibleName(name, true));
        for (java.util.Iterator<String> it = listed.iterator(); it.hasNext(); ) {
            // 隆基股份 is the known 隆基 with the word its listing adds: the knowledge base names it, with the code
            String name = it.next();
            for (String suffix : FirmWords.LISTING) {
                String known = name.substring(0, name.length() - suffix.length());
                if (name.endsWith(suffix) && known.length() >= 2 && kb.organization(known).isPresent()) {
                    it.remove();
                    if (codes.containsKey(name)) {
                        codes.putIfAbsent(known, codes.get(name));
                    }
                    break;
                }
            }
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher spokesman = SPOKESMAN.matcher(text);
        while (spokesman.find()) {
            addCued(names, text, nameBefore(text, spokesman.start(), boundary, terms, termStarts, termAt),
                spokesman.start(), candidates, 3);
        }
        Matcher change = STOCK_CHANGE.matcher(text);
        while (change.find()) {
            // 概伦电子大涨超15%, 芯源微涨近31%, 天岳先进累计涨近44%: whatever moved by a percentage in a market
            // report, if it is a name and not a market, an index, a place or a word of the sentence
            String name = nameBeforeMove(text, change.start(), boundary, terms, termStarts, termAt);
            if (name.length() >= 3 && name.length() <= 6 && boundary[change.start() - name.length()]
                && name.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff) && plausibleName(name, false)
                && !marketOrRegion(name) && !NOT_IN_STOCK_NAMES.matcher(name).find()
                && !INDEX_OR_FUND.matcher(name).find() && !NOT_STOCKS.matcher(name).find()
                && nameWords(terms, termAt, change.start() - name.length(), change.start())) {
                addName(names, text, change.start() - name.length(), change.start()); // over a wrong cut (概|伦电子)
            }
        }
        Matcher move = STOCK_MOVE.matcher(text);
        while (move.find()) {
            // 远大智能大幅低开, 日丰股份涨停: a brand and its trade that moves on the market is a listed company
            String name = nameBeforeMove(text, move.start(), boundary, terms, termStarts, termAt);
            if (name.length() >= 4 && name.length() <= 6 && endsWithListedWord(name) && !marketOrRegion(name)) {
                addCued(names, text, move.start() - name.length(), move.start(), candidates, 4);
            }
        }
        Matcher latin = LATIN_FIRM.matcher(text);
        while (latin.find()) {
            String name = latin.group("after") != null ? latin.group("after") : latin.group("before");
            int end = latin.group("after") != null ? latin.end() : latin.end() + 2; // IDG资本 with its ending
            // a code that ends in a digit is a product's or a period's (推广公司ACYW135群…疫苗, 公司FY22-24收入)
            // 公司IR, 银行ATM: a short capital acronym after a firm's kind is a function or a product
            boolean acronym = latin.group("after") != null && name.length() <= 3
                && name.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
            boolean productCode = acronym || Character.isDigit(name.charAt(name.length() - 1))
                || WEB_ADDRESS.matcher(name).find(); // 内容开放平台pvp.qq.com is an address
            if (!productCode && !NOT_LATIN_FIRMS.contains(name.toUpperCase(java.util.Locale.ROOT)) && end <= text.length()) {
                names.add(text.substring(latin.start(), end));
                int at = latin.start();
                // what stands before the name is what kind of firm it is (私募股权公司, 数据集成公司), no firm itself
                candidates.removeIf(c -> latin.group("after") != null && c.end() == at && c.label().startsWith("ORG")
                    && kb.organization(text.substring(c.start(), c.end())).isEmpty());
            }
        }
        Matcher english = LATIN_FIRM_BY_ENDING.matcher(text);
        while (english.find()) {
            String[] words = english.group().split(" ");
            int first = 0;
            while (first < words.length - 1 && LATIN_BUSINESS_WORDS.contains(words[first])) {
                first++; // Hedge Fund Archegos Capital is Archegos Capital; Venture Capital names no firm
            }
            if (first < words.length - 1) {
                names.add(String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)));
            }
        }
        for (NerSpan person : candidates) {
            if (!person.label().equals("PER")) {
                continue;
            }
            for (String title : CORPORATE_TITLES) {
                int at = person.start() - title.length();
                if (at > 0 && text.startsWith(title, at) && !englishNameContinues(text, at)) {
                    addCued(names, text, nameBefore(text, at, boundary, terms, termStarts, termAt), at, candidates, 3);
                    break;
                }
            }
        }
        // where a list item starts: its ends are the separators, whatever the segmenter made of them (华岳资|管和)
        boolean[] listedAt = new boolean[text.length() + 1];
        Set<String> introduced = new LinkedHashSet<>();
        listedTogether(text, boundary, terms, termStarts, termAt, new Nearby(candidates), names, introduced, listedAt);
        names.removeIf(name -> !plausibleName(name, false));
        // 数字认证 among 加密算法企业：… is a firm though it is made of common words, as a listed stock's name is
        introduced.removeIf(name -> !plausibleName(name, true) && !plausibleName(name, false));
        names.addAll(introduced);
        names.addAll(listed);
        names.addAll(shortForms(text, boundary, candidates, knownNames));
        boolean[] cued = new boolean[text.length() + 1];
        List<NerSpan> occurrences = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (listedAt[at] || boundary[at] && boundary[end]) {
                    occurrences.add(new NerSpan(at, end, "ORG_COM"));
                }
            }
        }
        // 北京市住保办相关负责人 stays a government body
        boolean[] put = Candidates.replaceInside(text, candidates, occurrences, c -> c.label().startsWith("ORG"));
        for (int i = 0; i < put.length; i++) {
            cued[occurrences.get(i).start()] |= put[i];
        }
        codes.keySet().removeIf(name -> !listed.contains(name) && kb.organization(name).isEmpty());
        return new Found(cued, codes);
    }

    /**
     * The short form of a firm the article also writes in full with its trade (九安 and 九安医疗, 正邦 and 正邦科技),
     * wherever it stands on its own: the recogniser takes such a short name for a person or a place. Not a place's
     * name, nor a common word (中国 of 中国银行, 科技 of 科技公司), nor a foreign name: firms are named after their
     * founders (盖蒂 and 盖蒂信托).
     */
    private Set<String> shortForms(String text, boolean[] boundary, List<NerSpan> candidates, List<KbMatch> known) {
        Set<String> firms = new LinkedHashSet<>();
        for (NerSpan c : candidates) {
            if (c.label().equals("ORG_COM")) {
                firms.add(text.substring(c.start(), c.end()));
            }
        }
        for (KbMatch m : known) {
            if (m.entry() instanceof Organization o && o.kind() == Organization.Kind.COMPANY) {
                firms.add(m.surface(text));
            }
        }
        Set<String> shortForms = new LinkedHashSet<>();
        for (String written : firms) {
            // 国民养老保险公司 is 国民养老保险 too
            String firm = written.endsWith("公司") && written.length() > 4 ? written.substring(0, written.length() - 2) : written;
            for (String ending : FirmWords.ALL) {
                String shortForm = firm.substring(0, Math.max(0, firm.length() - ending.length()));
                if (firm.endsWith(ending) && shortForm.length() >= 2 && shortForm.length() <= 4
                    && standsAlone(text, shortForm, boundary) && kb.place(shortForm).isEmpty()
                    && kb.organization(shortForm).isEmpty() && !JunkRules.commonWords(shortForm)
                    && !JunkRules.commonWord(shortForm, 1) && shortForm.chars().allMatch(Character::isLetter)
                    && !People.transliterated(shortForm) && !JunkRules.properName(shortForm)) {
                    shortForms.add(shortForm);
                }
            }
        }
        return shortForms;
    }

    /** The name is written somewhere on word boundaries and not followed by more of a longer name. */
    private static boolean standsAlone(String text, String name, boolean[] boundary) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (boundary[at] && boundary[end] && (end == text.length() || !Character.isLetter(text.charAt(end))
                || FirmWords.ALL.stream().noneMatch(e -> text.startsWith(e, end)))) {
                return true;
            }
        }
        return false;
    }

    private static String firstGroup(Matcher m, String... groups) {
        for (String g : groups) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no code group matched");
    }

    /** The Latin word before {@code end} is the last of an English name (Amherst Pierpont Securities LLC). */
    private static boolean englishNameContinues(String text, int end) {
        int k = end;
        while (k > 0 && text.charAt(k - 1) < 128 && Character.isLetterOrDigit(text.charAt(k - 1))) {
            k--;
        }
        return k < end && k > 1 && text.charAt(k - 1) == ' ' && Character.isLetter(text.charAt(k - 2));
    }

    /**
     * Adds the name before a cue unless the recogniser found an organisation ending there. Before a title or a
     * spokesman, two characters are too often a word of the sentence (创办人和总经理) to be taken for a firm.
     */
    private static void addCued(Set<String> names, String text, int start, int end, List<NerSpan> candidates,
                                int shortest) {
        if (start >= 0 && end - start >= shortest && recognised(new int[] {start, end}, candidates, true)[0] == start) {
            addName(names, text, start, end);
        }
    }

    private static void addName(Set<String> names, String text, int start, int end) {
        if (start >= 0 && end - start >= 2) {
            String name = trimName(text.substring(start, end));
            if (name.length() >= 2 && UNIT_ENDS.indexOf(name.charAt(name.length() - 1)) < 0
                && !name.endsWith("中心") && !name.endsWith("项目")) {
                names.add(name);
            }
        }
    }

    /** The name without the words that describe the firm before it and qualify a title after it. */
    static String trimName(String name) {
        boolean trimmed = true;
        while (trimmed) {
            trimmed = false;
            for (String tail : TITLE_TAILS) {
                // a title's words only (SEMI全球副总裁、中国区总裁) leave no name; one character (原, 副) only after more
                if (name.endsWith(tail) && (tail.length() >= 2 || name.length() >= tail.length() + 3)) {
                    name = name.substring(0, name.length() - tail.length());
                    trimmed = true;
                }
            }
        }
        return name.substring(describedLength(name));
    }

    /** How many characters at the start of the name describe the firm (公司股东|泰元投资) or open a clause (而|海泰发展). */
    static int describedLength(String name) {
        int cut = name.length() >= 4 && "而但".indexOf(name.charAt(0)) >= 0 ? 1 : 0; // …，而|海泰发展、渝开发
        for (String descriptor : DESCRIPTORS) {
            int at = name.lastIndexOf(descriptor);
            if (at >= 0 && name.length() - at - descriptor.length() >= 2
                && name.charAt(at + descriptor.length()) != '股') {
                cut = Math.max(cut, at + descriptor.length());
            }
        }
        return cut;
    }

    /**
     * A name with a stock code ({@code listed}) is a listed company whatever its words (滴滴金融, 应用材料), unless it is a
     * single common word (公司) or an index or a fund (沪深300指数, 创业板指, 科创50, 恒生ETF, 招商中证白酒指数A); a name
     * before another cue must not be a common phrase (公司有关负责人, 监管部门相关人士). Neither is one the knowledge base
     * names already.
     */
    private boolean plausibleName(String name, boolean listed) {
        boolean latin = name.chars().allMatch(c -> c < 128);
        if (name.length() < 2 || name.length() > (latin ? 3 * LONGEST_NAME : LONGEST_NAME) || kb.isNonEntity(name)
            || kb.organization(name).isPresent() || name.chars().noneMatch(Character::isLetter)
            || JunkRules.counted(name)) {
            return false;
        }
        return listed ? !INDEX_OR_FUND.matcher(name).find() && !JunkRules.commonWord(name, 1)
            : !JunkRules.commonWords(name) && name.indexOf('的', 2) < 0;
    }

    /**
     * Where the name that ends at {@code end} starts, or -1: back to punctuation, a space or a function word, then
     * forward past leading times, verbs and pronouns (今日宣布收购…); a name longer than {@link #LONGEST_NAME} is none.
     */
    private static int nameBefore(String text, int end, boolean[] boundary, List<Term> terms, int[] termStarts,
                                  int[] termAt) {
        int start = end;
        int farthest = Math.max(0, end - 3 * LONGEST_NAME); // a longer run holds no name of ours anyway
        while (start > farthest) {
            char c = text.charAt(start - 1);
            if (!Character.isLetterOrDigit(c)
                || STOP_CHARS.indexOf(c) >= 0 && boundary[start - 1] && boundary[start]) {
                break;
            }
            start--;
        }
        while (start < end && boundary[start] && termAt[start] >= 0) {
            Term t = terms.get(termAt[start]);
            int termEnd = termStarts[termAt[start]] + t.word.length();
            String nature = String.valueOf(t.nature);
            boolean notName = t.word.length() >= 2 || Character.isDigit(t.word.charAt(0))
                ? NOT_NAME_NATURES.contains(nature)
                : ONE_CHARACTER_NOT_NAME.contains(nature); // 但, 以, 该; not 飞 of 飞凯材料
            notName |= INVESTING_VERBS.contains(t.word) && end - termEnd >= 4;
            if (termEnd >= end || !notName) {
                break;
            }
            start = termEnd;
        }
        for (int k = end - 1; k > start; k--) {
            // a name holds no verb of two characters (…规模仅低于格力电器); one character (飞凯材料) may be a name's
            if (boundary[k] && termAt[k] >= 0 && k + terms.get(termAt[k]).word.length() <= end - 2
                && clauseWord(terms.get(termAt[k]))) {
                start = k + terms.get(termAt[k]).word.length();
                break;
            }
        }
        int possessive = text.substring(start, end).lastIndexOf('的') + start;
        if (possessive > start + 1 && possessive < end - 1) {
            start = possessive + 1; // 旗下的长电科技; 美的置业 keeps its 的
        }
        while (start < end && Character.isDigit(text.charAt(start))) {
            start++;
        }
        return end - start > LONGEST_NAME ? -1 : start;
    }

    /**
     * Names listed with 、 between them are firms where the list says so (…等民营房企) or where at least half of them
     * are firms already (博时基金、上投摩根基金、富国基金): each other name between two separators, or before the
     * first, becomes one.
     */
    private void listedTogether(String text, boolean[] boundary, List<Term> terms, int[] termStarts, int[] termAt,
                                Nearby nearby, Set<String> names, Set<String> introducedNames, boolean[] listedAt) {
        int i = text.indexOf('、');
        while (i >= 0) {
            List<int[]> items = new ArrayList<>();
            int run = i;
            while (run > 0 && i - run <= LONGEST_NAME && Character.isLetterOrDigit(text.charAt(run - 1))) {
                run--;
            }
            // 银行IT企业：神州信息、…: the list says what it lists, and its first name runs from the colon
            boolean introduced = run > 0 && i - run >= 2 && i - run <= LONGEST_NAME
                && FIRMS_BEFORE_LIST.matcher(text.substring(Math.max(0, run - 8), run)).find();
            String firstRun = text.substring(run, i); // the cues below lie inside the first item's run
            int leader = firstRun.lastIndexOf("龙头");
            if (leader >= 0) {
                int skip = leader + 2;
                for (String kind : List.of("企业", "公司", "股")) {
                    skip += firstRun.startsWith(kind, skip) ? kind.length() : 0; // 光伏龙头企业隆基绿能
                }
                leader = skip - 2;
            }
            if (!introduced && leader >= 0 && firstRun.length() - leader - 2 >= 2
                && !JunkRules.commonWords(firstRun.substring(leader + 2))) {
                run += leader + 2; // 优质水电龙头长江电力、华能水电…: the leaders of a trade, by name
                introduced = true;
            }
            boolean covered = false;
            for (String covers : List.of("涵盖", "包括", "包含")) {
                int at = introduced ? -1 : firstRun.lastIndexOf(covers);
                if (at >= 0 && firstRun.length() - at - 2 >= 2
                    && FIRMS_COVERED.matcher(text.substring(Math.max(0, run + at - 8), run + at)).find()) {
                    run += at + 2; // 十大流通股东名单，涵盖锦鸡股份、广大特材…
                    while (run < i - 2 && "了着".indexOf(text.charAt(run)) >= 0) {
                        run++; // 涵盖了…
                    }
                    introduced = true;
                    covered = true;
                }
            }
            int first = introduced ? run : nameBefore(text, i, boundary, terms, termStarts, termAt);
            if (first >= 0) {
                first += describedLength(text.substring(first, i)); // 公司股东|泰元投资、泰熙投资
            }
            items.add(recognised(new int[] {first, i}, nearby.around(first, i), true));
            int sep = i;
            int next = text.indexOf('、', sep + 1);
            while (next > 0 && isItem(text, sep + 1, next)
                && lastItemEnd(text, sep + 1, boundary, terms, termAt, false) == next
                && lastJoin(text, sep + 1, next, boundary) < 0) { // 中科院等院校及北医三院 ends one list, starts another
                items.add(new int[] {sep + 1, next});
                sep = next;
                next = text.indexOf('、', sep + 1);
            }
            int lastEnd = lastItemEnd(text, sep + 1, boundary, terms, termAt, true);
            if (introduced && lastEnd - sep - 1 < 2) {
                lastEnd = lastItemEnd(text, sep + 1, boundary, terms, termAt, false); // …、正元智慧、新开|普
            }
            if (lastEnd - sep - 1 > 2 && "均都".indexOf(text.charAt(lastEnd - 1)) >= 0) {
                lastEnd--; // …、中小企业均受益
            }
            for (String tail : MARKET_TAILS) {
                if (lastEnd - tail.length() > sep + 1 && text.startsWith(tail, lastEnd - tail.length())) {
                    lastEnd -= tail.length();
                }
            }
            for (int k = sep + 3; k < lastEnd; k++) {
                // …、晶赛科技涨幅均超200%, …、节能风电均为连续涨停: the market's words end the last name
                if (MARKET_AFTER_LIST.matcher(text.substring(k, Math.min(text.length(), k + 8))).find()) {
                    lastEnd = k;
                    break;
                }
            }
            if (lastEnd > sep + 1) {
                int and = lastJoin(text, sep + 1, lastEnd, boundary);
                if (and > 0) { // ASML及东京电子: two names
                    items.add(new int[] {sep + 1, and});
                    items.add(recognised(new int[] {and + 1, lastEnd}, nearby.around(and + 1, lastEnd), false));
                } else {
                    items.add(recognised(new int[] {sep + 1, lastEnd}, nearby.around(sep + 1, lastEnd), false));
                }
            }
            Matcher after = FIRMS_AFTER_LIST.matcher(text.substring(Math.max(lastEnd, 0),
                Math.min(text.length(), Math.max(lastEnd, 0) + 14)));
            // …等行业的多家公司 lists trades, not firms
            boolean firmsSaid = lastEnd > 0 && after.find() && !NOT_FIRM_LISTS.matcher(after.group()).find();
            boolean marketMove = lastEnd > 0
                && MARKET_AFTER_LIST.matcher(text.substring(lastEnd, Math.min(text.length(), lastEnd + 8))).find();
            for (int[] item : items) {
                // stocks go by short names; 原油价格大涨, 成交量同比… list prices and volumes
                marketMove &= item[0] >= 0 && item[1] - item[0] >= 2 && item[1] - item[0] <= 5
                    && !NOT_IN_STOCK_NAMES.matcher(text.substring(item[0], item[1])).find()
                    && !INDEX_OR_FUND.matcher(text.substring(item[0], item[1])).find()
                    && kb.place(text.substring(item[0], item[1])).isEmpty(); // 广州、深圳房价涨幅居前
            }
            int commonItems = 0;
            for (int[] item : items) {
                String named = item[0] >= 0 ? text.substring(item[0], item[1]) : "";
                commonItems += item[0] >= 0 && (JunkRules.commonWords(named) || JunkRules.counted(named)) ? 1 : 0;
            }
            // 参展企业涵盖设计、制造、封装测试…: trades, not firms; 包括67家基金公司、39家私募…: counts
            // …等民营房企 and …、楚天龙涨停 say even a person's name is a firm's (people do not hit the limit up); a list
            // a kind of firm introduces may hold people (股东名单包括…张坤)
            boolean listSaid = firmsSaid || marketMove;
            boolean filed = lastEnd > 0
                && FILED_AFTER_LIST.matcher(text.substring(lastEnd, Math.min(text.length(), lastEnd + 12))).find();
            firmsSaid |= filed;
            firmsSaid |= (introduced && 2 * commonItems < items.size()) || marketMove;
            int firms = 0;
            boolean phrases = false; // an item holding 的 is a phrase (the last item ends at 的, the others may hold one)
            for (int[] item : items) {
                phrases |= item[0] >= 0 && text.substring(item[0], item[1]).indexOf('的', 2) >= 0;
                if (item[0] >= 0 && isFirm(text.substring(item[0], item[1]), item, nearby.around(item[0], item[1]), terms, termAt)) {
                    firms++;
                }
            }
            int places = 0;
            for (int[] item : items) {
                places += item[0] >= 0 && placeNamed(text.substring(item[0], item[1]), item, nearby.around(item[0], item[1])) ? 1 : 0;
            }
            // 美国、新加坡等海外机构, 江苏、浙江等外贸大省企业: places of the firms, not firms
            // a list a 名单 or 公司 covers may list people (股东名单包括…张坤、葛卫东): two firms in it say it lists firms
            boolean listOfFirms = places < items.size() && (firmsSaid && (!covered || firms >= 2)
                || 2 * firms >= items.size() && firms >= 2);
            // 煤炭、电力、天然气等企业 lists trades (unless the market moved them); …、含氟高分子材料领域 lists materials
            listOfFirms &= (marketMove || 2 * commonItems <= items.size()) && !fields(text, sep + 1);
            if (items.size() >= 2 && listOfFirms && !phrases) {
                for (int[] item : items) {
                    // 龙湖 among developers is the developer
                    // a "person" without a Chinese surname among two firms is one (科蓝软件、京北方; 张坤, 但斌 stay)
                    boolean firmsOverPeople = listSaid
                        || (firms >= 2 || filed) && item[0] >= 0 && !People.chineseSurname(text.substring(item[0], item[1]));
                    if (item[0] >= 0 && !covered(item, nearby.around(item[0], item[1]), firmsOverPeople)
                        && !countryOrProvince(text.substring(item[0], item[1]))
                        && !(marketMove && JunkRules.commonWords(text.substring(item[0], item[1])))) {
                        (introduced ? introducedNames : names).add(text.substring(item[0], item[1]));
                        listedAt[item[0]] = true;
                    }
                }
            }
            i = text.indexOf('、', sep + 1);
        }
    }

    /** Words that end a list of trades or fields (…、含氟高分子材料领域，), not its firms' kind (…等行业龙头). */
    private static final Pattern FIELDS = Pattern.compile(
        "^[^，。；：、！？\\n等]{0,14}?(?:领域|行业|产业|板块|赛道)(?=[，。；、！？\\n])");

    /** The list's last item, from {@code from}, ends in a field or trade word: the list names no firms. */
    private static boolean fields(String text, int from) {
        String window = text.substring(from, Math.min(text.length(), from + 16));
        return FIELDS.matcher(from + 16 >= text.length() ? window + "。" : window).find();
    }

    /**
     * The first item's start and the last item's end are guesses, as is the start of a name before a cue; where the
     * recogniser found an organisation that ends (starts) with the item, it is the item (但记者咨询|建设银行,
     * 交通银行|紧随其后, 银行有|工商银行（601398.SH）).
     */
    private static int[] recognised(int[] item, List<NerSpan> candidates, boolean startGuessed) {
        if (item[0] < 0) {
            return item;
        }
        for (NerSpan c : candidates) {
            if (c.label().startsWith("ORG") && c.start() >= item[0] && c.end() <= item[1]
                && (startGuessed ? c.end() == item[1] : c.start() == item[0])) {
                return new int[] {c.start(), c.end()};
            }
        }
        return item;
    }

    /** Where a conjunction word (和, 及, 与) joins the last two names of a list, or -1. */
    private static int lastJoin(String text, int from, int to, boolean[] boundary) {
        for (int k = to - 3; k >= from + 2; k--) {
            if ("和及与".indexOf(text.charAt(k)) >= 0 && boundary[k] && boundary[k + 1]) {
                return k; // the conjunction as a word of its own (东信和平|和|周大生), not the 和 inside a name
            }
        }
        for (int k = from + 2; k < to - 2; k++) {
            // the segmenter glues the conjunction to a name it does not know (ASML|及东京电子)
            if ("和及与".indexOf(text.charAt(k)) >= 0
                && (boundary[k] || boundary[k + 1] || text.charAt(k - 1) < 128)) { // or 泰康资|管和|太平资管
                return k;
            }
        }
        return -1;
    }

    private boolean placeNamed(String surface, int[] item, List<NerSpan> candidates) {
        if (kb.place(surface).isPresent()) {
            return true;
        }
        for (NerSpan c : candidates) {
            if (c.start() == item[0] && c.end() == item[1] && c.label().equals("LOC")) {
                return true;
            }
        }
        return false;
    }

    /** A country or a province is never a firm of a list (a district such as 龙湖 may be a developer's name). */
    private boolean countryOrProvince(String surface) {
        return kb.place(surface).map(p -> p.level() == Place.Level.COUNTRY || p.level() == Place.Level.PROVINCE)
            .orElse(false);
    }

    /** An item between two separators: a few letters, no punctuation. */
    private static boolean isItem(String text, int from, int to) {
        if (to - from < 1 || to - from > LONGEST_NAME) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isLetterOrDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the last item of a list ends: at 等, at a count (四家…), before a verb or preposition (…杭州复林投资跟投) when
     * {@code beforeVerbs} (a name between two separators may hold a word the segmenter calls a verb: 科大讯|飞), or at
     * punctuation; -1 when it runs on.
     */
    private static int lastItemEnd(String text, int from, boolean[] boundary, List<Term> terms, int[] termAt,
                                   boolean beforeVerbs) {
        int k = from;
        while (k < text.length() && k - from <= LONGEST_NAME && Character.isLetterOrDigit(text.charAt(k))) {
            char c = text.charAt(k);
            if (k > from + 1 && boundary[k] && (c == '等' || "一二三四五六七八九十两几多".indexOf(c) >= 0
                && k + 1 < text.length() && "家个只".indexOf(text.charAt(k + 1)) >= 0
                || c == '的' // …、长阳科技的预告净利润
                || beforeVerbs && verbAt(terms, termAt, k))) {
                return k;
            }
            k++;
        }
        return k < text.length() && k - from <= LONGEST_NAME && k > from ? k : -1;
    }

    /** A verb or adverb of two characters, a preposition or conjunction (…就韩国OGN电视台, 仅低于格力电器). */
    private static boolean clauseWord(Term t) {
        String nature = String.valueOf(t.nature);
        if (t.word.length() < 2) {
            return nature.equals("p") || nature.equals("c");
        }
        return nature.equals("v") || nature.equals("vi") || nature.equals("p") || nature.equals("d")
            || nature.equals("c") || nature.equals("vf") || INVESTING_VERBS.contains(t.word); // 调研 (vn) too
    }

    /**
     * A word that ends a name: a preposition (跟投), an idiom (紧随其后), or a verb, adverb or conjunction of two
     * characters (同时); one character the segmenter calls a verb is as often part of a name it does not know
     * (泰康资|管, 飞凯材料).
     */
    private static boolean verbAt(List<Term> terms, int[] termAt, int k) {
        if (termAt[k] < 0) {
            return false;
        }
        Term t = terms.get(termAt[k]);
        String nature = String.valueOf(t.nature);
        return nature.equals("p") || nature.equals("l") || nature.equals("i")
            || t.word.length() >= 2 && (nature.equals("v") || nature.equals("vi") || nature.equals("c")
                || nature.equals("d"));
    }

    private boolean isFirm(String surface, int[] item, List<NerSpan> candidates, List<Term> terms, int[] termAt) {
        if (FUND_TYPES.matcher(surface).find()) {
            return false;
        }
        if (termAt[item[0]] >= 0 && surface.length() == 4 && surface.endsWith("软件")) {
            // 软件 is no firm word (it ends products), but a brand and 软件 the segmenter knows as an organisation is
            // a firm (科蓝软件/nt); the other trades count below in any case
            Term word = terms.get(termAt[item[0]]);
            if (word.word.equals(surface) && word.nature != null && word.nature.startsWith("nt")
                && !JunkRules.commonWord(surface.substring(0, 2), 1) && kb.place(surface.substring(0, 2)).isEmpty()) {
                return true;
            }
        }
        for (String ending : FirmWords.ALL) {
            if (surface.length() > ending.length() + 1 && surface.endsWith(ending)
                && !JunkRules.commonWords(surface.substring(0, surface.length() - ending.length()))) {
                return true;
            }
        }
        if (kb.organization(surface).map(o -> o.kind() == Organization.Kind.COMPANY).orElse(false)) {
            return true;
        }
        for (NerSpan c : candidates) {
            if (c.start() == item[0] && c.end() == item[1] && c.label().equals("ORG_COM")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The recogniser's span on the item stands: one that runs past it (the item is part of something longer), or one
     * that is the item with a firm's or organisation's label, or a person's unless the words after the list say
     * firms. A place on the item gives way (龙湖 in a list of firms).
     */
    private static boolean covered(int[] item, List<NerSpan> candidates, boolean firmsSaid) {
        for (NerSpan c : candidates) {
            if (!firmsSaid && c.start() == item[0] && c.end() == item[1] && c.label().equals("PER")) {
                return true; // people among firms stay people unless the list says they are firms (金辉等民营房企)
            }
            if (c.start() < item[1] && c.end() > item[0] && !c.label().equals("PER")) {
                boolean crosses = c.start() < item[0] || c.end() > item[1];
                boolean same = c.start() == item[0] && c.end() == item[1];
                if (crosses || same && !c.label().equals("LOC")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The candidates near a stretch of text, found by binary search over the candidates sorted by start: a long list
     * of names (2,000 items joined by 、) would otherwise check each name against every candidate.
     */
    private static final class Nearby {
        private final List<NerSpan> sorted;
        private final int longest;

        Nearby(List<NerSpan> candidates) {
            sorted = new ArrayList<>(candidates);
            sorted.sort(Comparator.comparingInt(NerSpan::start));
            longest = sorted.stream().mapToInt(c -> c.end() - c.start()).max().orElse(0);
        }

        /** The candidates that overlap {@code [from, to)}; none for a name not found ({@code from} negative). */
        List<NerSpan> around(int from, int to) {
            if (from < 0) {
                return List.of();
            }
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) { // the first candidate that starts at or after from - longest
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).start() < from - longest) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            List<NerSpan> near = new ArrayList<>(2);
            for (int k = lo; k < sorted.size() && sorted.get(k).start() < to; k++) {
                if (sorted.get(k).end() > from) {
                    near.add(sorted.get(k));
                }
            }
            return near;
        }
    }

    /** The index of the segmenter's word that starts at each offset, -1 inside a word. */
    private static int[] termIndex(String text, int[] termStarts, List<Term> terms) {
        int[] at = new int[text.length() + 1];
        java.util.Arrays.fill(at, -1);
        for (int k = 0; k < termStarts.length; k++) {
            if (termStarts[k] < at.length && text.startsWith(terms.get(k).word, termStarts[k])) {
                at[termStarts[k]] = k;
            }
        }
        return at;
    }
}
