package dev.newsflow.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Thu, 22 Jul 2021 11:49:54 GMT     | 2021-07-22T11:49:54Z",
            "Thu, 22 Jul 2021 11:49:54 +0800   | 2021-07-22T03:49:54Z",
            "Thu, 22 Jul 2021 11:49:54 UTC     | 2021-07-22T11:49:54Z",
            "Thu, 22 Jul 2021 11:49:54 CST     | 2021-07-22T03:49:54Z",
            "2021-07-22T11:49:54Z              | 2021-07-22T11:49:54Z",
            "2021-07-22T11:49:54.250+08:00     | 2021-07-22T03:49:54.250Z",
            "2021-07-22 11:49:54 +0800         | 2021-07-22T03:49:54Z",
            "2021-07-22 11:49:54               | 2021-07-22T03:49:54Z",
            "2021-07-22T11:49:54               | 2021-07-22T03:49:54Z",
            "2021-07-22 11:49                  | 2021-07-22T03:49:00Z",
            "2021-07-22                        | 2021-07-21T16:00:00Z",
            "2021/7/22 9:05                    | 2021-07-22T01:05:00Z",
            "2021年7月22日 11:49               | 2021-07-22T03:49:00Z",
            "2021年07月22日                    | 2021-07-21T16:00:00Z",
            "1626954594                        | 2021-07-22T11:49:54Z",
            "1626954594000                     | 2021-07-22T11:49:54Z"})
    void parsesSourceDates(String raw, String expected) {
        assertThat(Dates.parseSourceDate(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Invalid Date", "", "  ", "undefined", "2021-13-45", "Thu, 32 Jul 2021 11:49:54 GMT",
            "2021年2月30日"})
    void rejectsWhatIsNotADate(String raw) {
        assertThat(Dates.parseSourceDate(raw)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "财联社7月22日电，某公司公告         | 财联社7月22日电      | 2024-07-21T16:00:00Z",
            "新华社北京3月5日电（记者 某某）     | 新华社北京3月5日电   | 2024-03-04T16:00:00Z",
            "财联社2023年12月30日讯，年末       | 财联社2023年12月30日讯 | 2023-12-29T16:00:00Z",
            "财联社12月30日讯，年末             | 财联社12月30日讯     | 2023-12-29T16:00:00Z",
            "IT之家 7 月 14 日消息，据报道      | IT之家 7 月 14 日消息 | 2024-07-13T16:00:00Z"})
    void datelinesTakeTheYearFromTheIngestTime(String text, String dateline, String expected) {
        Instant ingest = Instant.parse("2024-07-23T02:00:00Z");
        Matcher m = Dates.DATELINE.matcher(text);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo(dateline);
        Optional<Instant> at = Dates.datelineInstant(m, ingest);
        assertThat(at).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7月22日，外交部发言人表示", "据统计，3月份销量增长", "财联社（上海）讯"})
    void ordinarySentencesAreNoDatedDateline(String text) {
        assertThat(Dates.DATELINE.matcher(text).find()).isFalse();
    }
}
