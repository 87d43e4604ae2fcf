package dev.newsflow.enrich;

import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.ner.NerSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote a story and where its material comes from, as the feeds credit them: a byline in black brackets at the
 * start of a paragraph (【环球时报记者 赵觉珵 胡雨薇】, 【文/观察者网 王慧】) names reporters and their paper, and a source
 * line (来源：中国新闻网, 图源：浙江电力) names a medium or data provider. The recogniser, trained on running prose, rarely
 * finds names in these fixed forms. Stateless, thread-safe.
 */
final class Credits {
    private static final String NAMES = "(?<names>[\\p{IsHan}·]{2,4}(?:[ \\u3000、]+[\\p{IsHan}·]{2,4}){0,3})";
    /** 【环球时报记者 赵觉珵 胡雨薇】, 【本报记者 王强】. */
    private static final Pattern REPORTER_BYLINE = Pattern.compile("(?:^|\\n)[ \\u3000]*【(?<media>[^】\\s/／]{2,12}?)?"
        + "(?:特约|实习)?记者[ \\u3000]*" + NAMES + "】");
    /** 【文/观察者网 王慧】, 【文｜王慧】. */
    private static final Pattern WRITER_BYLINE = Pattern.compile("(?:^|\\n)[ \\u3000]*【文[/／|｜][ \\u3000]*"
        + "(?:(?<media>[^】\\s]{2,12})[ \\u3000]+)?" + NAMES + "】");
    /**
     * A credit line of its own (作者 | 董道力, 设 计｜戚桐珲, 文|新浪财经 杨雪梅 原祎鸣 刘娜, 责编：王翔): a role, a bar, slash or
     * colon, then the names and nothing else on the line; the first may be the medium.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?:^|\\n)[ \\u3000]*(?:文|作[ \\u3000]*者|撰[ \\u3000]*文"
        + "|记[ \\u3000]*者|编[ \\u3000]*辑|责[ \\u3000]*编|校[ \\u3000]*对|设[ \\u3000]*计|摄[ \\u3000]*影|策[ \\u3000]*划"
        + "|统[ \\u3000]*筹)[ \\u3000]*[|｜/／:：][ \\u3000]*"
        + "(?<names>[\\p{IsHan}·]{2,6}(?:[ \\u3000、]+[\\p{IsHan}·]{2,4}){0,5})[ \\u3000]*(?=\\n|$)");
    /** The reporters in brackets after a dateline (中新网广州6月22日电 （唐贵江 关悦）, 中证网讯（记者 傅苏颖）). */
    private static final Pattern DATELINE_REPORTERS = Pattern.compile("(?:日电|日讯|[网社报]讯)[ \\u3000]*[（(](?:记者|编辑)?[ \\u3000]*"
        + NAMES + "[）)]");
    /** A role between the credited names (记者 张勤峰 见习记者 连润, 通讯员 王五). */
    private static final Pattern CREDIT_ROLE = Pattern.compile("记者$|编辑$|通讯员$|摄影$|校对$");
    /** How the name of a medium ends, when a credit line names one before its people (新浪财经, 澎湃新闻, 南方日报). */
    private static final String MEDIUM_ENDINGS = "(?:网|报|社|台|新闻|财经|周刊|杂志|传媒)";
    private static final Pattern MEDIUM_NAME = Pattern.compile(MEDIUM_ENDINGS + "$");
    /**
     * 来源：中国新闻网, 图源：浙江电力, 图片来源：新华社 (the source runs to punctuation or a space), at the start of a line
     * or a bracket: 资金来源：自有资金 inside a sentence is no credit.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?:^|\\n|[【（(])[ \\u3000]*"
        + "(?:图片|封面图片|资料|数据)?(?:来源|图源)[：:][ \\u3000]*"
        + "(?<source>[\\p{IsHan}A-Z][\\p{IsHan}A-Za-z]{1,15})");
    /** What a source line adds after the source's name (兆易创新公告, 新华社截图). */
    private static final List<String> SOURCE_TAILS = List.of("公告", "官网", "官微", "微博", "报道", "截图", "数据");
    private static final List<String> COMPANY_TAILS = List.of("公告", "官网", "官微");
    /** Words of a photo credit (每经记者 张建 摄) or an unnamed source (受访者供图, 知情人士): no organisation. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("记者|摄$|受访者|人士|提供|供图|自有|自筹");
    private static final String NOT_REPORTER_NAMES = "本报";
    /**
     * The medium opening a story with its dateline (财联社7月11日讯, 新华社北京11月3日电, 财联社（上海，编辑 潇湘）讯,
     * 中证网讯): it says who published the story, not who acts in it. Only a medium's: 国家统计局4月16日消息 is the bureau
     * acting.
     */
    private static final Pattern DATELINE = Pattern.compile("(?:^|\\n)[ \\u3000]*【?(?<dateline>[\\p{IsHan}A-Za-z]{1,9}?"
        + MEDIUM_ENDINGS + "(?:[\\p{IsHan}]{0,6}\\d{1,2}月\\d{1,2}日(?:电|讯|消息)|[（(][^）)\\n]{0,30}[）)][ \\u3000]*讯"
        + "|讯))");
    /** A medium's line naming where its story was compiled from (每日经济新闻综合自界面新闻、AI财经社、财联社). */
    private static final Pattern COMPILED_FROM = Pattern.compile("(?:^|\\n)[ \\u3000]*(?:来源[：:][ \\u3000]*)?"
        + "(?<dateline>[\\p{IsHan}A-Za-z]{1,8}?" + MEDIUM_ENDINGS + "综合自?[\\p{IsHan}A-Za-z、 ]{2,40})(?=\\n|$)");

