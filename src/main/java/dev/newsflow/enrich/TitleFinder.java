package dev.newsflow.enrich;

import dev.newsflow.enrich.ner.NerSpan;
import java.util.List;

/**
 * Finds the title written with a person's name: before it, a chain of titles joined by 、, each optionally
 * introduced by an organisation ({@code [organisation][titles][name]}: 人民银行党委委员、副行长、…领导小组组长刘国强);
 * failing that, a common title right after it (习近平总书记), or the post an appointment gives after the name
 * (刘化龙任中国保利集团有限公司党委书记、董事长). Titles come from the recogniser's TITLE spans, else
 * from a short list of common titles. Thread-safe and stateless.
 */
final class TitleFinder {
    /** Common titles, longest first so that 副行长 wins over 行长. */
    private static final List<String> COMMON = List.of("全国人大代表", "全国政协委员", "首席经济学家", "首席执行官",
        "首席投资官", "首席财务官", "首席运营官", "首席技术官", "首席策略师", "董事总经理", "副总经理", "副总裁", "经济学家",
        "策略师", "合伙人", "主管", "法定代表人", "掌舵人", "总队长",
        "联合创始人", "实际控制人", "外部董事", "独立董事", "执行董事", "职工董事", "党委书记", "人大代表", "政协委员", "董事长", "总经理", "副行长", "副主席", "副总理", "副总统",
        "副部长", "副局长", "副主任", "副司长", "副省长", "副市长", "总书记", "秘书长", "发言人", "国务卿", "创始人",
        "理事长", "总编辑", "总裁", "行长", "主席", "总统", "首相", "总理", "部长", "局长", "主任", "司长", "省长", "市长",
        "副书记", "书记", "常委", "组长", "院长", "委员", "经理", "董事", "分析师", "研究员", "记者", "政委", "院士", "教授", "总监", "处长", "实控人", "基金经理",
        "科长", "负责人", "大使", "议员", "会长", "校长", "所长", "厂长", "主编", "律师", "法官", "教练");
    private static final int MAX_TITLE_CHARS = 40;
    private static final String OPENING_QUOTES = "“\"「『‘";
    /** Written before a title held in the past (原, 前). */
    private static final String FORMER = "原前";

    /**
     * A title as written, and the index of its organisation span (-1 when none).
     *
     * @param before true when written before the name
     */
    record Title(String text, int orgIndex, boolean before) {
    }

    /**
     * @param orgSpans organisation spans as {start, end, index}
     * @return the title of the person at {@code [nameStart, nameEnd)}, or null
     */
    Title find(String text, int nameStart, int nameEnd, List<NerSpan> titleSpans, List<int[]> orgSpans) {
        int titleEnd = nameStart;
        if (nameStart > 0 && (Character.isSpaceChar(text.charAt(nameStart - 1)) || OPENING_QUOTES.indexOf(text.charAt(nameStart - 1)) >= 0)
            && titleEndingAt(text, nameStart - 1, titleSpans, orgSpans) >= 0) {
            // credits put a space between title and name (财联社（上海，记者 刘超凤）), registers quote the name
            // (支行负责人“史建平”变更为…)
            titleEnd = nameStart - 1;
        } else if (nameStart > 2 && "是为".indexOf(text.charAt(nameStart - 1)) >= 0
            && titleEndingAt(text, nameStart - 1, titleSpans, orgSpans) >= 0) {
            titleEnd = nameStart - 1; // 珠江啤酒的董事长是王志斌, 法定代表人为丁晶: the title is said of the name
        }
        int start = titleEnd;
        int outerOrg = -1;
        int innerOrg = -1;
        while (true) {
            int titleStart = titleEndingAt(text, start, titleSpans, orgSpans);
            if (titleStart < 0 || titleEnd - titleStart > MAX_TITLE_CHARS) {
                break;
            }
            start = titleStart;
            int[] org = orgEndingAt(orgSpans, start);
            if (org != null) {
                // the organisation opens this element of the chain; it belongs to the chain only if the chain goes on
                outerOrg = org[2];
                if (org[0] > 0 && text.charAt(org[0] - 1) == '、'
                    && titleEndingAt(text, org[0] - 1, titleSpans, orgSpans) >= 0) {
                    innerOrg = innerOrg < 0 ? org[2] : innerOrg;
                    start = org[0] - 1;
                    continue;
                }
                break;
            }
            if (start > 0 && text.charAt(start - 1) == '、'
                && titleEndingAt(text, start - 1, titleSpans, orgSpans) >= 0) {
                start--;
                continue;
            }
            break;
        }
        if (start < titleEnd) {
            int titleOrg = outerOrg;
            int[] opening = orgEndingAt(orgSpans, start);
            if (opening == null && start > 0 && FORMER.indexOf(text.charAt(start - 1)) >= 0
                && orgEndingAt(orgSpans, start - 1) != null) {
                start--; // 建设银行浙江省分行原党委书记、行长: the former title, of that organisation
                opening = orgEndingAt(orgSpans, start);
            }
            if (opening != null) {
                titleOrg = opening[2];
            } else if (titleOrg < 0) {
                titleOrg = innerOrg;
            }
            return new Title(text.substring(start, titleEnd), titleOrg, true);
        }
        for (String title : COMMON) {
            if (text.startsWith(title, nameEnd)) {
                return new Title(title, -1, false);
            }
        }
        return appointedTo(text, nameEnd, titleSpans, orgSpans);
    }

