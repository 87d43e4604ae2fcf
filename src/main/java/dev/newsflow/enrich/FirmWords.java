package dev.newsflow.enrich;

import java.util.List;
import java.util.stream.Stream;

/**
 * The words that end Chinese companies' names, one vocabulary for the passes that look for firms: the short names of
 * listed companies are a brand and a word of their trade or listing (长电科技, 春秋航空, 宏发股份), and financial firms
 * end with their line of business (开源证券, 中意人寿, 凯风创投).
 */
final class FirmWords {
    private FirmWords() {
    }

    /** Words a listing adds to a company's name (隆基股份, 中信集团, 江铜控股). */
    static final List<String> LISTING = List.of("股份", "集团", "控股");

    /** Trades that end a company's short name after its brand (长电科技, 南极电商, 中航重机, 振东制药, 念通智能). */
    static final List<String> TRADES = List.of("航空", "机场", "科技", "电子", "生物", "材料", "电气", "药业", "医药",
        "制药", "能源", "汽车", "传媒", "化工", "食品", "电器", "重工", "智能", "通信", "电商", "机电", "重机", "啤酒",
        "地产", "置业", "光电", "物流", "矿业", "医疗", "新材", "钢铁", "电力", "环保", "家居", "精密");

    /** Lines of financial business (开源证券, 中意人寿, 君信资本, 金浦投资). */
    static final List<String> FINANCE = List.of("证券", "银行", "保险", "人寿", "财险", "信托", "期货", "基金", "投资",
        "资本", "创投", "资产", "资管");

    /** Every ending of a firm's name. */
    static final List<String> ALL = Stream.of(LISTING, TRADES, FINANCE).flatMap(List::stream).toList();

    /**
     * What ends a listed company's short name of two characters and one word: the listing's words, the trades, brokers
     * and banks (宏发股份, 春秋航空, 东吴证券); not the other finance words (明星基金经理 is a fund manager).
     */
    static final List<String> LISTED = Stream.of(LISTING, TRADES, List.of("证券", "银行")).flatMap(List::stream)
        .toList();

    /** What ends a listed company's short name: the listing's words and the trades, not 控股 (江铜控股某公司 is a verb). */
    static final List<String> LISTED_SHORT_NAME = Stream.of(List.of("股份", "集团"), TRADES).flatMap(List::stream)
        .toList();
}