    private final KnowledgeBase kb;

    Credits(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Adds the credited reporters (PER), papers and sources (ORG_ORG) to {@code candidates}, kept sorted by start. */
    void add(String text, List<NerSpan> candidates) {
        List<NerSpan> found = new ArrayList<>();
        for (Pattern credit : List.of(CREDIT_LINE, DATELINE_REPORTERS)) {
            Matcher m = credit.matcher(text);
            while (m.find()) {
                Matcher name = Pattern.compile("[\\p{IsHan}·]{2,6}").matcher(m.group("names"));
                while (name.find()) {
                    int start = m.start("names") + name.start();
                    int end = m.start("names") + name.end();
                    if (MEDIUM_NAME.matcher(name.group()).find()) {
                        organisation(text, start, end, "ORG_ORG", found);
                    } else if (name.group().length() <= 4 && !CREDIT_ROLE.matcher(name.group()).find()) {
                        person(text, start, end, found);
                    }
                }
            }
        }
        if (text.indexOf('【') < 0 && text.indexOf('源') < 0) {
            Candidates.replaceInside(text, candidates, found, c -> !c.label().equals("LOC"));
            return;
        }
        for (Pattern byline : List.of(REPORTER_BYLINE, WRITER_BYLINE)) {
            Matcher m = byline.matcher(text);
            while (m.find()) {
                if (m.group("media") != null && !m.group("media").startsWith(NOT_REPORTER_NAMES)) {
                    int stationed = m.group("media").indexOf('驻'); // 环球时报驻德国特约记者: the paper ends at 驻
                    organisation(text, m.start("media"), stationed > 0 ? m.start("media") + stationed : m.end("media"),
                        "ORG_ORG", found);
                }
                Matcher name = Pattern.compile("[\\p{IsHan}·]{2,4}").matcher(m.group("names"));
                while (name.find()) {
                    person(text, m.start("names") + name.start(), m.start("names") + name.end(), found);
                }
            }
        }
        Matcher source = SOURCE_LINE.matcher(text);
        while (source.find()) {
            String surface = source.group("source");
            if (PHOTO_CREDIT.matcher(surface).find()) {
                continue;
            }
            int end = source.end("source");
            int compiled = surface.indexOf("综合"); // 每日经济新闻综合中央纪委国家监委网站: compiled from others
            if (compiled >= 2) {
                end = source.start("source") + compiled;
                surface = surface.substring(0, compiled);
            }
            if (startsWithKnownOrganisation(surface)) {
                continue; // the knowledge base names it, and where it ends
            }
            String label = "ORG_ORG";
            for (String tail : SOURCE_TAILS) {
                if (surface.endsWith(tail) && surface.length() - tail.length() >= 2) {
                    end -= tail.length();
                    label = COMPANY_TAILS.contains(tail) ? "ORG_COM" : label; // 兆易创新公告: a company's filing
                    break;
                }
            }
            organisation(text, source.start("source"), end, label, found);
        }
        // the recogniser's own span with the same bounds and kind stands
        Candidates.replaceInside(text, candidates, found, c -> !c.label().equals("LOC"));
    }

    /** A medium's name by its ending (每日经济新闻, 财联社, 证券时报, 中国新闻网). */
    static boolean isMedium(String name) {
        return MEDIUM_NAME.matcher(name).find();
    }

    /**
     * Where {@code text} credits who published it or where its material comes from: a dateline, a byline, a credit,
     * source or compiled-from line. Organisations named there and nowhere else are no entities of the story (the
     * people credited are); {@link #add} still marks them, so that the recogniser's guesses there give way.
     */
    static boolean[] credited(String text) {
        boolean[] credited = new boolean[text.length()];
        for (Pattern credit : List.of(DATELINE, COMPILED_FROM)) {
            if (credit == COMPILED_FROM && !text.contains("综合")
                || credit == DATELINE && text.indexOf('讯') < 0 && text.indexOf('电') < 0 && text.indexOf('息') < 0) {
                continue; // most stories have neither: skip the scan
            }
            Matcher m = credit.matcher(text);
            while (m.find()) {
                java.util.Arrays.fill(credited, m.start("dateline"), m.end("dateline"), true);
            }
        }
        for (Pattern credit : text.indexOf('【') < 0 ? List.<Pattern>of() : List.of(REPORTER_BYLINE, WRITER_BYLINE)) {
            Matcher m = credit.matcher(text);
            while (m.find()) {
                if (m.group("media") != null) {
                    java.util.Arrays.fill(credited, m.start("media"), m.end("media"), true);
                }
            }
        }
        for (Pattern credit : text.indexOf('源') < 0 ? List.of(CREDIT_LINE) : List.of(CREDIT_LINE, SOURCE_LINE)) {
            Matcher m = credit.matcher(text);
            while (m.find()) {
                if (credit == SOURCE_LINE && COMPANY_TAILS.stream().anyMatch(m.group("source")::endsWith)) {
                    continue; // 来源：兆易创新公告: the company's own filing, the company acts
                }
                java.util.Arrays.fill(credited, m.start(), m.end(), true);
            }
        }
        return credited;
    }

    /** A credited name, unless it is a common phrase or a name the knowledge base knows as something else. */
    private void person(String text, int start, int end, List<NerSpan> found) {
        String surface = text.substring(start, end);
        if (!JunkRules.commonWords(surface) && kb.organization(surface).isEmpty() && kb.place(surface).isEmpty()) {
            found.add(new NerSpan(start, end, "PER"));
        }
    }

    private boolean startsWithKnownOrganisation(String surface) {
        for (int len = 2; len <= surface.length(); len++) {
            if (kb.organization(surface.substring(0, len)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A medium or source the knowledge base does not know already (it names those itself). */
    private void organisation(String text, int start, int end, String label, List<NerSpan> found) {
        String surface = text.substring(start, end);
        if (end - start >= 2 && kb.organization(surface).isEmpty() && kb.place(surface).isEmpty()
            && !kb.isNonEntity(surface) && !JunkRules.commonWords(surface)) {
            found.add(new NerSpan(start, end, label));
        }
    }
}