    /**
     * Words between a name and the post it takes or leaves (刘化龙任中国保利集团有限公司党委书记、董事长, 聘任…郑昌泓为…,
     * 许刚…不再担任…, 免去宋广菊的…党委常委职务).
     */
    private static final List<String> APPOINTED = List.of("不再担任", "担任", "出任", "升任", "调任", "任", "为", "的");
    /** What a register writes after a name (吴安迪（女）). */
    private static final List<String> GENDER_NOTES = List.of("（女）", "(女)", "（男）", "(男)");
    private static final int LONGEST_LISTED_NAME = 4;

    /**
     * The post a person is appointed to, or relieved of, written after the name, perhaps after more names the
     * appointment lists (聘任高云虎、吴安迪（女）、郑昌泓为华侨城集团有限公司外部董事): a verb of appointment, an
     * organisation, then a chain of titles joined by 、; or null.
     */
    private static Title appointedTo(String text, int nameEnd, List<NerSpan> titleSpans, List<int[]> orgSpans) {
        int after = afterGender(text, nameEnd);
        int listed = 0;
        while (after < text.length() && text.charAt(after) == '、' && listed++ < MOST_LISTED_NAMES) {
            int k = after + 1;
            while (k < text.length() && k - after - 1 < LONGEST_LISTED_NAME && Character.isIdeographic(text.charAt(k))
                && (k - after - 1 < 2 || !appointing(text, k))) { // 任志强, 李为民: a name's own 任 and 为
                k++;
            }
            if (k - after - 1 < 2) {
                break;
            }
            after = afterGender(text, k);
        }
        for (String verb : APPOINTED) {
            if (!text.startsWith(verb, after)) {
                continue;
            }
            if ((verb.equals("为") || verb.equals("的")) && !appointmentBefore(text, nameEnd)) {
                return null; // 张三为华为公司董事长颁奖: 为 is "for", no appointment
            }
            int at = after + verb.length();
            int[] org = orgStartingAt(orgSpans, at);
            if (org == null) {
                return null;
            }
            int start = org[1];
            int end = titleStartingAt(text, start, titleSpans);
            if (end < 0) {
                return null;
            }
            while (end < text.length() && text.charAt(end) == '、' && titleStartingAt(text, end + 1, titleSpans) > 0
                && end + 1 - start < MAX_TITLE_CHARS) {
                end = titleStartingAt(text, end + 1, titleSpans);
            }
            return new Title(text.substring(start, end), org[2], false);
        }
        return null;
    }

    private static final int MOST_LISTED_NAMES = 30;
    static final List<String> APPOINTING_VERBS = List.of("聘任", "任命", "提名", "推荐", "免去", "选举");

    /** An appointing verb earlier in the same sentence (聘任…、郑昌泓为…), within a list's reach. */
    private static boolean appointmentBefore(String text, int nameEnd) {
        int from = nameEnd;
        while (from > 0 && nameEnd - from < 200 && "。；;\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String sentence = text.substring(from, nameEnd);
        return APPOINTING_VERBS.stream().anyMatch(sentence::contains);
    }

    private static int afterGender(String text, int at) {
        for (String note : GENDER_NOTES) {
            if (text.startsWith(note, at)) {
                return at + note.length();
            }
        }
        return at;
    }

    private static boolean appointing(String text, int at) {
        for (String verb : APPOINTED) {
            if (!verb.equals("的") && text.startsWith(verb, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideOrganisation(List<int[]> orgSpans, int at) {
        for (int[] org : orgSpans) {
            if (org[0] < at && at < org[1]) {
                return true;
            }
        }
        return false;
    }

    private static int[] orgStartingAt(List<int[]> orgSpans, int start) {
        for (int[] org : orgSpans) {
            if (org[0] == start) {
                return org;
            }
        }
        return null;
    }

    /** Where the longest title starting at {@code start} ends, or -1. */
    private static int titleStartingAt(String text, int start, List<NerSpan> titleSpans) {
        int end = -1;
        for (NerSpan s : titleSpans) {
            if (s.start() == start) {
                end = Math.max(end, s.end());
            }
        }
        for (String title : COMMON) {
            if (text.startsWith(title, start)) {
                end = Math.max(end, start + title.length());
            }
        }
        return end;
    }

    private static int[] orgEndingAt(List<int[]> orgSpans, int end) {
        for (int[] org : orgSpans) {
            if (org[1] == end) {
                return org;
            }
        }
        return null;
    }

    /**
     * Where the longest title ending at {@code end} starts (联合创始人 over the recogniser's 创始人), or -1; never inside
     * an organisation's name (广东省政协|委员 is 委员 of 广东省政协, not 政协委员).
     */
    private static int titleEndingAt(String text, int end, List<NerSpan> titleSpans, List<int[]> orgSpans) {
        int start = -1;
        for (NerSpan s : titleSpans) {
            if (s.end() == end) {
                start = s.start();
                break;
            }
        }
        for (String title : COMMON) {
            int at = end - title.length();
            if (at >= 0 && (start < 0 || at < start) && text.startsWith(title, at)
                && !insideOrganisation(orgSpans, at)) {
                start = at;
            }
        }
        return start;
    }
}
