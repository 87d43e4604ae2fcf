package dev.newsflow.clean;

import dev.newsflow.model.Stock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The listed securities of one article, in order of first mention, one per code and exchange: from elements the
 * rules name ({@code stockLinks}) and from ticker forms in the text ({@code stockPatterns}). Markets are
 * normalised (SS → SH, gb_ → US); a code without a market gets one from its shape. Not thread-safe: one per article.
 */
final class Tickers {
    private final Map<String, Stock> stocks = new LinkedHashMap<>();

    /** The stocks found so far. */
    List<Stock> list() {
        return List.copyOf(stocks.values());
    }

    /** Stocks marked up as elements: the pattern is applied to the named attribute, the text is the name. */
    void fromLinks(Element root, List<SourceRules.StockLink> links) {
        for (SourceRules.StockLink link : links) {
            for (Element e : root.select(link.selector())) {
                Matcher m = link.pattern().matcher(e.attr(link.attr()));
                if (m.find()) {
                    add(tickerName(e.text()), groupOrNull(m, "market"), m.group("code"));
                }
            }
        }
    }

    /**
     * Every ticker form the rules know is bracketed ({@code 名称(SH600000)}, {@code $名称(代码)$}); a ticker pattern
     * that starts with a repeated character class is slow to try at every position of a long text, so text without
     * any bracket or dollar sign is not scanned at all.
     */
    private static final Pattern TICKER_HINT = Pattern.compile("[($（]");

    void fromText(String text, List<RulePattern> patterns) {
        if (!TICKER_HINT.matcher(text).find()) {
            return;
        }
        for (RulePattern pattern : patterns) {
            if (!pattern.mayMatch(text)) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                add(m.group("name"), groupOrNull(m, "market"), m.group("code"));
            }
        }
    }

    /** Adds a stock unless the same code on the same exchange is already there; markets are normalised. */
    private void add(String name, String market, String rawCode) {
        String code = rawCode.toUpperCase(Locale.ROOT);
        String exchange = market == null || market.isEmpty() ? exchangeOf(code) : switch (market.toUpperCase(
                Locale.ROOT)) {
            case "SS", "SH" -> "SH";
            case "GB_", "US" -> "US";
            default -> market.toUpperCase(Locale.ROOT);
        };
        String n = name == null || name.isBlank() ? null : name.strip();
        String key = exchange + ":" + code;
        Stock known = stocks.get(key);
        if (known == null || (known.name() == null && n != null)) {
            stocks.put(key, new Stock(n, code, exchange));
        }
    }

    /** A link's text as a name: {@code $恒指科技(SZ159742)$} → 恒指科技. */
    private static String tickerName(String text) {
        return Text.normalize(text.replaceAll("[$＄]", "").replaceAll("[（(][^）)]*[）)]", ""));
    }

    /** Letters only: a US ticker; six digits: Shanghai when it starts with 6 or 9, else Shenzhen. */
    private static String exchangeOf(String code) {
        if (code.matches("[A-Z.]+")) {
            return "US";
        }
        if (code.length() == 6) {
            return code.startsWith("6") || code.startsWith("9") ? "SH" : code.startsWith("8")
                    || code.startsWith("4") ? "BJ" : "SZ";
        }
        return code.length() <= 5 ? "HK" : null;
    }

    private static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

}
