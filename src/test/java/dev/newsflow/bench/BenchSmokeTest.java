package dev.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./newsflow bench} on a handful of articles, Kafka phases included: every field, consistent counts. */
class BenchSmokeTest {
    @Test
    void aSmallRunWritesEveryField(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.newCommandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
            .execute("bench", "--articles", "6", "--warmup", "2", "--paced-articles", "4", "--timeout", "120",
                "--output", output.toString());

        assertThat(status).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        for (String field : BenchReportTest.REQUIRED) {
            assertThat(json.at(field).isMissingNode() || json.at(field).isNull()).as(field).isFalse();
        }
        assertThat(json.at("/articles").asInt()).isEqualTo(6);
        assertThat(json.at("/limit/articles").asInt()).isEqualTo(6);
        assertThat(json.at("/bare/rejected").asInt()).isZero();
        assertThat(json.at("/threads").asInt()).isEqualTo(1);
        assertThat(json.at("/paced/articles").asInt()).isEqualTo(4);
        assertThat(json.at("/stagesMs/enrich/count").asInt()).as("one enrich time per article of the bare run")
            .isEqualTo(6);
        assertThat(json.at("/endToEnd/processingGuarantee").asText()).isEqualTo("exactly_once_v2");
        assertThat(json.at("/paced/p50Ms").asDouble()).isPositive()
            .isLessThanOrEqualTo(json.at("/paced/p99Ms").asDouble());
        assertThat(json.at("/paced/p99Ms").asDouble()).isLessThanOrEqualTo(json.at("/paced/maxMs").asDouble());
        assertThat(json.at("/avgChars").asDouble()).isBetween(1400.0, 2000.0);
        assertThat(json.at("/heapPeakMb").asDouble()).isPositive();
        assertThat(out.toString()).contains("limit", "bare", "endToEnd", "paced");
    }
}
