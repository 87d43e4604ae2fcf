package dev.newsflow.clean;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the feeds write them. Source dates: RFC 1123 ({@code Thu, 22 Jul 2021 11:49:54 GMT}, also with UTC or
 * CST = China Standard Time), ISO-8601 with an offset or {@code Z}, {@code 2021-07-22 11:49:54 +0800}, epoch seconds
 * or milliseconds, and zone-less {@code 2021-07-22 11:49:54} / {@code 2021-07-22T11:49:54} / {@code 2021-07-22} /
 * {@code 2021/7/22} / {@code 2021年7月22日 11:49}, which are Asia/Shanghai time (every feed is Chinese). Anything
 * else ({@code Invalid Date}) is absent.
 * Stateless and thread-safe.
 */
final class Dates {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-M-d")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendPattern("H:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d[ H:mm[:ss]]", Locale.ROOT);
    /** 2021-07-22 11:49:54 +0800 and 2021-07-22 11:49 +08:00. */
    private static final DateTimeFormatter LOCAL_WITH_OFFSET = DateTimeFormatter.ofPattern(
            "uuuu-M-d H:mm[:ss] [xx][xxx]", Locale.ROOT);
    /** 2021年7月22日, optionally followed by 11:49 or 11:49:54. */
    private static final Pattern CHINESE = Pattern.compile(
            "^(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(?:(\\d{1,2})[:：](\\d{2})(?:[:：](\\d{2}))?)?$");
    /** RFC 822 zone names RFC_1123_DATE_TIME does not know; CST on a Chinese feed is China Standard Time. */
    private static final Pattern ZONE_NAME = Pattern.compile("\\s(UTC|UT|Z|CST)$");

    /**
     * 财联社7月22日电, 新华社北京3月5日电, 财联社2023年12月30日讯, IT之家 7 月 14 日消息: an optional agency and
     * place, a date without or with a year, 电, 讯 or 消息. Spaces between the parts are allowed (IT之家 writes them).
     */
    static final Pattern DATELINE = Pattern.compile(
            "^[（(]?(?<agency>[\\u3400-\\u9fffA-Za-z·]{0,16}?) ?(?<year>\\d{4} ?年)? ?(?<month>\\d{1,2}) ?月 ?"
                    + "(?<day>\\d{1,2}) ?日(?<time>\\d{1,2}[：:]\\d{2})? ?(?:电|讯|消息)[）)]?");

    private Dates() {
    }

    /** The source date as an instant, or empty when it is missing or not a date. */
    /** Whether {@code s} has the shape {@code f} reads, all of it, without the cost of an exception. */
    private static boolean fits(DateTimeFormatter f, String s) {
        java.text.ParsePosition position = new java.text.ParsePosition(0);
        return f.parseUnresolved(s, position) != null && position.getErrorIndex() < 0
            && position.getIndex() == s.length();
    }

    static Optional<Instant> parseSourceDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        Matcher zone = ZONE_NAME.matcher(s);
        if (zone.find()) {
            s = s.substring(0, zone.start()) + (zone.group(1).equals("CST") ? " +0800" : " GMT");
        }
        // fits() first: a failed parse throws, and an exception per shape tried was a visible cost per article
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                LOCAL_WITH_OFFSET)) {
            try {
                if (fits(f, s)) {
                    return Optional.of(OffsetDateTime.parse(s, f).toInstant());
                }
            } catch (DateTimeException ignored) {
                // try the next shape
            }
        }
        try {
            if (fits(DateTimeFormatter.ISO_ZONED_DATE_TIME, s)) {
                return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant());
            }
        } catch (DateTimeException ignored) {
            // zone-less below
        }
        for (DateTimeFormatter f : List.of(LOCAL, SLASHED)) {
            if (!fits(f, s)) {
                continue;
            }
            try {
                return Optional.of(LocalDateTime.parse(s, f).atZone(SHANGHAI).toInstant());
            } catch (DateTimeException ignored) {
                // next
            }
            try {
                return Optional.of(LocalDate.parse(s, f).atStartOfDay(SHANGHAI).toInstant());
            } catch (DateTimeException ignored) {
                // next
            }
        }
        Matcher cn = CHINESE.matcher(s);
        if (cn.matches()) {
            try {
                return Optional.of(ZonedDateTime.of(Integer.parseInt(cn.group(1)), Integer.parseInt(cn.group(2)),
                        Integer.parseInt(cn.group(3)), cn.group(4) == null ? 0 : Integer.parseInt(cn.group(4)),
                        cn.group(5) == null ? 0 : Integer.parseInt(cn.group(5)),
                        cn.group(6) == null ? 0 : Integer.parseInt(cn.group(6)), 0, SHANGHAI).toInstant());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        if (s.matches("\\d{10}|\\d{13}")) {
            long v = Long.parseLong(s);
            return Optional.of(s.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v));
        }
        return Optional.empty();
    }

    /**
     * The instant a dateline names, in Asia/Shanghai. Without a year the dateline is in the year of the reference
     * time (the ingest time), or the year before when that would put it more than a day in the future.
     */
    static Optional<Instant> datelineInstant(Matcher m, Instant reference) {
        try {
            int month = Integer.parseInt(m.group("month"));
            int day = Integer.parseInt(m.group("day"));
            String yearText = m.group("year");
            int hour = 0;
            int minute = 0;
            String time = m.group("time");
            if (time != null) {
                String[] hm = time.split("[：:]");
                hour = Integer.parseInt(hm[0]);
                minute = Integer.parseInt(hm[1]);
            }
            ZonedDateTime ref = reference.atZone(SHANGHAI);
            int year = yearText != null ? Integer.parseInt(yearText.substring(0, 4)) : ref.getYear();
            ZonedDateTime at = ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI);
            if (yearText == null && at.isAfter(ref.plusDays(1))) {
                at = at.minusYears(1);
            }
            return Optional.of(at.toInstant());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
