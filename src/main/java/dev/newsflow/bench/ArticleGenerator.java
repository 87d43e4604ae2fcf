package dev.newsflow.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Invented raw posts for the benchmark: the four wire formats of the project's samples ({@code /samples/}: a Sina
 * Hexo post, a CLS telegraph, a JSON envelope, a full HTML page), each with about {@code targetChars} characters of
 * body text written from sentence templates of Chinese financial news. Names, organisations, places, dates and
 * figures are drawn per article, so no two articles are alike (distinct ids, realistic dictionary and cache
 * behaviour), and a seed makes a run repeatable.
 *
 * <p>Not thread-safe (one {@link Random}); use one generator per thread.
 */
public final class ArticleGenerator {
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭"};
    private static final String[] GIVEN = {"建国", "伟", "敏", "海峰", "晓明", "丽华", "志强", "国平", "文博", "静",
        "立新", "红梅", "振华", "雪松", "永刚", "春燕", "明辉", "家宁", "思远", "玉兰", "德胜", "云飞", "桂芳", "浩"};
    private static final String[] REGULATORS = {"中国人民银行", "国家金融监督管理总局", "中国证监会", "财政部",
        "国家发展改革委", "国家外汇管理局", "商务部", "上海证券交易所", "深圳证券交易所", "中国银行业协会"};
    private static final String[] FIRMS = {"中国工商银行", "中国建设银行", "中国农业银行", "招商银行", "平安银行",
        "兴业银行", "浦发银行", "中信证券", "华泰证券", "国泰君安", "中国平安", "比亚迪", "宁德时代", "中国石化"};
    private static final String[] FIRM_WORDS = {"华信", "恒达", "瑞丰", "新元", "中科", "天成", "博远", "聚能", "启明",
        "海川", "泰和", "凯盛"};
    private static final String[] FIRM_KINDS = {"科技股份有限公司", "新材料有限公司", "智能装备股份有限公司",
        "生物医药有限公司", "能源集团有限公司"};
    private static final String[] PLACES = {"北京市", "上海市", "广东省深圳市", "浙江省杭州市", "江苏省南京市",
        "四川省成都市", "湖北省武汉市", "陕西省西安市", "山东省青岛市", "福建省厦门市", "湖南省长沙市", "重庆市",
        "天津市", "河南省郑州市", "安徽省合肥市", "广西壮族自治区南宁市"};
    private static final String[] REGULATOR_TITLES = {"行长", "副行长", "局长", "副局长", "主席", "副主席", "司长",
        "新闻发言人"};
    private static final String[] FIRM_TITLES = {"董事长", "总经理", "首席经济学家", "副总裁", "董事会秘书", "行长"};
    private static final String[] EDITORS = {"李明", "张华", "王芳", "刘洋", "陈静", "赵磊"};

    /** Body sentences; {R} regulator, {F} firm, {C} invented company, {P} person, {T} title, {L} place, {n} digits. */
    private static final String[] SENTENCES = {
        "{M}月{D}日，{R}在{L}召开金融支持实体经济发展座谈会，{R}{T}{P}出席会议并讲话。",
        "{P}指出，下一步将继续用好再贷款、再贴现等政策工具，引导金融机构加大对小微企业和民营企业的信贷投放。",
        "会议强调，要坚持稳中求进工作总基调，保持流动性合理充裕，推动社会综合融资成本稳中有降。",
        "{F}{T2}{P}表示，今年以来该行累计发放普惠型小微企业贷款{n}亿元，同比增长{p}%。",
        "数据显示，{M}月末广义货币(M2)余额{n}万亿元，同比增长{p}%，人民币贷款余额同比增长{p}%。",
        "{L}金融办相关负责人介绍，当地已设立规模{n}亿元的产业引导基金，重点支持先进制造业和科技创新。",
        "{C}董事长{P}在接受采访时说，公司一季度营业收入{n}亿元，净利润同比增长{p}%，海外订单明显回升。",
        "业内人士认为，{R}此次降低存款准备金率{q}个百分点，将释放长期资金约{n}亿元，有助于稳定市场预期。",
        "{F}首席经济学家{P}分析称，当前物价水平温和，货币政策仍有一定空间，预计年内利率中枢继续下移。",
        "截至{M}月{D}日收盘，上证指数报{n}点，深证成指报{n}点，两市成交额合计{n}亿元。",
        "{R}有关负责人在新闻发布会上表示，将会同有关部门加强跨部门监管协同，严厉打击非法金融活动。",
        "据了解，{L}已有{n}家企业完成首次公开发行，募集资金合计{n}亿元，其中{C}募资规模居首。",
        "{P}还提到，要稳妥推进中小银行改革化险，压实地方政府属地责任，守住不发生系统性金融风险的底线。",
        "分析人士指出，随着稳增长政策持续发力，消费、投资等指标有望继续改善，经济回升向好的基础将更加牢固。",
        "{C}公告称，公司拟在{L}投资{n}亿元建设新生产基地，项目建成后预计年产值超过{n}亿元。",
        "{F}相关负责人介绍，该行已与{L}签署战略合作协议，未来三年将提供不低于{n}亿元的意向性融资。",
        "{M}月{D}日，{R}发布《关于进一步做好金融服务工作的通知》，明确{n}项具体举措。",
        "外汇市场方面，人民币对美元汇率中间价报{n}.{q}{q}{q}{q}，较前一交易日调升{n}个基点。",
    };

