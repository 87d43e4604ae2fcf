package dev.newsflow.enrich.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.cli.EvalNerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The eval-ner command end to end on invented gold files, with a recogniser whose output is known. */
class EvalNerCommandTest {

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // a fixed "recogniser": always the person at [0, 2)
        EvalNerCommand command = new EvalNerCommand()
                .withRecogniser("fixed", () -> text -> List.of(new NerSpan(0, 2, "PER")));
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return code + "\n" + out + err;
    }

    @Test
    void jsonOnTheLastLineCoversBothFormats(@TempDir Path dir) throws Exception {
        Path bio = dir.resolve("pd.txt");
        Files.writeString(bio, "易 B-PER\n纲 I-PER\n在 O\n京 B-LOC\n\n王 B-PER\n良 I-PER\n说 O\n",
                StandardCharsets.UTF_8);
        Path clue = dir.resolve("clue.jsonl");
        Files.writeString(clue, "{\"text\": \"潘功胜说\", \"label\": {\"name\": {\"潘功胜\": [[0, 2]]}}}\n",
                StandardCharsets.UTF_8);

        String output = run("--json", "--recogniser", "fixed", bio.toString(), clue.toString());
        String[] lines = output.strip().split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);

        assertThat(lines[0]).isEqualTo("0");
        assertThat(json.at("/types/PER/gold").asInt()).isEqualTo(2);
        assertThat(json.at("/types/PER/predicted").asInt()).isEqualTo(2);
        assertThat(json.at("/types/PER/f1").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/types/LOC/gold").asInt()).isEqualTo(1);
        assertThat(json.at("/types/name/gold").asInt()).isEqualTo(1);
        assertThat(json.at("/types/name/predicted").asInt()).as("[0,2) is not 潘功胜 [0,3)").isEqualTo(1);
        assertThat(json.at("/types/name/f1").asDouble()).isZero();
        assertThat(json.at("/micro/precision").asDouble()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(json.get("sentences").asInt()).isEqualTo(3);
        assertThat(json.has("sentencesPerSecond")).isTrue();
        assertThat(json.at("/macro/f1").isNumber()).isTrue();
    }

    @Test
    void modelFileAppliesToTheEnricherToo(@TempDir Path dir) throws Exception {
        Path clue = dir.resolve("clue.jsonl");
        Files.writeString(clue, "{\"text\": \"潘功胜说\", \"label\": {\"name\": {\"潘功胜\": [[0, 2]]}}}\n",
                StandardCharsets.UTF_8);
        Path notAModel = dir.resolve("model.bin.gz");
        Files.writeString(notAModel, "not a model", StandardCharsets.UTF_8);

        String output = run("--recogniser", "enricher", "--model", notAModel.toString(), clue.toString());

        assertThat(output).as("the enricher read the given file, not the shipped model")
                .doesNotStartWith("0\n").contains("cannot read model " + notAModel);
    }

    @Test
    void missingFileOrUnknownRecogniserExitsWithTwo(@TempDir Path dir) {
        assertThat(run(dir.resolve("absent.txt").toString())).startsWith("2\n").contains("no such file");
        assertThat(run("--recogniser", "nope", dir.toString())).startsWith("2\n").contains("unknown recogniser");
    }
}
