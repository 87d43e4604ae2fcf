package dev.newsflow.enrich.kb;

import java.util.Locale;
import java.util.Objects;

/**
 * A place of the knowledge base.
 *
 * @param id       {@code place:<GB/T 2260 code>} for a Chinese division, {@code place:<ISO 3166 alpha-2>} for a
 *                 country, {@code place:<lower-case English name, hyphenated>} for a foreign city or a region
 * @param name     canonical name (铜川市, 内蒙古自治区, 美国, 纽约)
 * @param code     six-digit GB/T 2260 code, ISO alpha-2 for a country, {@code null} for a foreign city or a region
 * @param province canonical name of the province of a Chinese division (a province names itself), else
 *                 {@code null}
 * @param level    country, province, prefecture, county, city (a foreign city) or region (京津冀, 长三角: several
 *                 divisions that news names as one, without a code)
 */
public record Place(String id, String name, String code, String province, Level level) implements KbEntry {

    /** Administrative level; {@link #label()} is the lower-case word used in files. */
    public enum Level {
        COUNTRY, PROVINCE, PREFECTURE, COUNTY, CITY, REGION;

        /** The lower-case label: country, province, prefecture, county, city or region. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a label as written in {@code places.tsv}; throws on anything else. */
        public static Level parse(String label) {
            return valueOf(label.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Place {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /** True for a province, prefecture or county of China (including Hong Kong, Macao and Taiwan). */
    public boolean isChineseDivision() {
        return level == Level.PROVINCE || level == Level.PREFECTURE || level == Level.COUNTY;
    }
}
