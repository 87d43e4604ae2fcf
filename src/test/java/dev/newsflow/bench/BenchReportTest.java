package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.model.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
    /** The fields issue 7 asks for, as JSON pointers. */
    static final List<String> REQUIRED = List.of("/articles", "/avgChars", "/threads",
        "/limit/articlesPerSecond", "/limit/charsPerSecond", "/bare/articlesPerSecond", "/bare/charsPerSecond",
        "/endToEnd/articlesPerSecond", "/paced/p50Ms", "/paced/p99Ms", "/paced/maxMs",
        "/stagesMs/parse/p50", "/stagesMs/parse/p99", "/stagesMs/clean/p50", "/stagesMs/clean/p99",
        "/stagesMs/enrich/p50", "/stagesMs/enrich/p99", "/heapPeakMb", "/machine/cores", "/machine/javaVersion");

    static BenchReport report(BenchReport.Kafka kafka) {
        Map<Stage, long[]> stages = new EnumMap<>(Stage.class);
        stages.put(Stage.PARSE, new long[] {100_000, 300_000, 200_000});
        stages.put(Stage.CLEAN, new long[] {1_000_000, 2_000_000});
        stages.put(Stage.ENRICH, new long[] {8_000_000, 9_000_000, 30_000_000});
        return new BenchReport(new JitWarmup.Result(3, 12.5, 0.031, true), 3, 3, 0, 1512.4, 1, 150, 226_860, 6.5, 120, 181_488, 8.1, 9.2, 120, 8.1, 210, 9.0, kafka,
            stages, 300L << 20, 350L << 20, 512L << 20, 2, "17.0.15");
    }

    @Test
    void jsonHasEveryFieldOfTheIssueWithTheFigures() throws Exception {
        long[] latencies = {50_000_000, 70_000_000, 250_000_000, 60_000_000};
        JsonNode json = new ObjectMapper().readTree(
            report(new BenchReport.Kafka(new JitWarmup.Result(7, 20.04, 0.12, false), "exactly_once_v2", 100, 0.03, 0.8, 9.5, 110, 50, latencies)).toJsonText());
        for (String field : REQUIRED) {
            assertThat(json.at(field).isMissingNode() || json.at(field).isNull()).as(field).isFalse();
        }
        assertThat(json.at("/articles").asInt()).isEqualTo(3);
        assertThat(json.at("/avgChars").asDouble()).isEqualTo(1512.0);
        assertThat(json.at("/bare/overLimit").asDouble()).isEqualTo(0.8);
        assertThat(json.at("/bareScaling/twoOverOne").asDouble()).isEqualTo(1.75);
        assertThat(json.at("/bareScaling/twoOverOneFromCpu").asDouble()).isEqualTo(1.8); // 2 × 8.1 / 9.0
        assertThat(json.at("/endToEnd/overBare").asDouble()).isEqualTo(0.833);
        assertThat(json.at("/endToEnd/overBareAdjacent").asDouble()).isEqualTo(0.909);
        assertThat(json.at("/paced/p50Ms").asDouble()).isEqualTo(60.0);
        assertThat(json.at("/paced/p99Ms").asDouble()).isEqualTo(250.0);
        assertThat(json.at("/paced/maxMs").asDouble()).isEqualTo(250.0);
        assertThat(json.at("/stagesMs/parse/p50").asDouble()).isEqualTo(0.2);
        assertThat(json.at("/stagesMs/enrich/p99").asDouble()).isEqualTo(30.0);
        assertThat(json.at("/heapPeakMb").asDouble()).isEqualTo(300.0);
        assertThat(json.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(json.at("/warmup/inProcess/rounds").asInt()).isEqualTo(3);
        assertThat(json.at("/warmup/inProcess/settled").asBoolean()).isTrue();
        assertThat(json.at("/warmup/endToEnd/seconds").asDouble()).isEqualTo(20.0);
        assertThat(json.at("/warmup/endToEnd/settled").asBoolean()).isFalse();
    }

    @Test
    void withoutKafkaTheKafkaFiguresAreNullAndTheTableSaysSkipped() throws Exception {
        BenchReport report = report(null);
        JsonNode json = new ObjectMapper().readTree(report.toJsonText());
        assertThat(json.get("endToEnd").isNull()).isTrue();
        assertThat(json.get("paced").isNull()).isTrue();
        assertThat(report.table()).contains("limit", "bare", "skipped", "warm-up (in-process): 3 round(s), 12.5 s");
        assertThat(json.at("/warmup/endToEnd").isMissingNode()).isTrue();
    }
}
