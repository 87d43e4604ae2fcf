package dev.newsflow.enrich;

import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.kb.Organization;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Funds are products, not organisations: a fund is written as its manager's brand and a theme (易方达价值精选, 华夏养老2035,
 * 工银瑞信美丽城镇主题), which the recogniser takes for a firm and its theme words for people (华夏|聚丰稳健目标). This
 * finds where such names stand, so that nothing is found inside them: a known fund manager's brand, a theme of at least
 * two characters, and either a fund's word right after (…稳健目标基金, …2045FOF) or a list that says it lists funds
 * (…、嘉实智能汽车等权益基金; 三只基金).
 */
final class FundProducts {
    /** What a fund's name ends with; not 基金公司, 基金管理 or 基金经理, which are the manager and its people. */
    private static final Pattern FUND_WORD = Pattern.compile(
        "^(?:基金(?!公司|管理|经理|业|会|行业)|FOF(?!基金经理)|ETF|LOF|联接)");
    /** How a list says its items are funds: …等权益基金, …等多只FOF, …三只基金. */
    private static final Pattern FUNDS_LISTED = Pattern.compile("^[^，。；：！？\\n]{0,60}?(?:等|[0-9一二三四五六七八九十两几多]+只)"
        + "[^，。；：！？、\\n]{0,6}?(?:基金|FOF)(?!公司|管理|经理)");
    private static final int LONGEST_THEME = 14;

    private final KnowledgeBase kb;
    private final Set<String> brands = new HashSet<>();
    /** First characters of the brands: most words start with none, and are skipped without a look-up. */
    private final java.util.BitSet brandStarts = new java.util.BitSet(0x10000);
    private int longestBrand;

    FundProducts(KnowledgeBase kb) {
        this.kb = kb;
        for (Organization o : kb.organizations()) {
            if (!o.name().contains("基金管理")) {
                continue;
            }
            for (String alias : o.aliases()) {
                String brand = alias.endsWith("基金") ? alias.substring(0, alias.length() - 2) : alias;
                if (brand.length() >= 2 && brand.chars().allMatch(c -> c >= 0x4e00 && c <= 0x9fff)) {
                    brands.add(brand);
                    brandStarts.set(brand.charAt(0));
                    longestBrand = Math.max(longestBrand, brand.length());
                }
            }
        }
    }

    /** Marks the characters of every fund's name in {@code text}. */
    boolean[] names(String text, int[] termStarts) {
        boolean[] fund = new boolean[text.length() + 1];
        if (!text.contains("基金") && !text.contains("FOF")) {
            return fund;
        }
        for (int k = 0; k < termStarts.length; k++) {
            int start = termStarts[k];
            String brand = brandAt(text, start);
            if (brand == null) {
                continue;
            }
            int themeStart = start + brand.length();
            int end = themeEnd(text, themeStart);
            if (end - themeStart < 2 || text.startsWith("基金", themeStart) || knownFirmStarting(text, start, themeStart, end)) {
                continue;
            }
            java.util.regex.Matcher word = FUND_WORD.matcher(text.substring(end, Math.min(text.length(), end + 8)));
            boolean named = word.find();
            if (named || FUNDS_LISTED.matcher(text.substring(end, Math.min(text.length(), end + 80))).find()
                && (end == text.length() || "、等和及与".indexOf(text.charAt(end)) >= 0)) {
                java.util.Arrays.fill(fund, start, named ? end + word.end() : end, true);
            }
        }
        return fund;
    }

    private String brandAt(String text, int start) {
        if (start >= text.length() || !brandStarts.get(text.charAt(start))) {
            return null;
        }
        for (int length = Math.min(longestBrand, text.length() - start); length >= 2; length--) {
            String brand = text.substring(start, start + length);
            if (brands.contains(brand)) {
                return brand;
            }
        }
        return null;
    }

    /** What ends a fund's theme as an item of a list or a clause. */
    private static final String SEPARATORS = "、，。；：！？\n（(“”《》等和及与";

    /**
     * Where a theme that starts at {@code from} ends: at a fund's word or a separator, at most {@link #LONGEST_THEME}
     * characters on; -1 if neither comes (a clause goes on: 易方达基金经理张坤表示…).
     */
    private static int themeEnd(String text, int from) {
        for (int end = from; end < text.length() && end - from <= LONGEST_THEME; end++) {
            if (SEPARATORS.indexOf(text.charAt(end)) >= 0
                || FUND_WORD.matcher(text.substring(end, Math.min(text.length(), end + 8))).find()) {
                return end;
            }
        }
        return from + LONGEST_THEME >= text.length() ? text.length() : -1;
    }

    /**
     * A known organisation opens the name, or a firm's line of business follows the brand (平安银行, 国泰君安,
     * 广发证券, 华夏幸福): no fund.
     */
    private boolean knownFirmStarting(String text, int start, int themeStart, int end) {
        for (int e = themeStart + 1; e <= end; e++) {
            if (kb.organization(text.substring(start, e)).isPresent()) {
                return true;
            }
        }
        for (String word : FirmWords.FINANCE) {
            if (text.startsWith(word, themeStart)) {
                return true;
            }
        }
        for (String word : FirmWords.LISTING) {
            if (text.startsWith(word, themeStart)) {
                return true;
            }
        }
        return false;
    }
}