    private final Random random;
    private final int targetChars;

    /** @param targetChars body characters to aim at (each article ends a sentence past it) */
    public ArticleGenerator(long seed, int targetChars) {
        if (targetChars < 1) {
            throw new IllegalArgumentException("targetChars must be ≥ 1, was " + targetChars);
        }
        this.random = new Random(seed);
        this.targetChars = targetChars;
    }

    /** {@code count} posts, cycling through the four formats, as the bytes a scraper would publish. */
    public List<byte[]> posts(int count) {
        List<byte[]> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(post(i).getBytes(StandardCharsets.UTF_8));
        }
        return posts;
    }

    /** Post number {@code index}: its format is {@code index % 4}; the rest is random. */
    String post(int index) {
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        List<String> paragraphs = paragraphs(month, day);
        String title = title();
        String editor = pick(EDITORS);
        return switch (index % 4) {
            case 0 -> sinaPost(index, title, month, day, paragraphs, editor);
            case 1 -> clsTelegraph(title, month, day, paragraphs);
            case 2 -> envelope(index, title, month, day, paragraphs, editor);
            default -> htmlPage(title, month, day, paragraphs);
        };
    }

    private String title() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(REGULATORS) + "召开" + pick(PLACES) + "金融工作座谈会";
            case 1 -> pick(FIRMS) + "发布" + (2018 + random.nextInt(7)) + "年度业绩 净利润增长" + percent() + "%";
            case 2 -> pick(PLACES) + "出台" + (3 + random.nextInt(20)) + "项措施支持民营经济发展";
            default -> company() + "拟投资" + (1 + random.nextInt(300)) + "亿元建设新基地";
        };
    }

    private List<String> paragraphs(int month, int day) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int total = 0;
        String person = person();
        while (total < targetChars) {
            if (random.nextInt(4) == 0) {
                person = person(); // a new speaker now and then; the same one is usually quoted again
            }
            String sentence = fill(SENTENCES[random.nextInt(SENTENCES.length)], month, day, person);
            paragraph.append(sentence);
            total += sentence.length();
            if (paragraph.length() > 180 + random.nextInt(120)) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    private String fill(String template, int month, int day, String person) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                continue;
            }
            String slot = template.substring(i + 1, close);
            out.append(switch (slot) {
                case "R" -> pick(REGULATORS);
                case "F" -> pick(FIRMS);
                case "C" -> company();
                case "P" -> person;
                case "T" -> pick(REGULATOR_TITLES);
                case "T2" -> pick(FIRM_TITLES);
                case "L" -> pick(PLACES);
                case "M" -> String.valueOf(month);
                case "D" -> String.valueOf(day);
                case "n" -> String.valueOf(1 + random.nextInt(9999));
                case "p" -> percent();
                case "q" -> String.valueOf(random.nextInt(10));
                default -> throw new IllegalStateException("unknown slot " + slot);
            });
            i = close;
        }
        return out.toString();
    }

    private String sinaPost(int index, String title, int month, int day, List<String> paragraphs, String editor) {
        StringBuilder s = new StringBuilder("---\ntitle: '").append(title).append("'\ncategories: \n - 金融\n"
            + " - 新浪财经\n - 新浪财经－国內\nauthor: 新浪财经\ncomments: false\n")
            .append(String.format("date: 2023-%02d-%02dT%02d:%02d:00.000Z%n", month, day, random.nextInt(24),
                random.nextInt(60)))
            .append("thumbnail: 'https://n.sinaimg.cn/finance/bench/").append(index).append(".png'\n---\n\n<div>\n");
        for (String p : paragraphs) {
            s.append("<p>　　").append(p).append("</p>\n");
        }
        return s.append("<!-- news_keyword_pub,stock, -->\n<div class=\"clearfix appendQr_wrap\"><div "
                + "class=\"appendQr_normal_txt\">海量资讯、精准解读，尽在新浪财经APP</div></div>\n"
                + "<p class=\"article-editor\">责任编辑：").append(editor).append(" </p>\n</div>\n").toString();
    }

    private String clsTelegraph(String title, int month, int day, List<String> paragraphs) {
        StringBuilder s = new StringBuilder("---\ntitle: '财联社").append(month).append("月").append(day).append("日电，")
            .append(title).append("'\ncategories: \n - 金融\n - 财联社\n - 电报\nauthor: 财联社\ncomments: false\n")
            .append(String.format("date: 2023-%02d-%02dT%02d:%02d:00.000Z%n", month, day, random.nextInt(24),
                random.nextInt(60)))
            .append("---\n\n<div>");
        for (int i = 0; i < paragraphs.size(); i++) {
            s.append("<p>");
            if (i == 0) {
                s.append('【').append(title).append("】财联社").append(month).append("月").append(day).append("日电，");
            }
            s.append(paragraphs.get(i)).append("</p>");
        }
        return s.append("</div>\n").toString();
    }

    private String envelope(int index, String title, int month, int day, List<String> paragraphs, String editor) {
        StringBuilder html = new StringBuilder();
        for (String p : paragraphs) {
            html.append("<p>　　").append(p).append("</p>");
        }
        html.append("<p class=\\\"article-editor\\\">责任编辑：").append(editor).append("</p>");
        return "{\"url\": \"https://example.com/news/2023/bench-" + index + ".html\",\n \"source\": \"示例财经\",\n"
            + " \"title\": \"" + title + "\",\n"
            + String.format(" \"publishedAt\": \"2023-%02d-%02dT%02d:00:00+08:00\",%n", month, day, random.nextInt(24))
            + " \"author\": \"示例财经\",\n \"categories\": [\"金融\", \"银行\"],\n \"html\": \"" + html + "\"}\n";
    }

    private String htmlPage(String title, int month, int day, List<String> paragraphs) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\">"
            + "<title>").append(title).append(" - 示例新闻网</title>\n<meta property=\"og:title\" content=\"")
            .append(title).append("\">\n")
            .append(String.format("<meta property=\"article:published_time\" content=\"2023-%02d-%02dT10:00:00+08:00\">%n",
                month, day))
            .append("<script>var tracker = \"should never appear\";</script></head>\n<body><nav>首页 | 财经 | 科技</nav>\n"
                + "<article><h1>").append(title).append("</h1>\n");
        for (String p : paragraphs) {
            s.append("<p>").append(p).append("</p>\n");
        }
        return s.append("</article>\n<footer>版权所有 示例新闻网</footer></body></html>\n").toString();
    }

    private String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String company() {
        String place = pick(PLACES);
        // the city alone (深圳), as company names use it: 广东省深圳市 → 深圳
        String city = place.substring(Math.max(place.lastIndexOf('省'), place.lastIndexOf('区')) + 1).replace("市", "");
        return city + pick(FIRM_WORDS) + pick(FIRM_KINDS);
    }

    private String percent() {
        return (1 + random.nextInt(30)) + "." + random.nextInt(10);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
