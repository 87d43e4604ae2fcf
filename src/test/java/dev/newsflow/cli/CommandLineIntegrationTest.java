package dev.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.kafka.KafkaBroker;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands as a user runs them, against one real broker: topics, publish, run, tail. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineIntegrationTest {
    private static KafkaBroker broker;
    private static Thread runner;

    record Result(int status, String out, String err) {
    }

    static Result newsflow(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (runner != null) {
            runner.interrupt();
        }
        broker.close();
    }

    @Test
    @Order(1)
    void topicsApplyCreatesThenFindsNothingToChange() {
        Result diff = newsflow("topics", "diff", "--bootstrap-servers", broker.bootstrapServers());
        assertThat(diff.status()).isEqualTo(3);
        assertThat(diff.out()).contains("articles.raw: create");

        Result first = newsflow("topics", "apply", "--bootstrap-servers", broker.bootstrapServers());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("articles.raw: create", "articles.dlq: create");

        Result second = newsflow("topics", "apply", "--bootstrap-servers", broker.bootstrapServers());
        assertThat(second.out()).contains("topics already up to date");
        assertThat(newsflow("topics", "diff", "--bootstrap-servers", broker.bootstrapServers()).status()).isZero();
    }

    @Test
    @Order(2)
    void publishedSamplesComeOutOfTailEnrichedAndDeadLettered(@TempDir Path dir) throws Exception {
        for (var sample : DemoCommand.samples().entrySet()) {
            Files.write(dir.resolve(sample.getKey()), sample.getValue());
        }
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/extra.json"), "{\"title\": \"嵌套目录\", \"text\": \"人民银行发布公告。\"}");
        int files = DemoCommand.samples().size() + 1;

        Result published = newsflow("publish", "--bootstrap-servers", broker.bootstrapServers(), dir.toString());
        assertThat(published.status()).as(published.err()).isZero();
        assertThat(published.err()).contains("published " + files + " of " + files);

        Path state = Files.createTempDirectory("newsflow-cli-it");
        runner = new Thread(() -> newsflow("run", "--bootstrap-servers", broker.bootstrapServers(),
            "--application-id", "cli-it", "--state-dir", state.toString(), "--metrics-port", "-1"), "cli-run");
        runner.setDaemon(true);
        runner.start();

        Result enriched = newsflow("tail", "--bootstrap-servers", broker.bootstrapServers(), "--from-beginning",
            "--max", String.valueOf(files - 1), "--idle-timeout", "120");
        List<JsonNode> articles = new ArrayList<>();
        for (String line : enriched.out().split("\n")) {
            articles.add(JsonSerde.MAPPER.readTree(line));
        }
        assertThat(articles).hasSize(files - 1);
        assertThat(articles).extracting(a -> a.path("title").asText()).contains("嵌套目录", "多家银行下调存款利率");

        Result dead = newsflow("tail", "--bootstrap-servers", broker.bootstrapServers(), "--topic", "articles.dlq",
            "--from-beginning", "--max", "1", "--idle-timeout", "60");
        JsonNode letter = JsonSerde.MAPPER.readTree(dead.out().strip());
        assertThat(letter.path("key").asText()).isEqualTo("06-bad-binary.bin");
        assertThat(letter.path("headers").path("newsflow.reason").asText()).isEqualTo("invalid-utf8");

        Result filtered = newsflow("tail", "--bootstrap-servers", broker.bootstrapServers(), "--from-beginning",
            "--entity", "央行", "--type", "ORGANIZATION", "--idle-timeout", "3");
        assertThat(filtered.out().strip().split("\n")).hasSizeBetween(2, files - 2)
            .allMatch(line -> line.contains("org:pboc"));

        Result mentions = newsflow("tail", "--bootstrap-servers", broker.bootstrapServers(), "--topic",
            "entities.mentions", "--from-beginning", "--entity", "org:pboc", "--idle-timeout", "3");
        assertThat(mentions.out().strip().split("\n")).hasSizeGreaterThanOrEqualTo(2)
            .allSatisfy(line -> assertThat(JsonSerde.MAPPER.readTree(line).path("entity").path("id").asText())
                .isEqualTo("org:pboc"));
    }

    @Test
    @Order(3)
    void badConfigurationIsAClearErrorNotAStackTrace() {
        Result result = newsflow("run", "--bootstrap-servers", broker.bootstrapServers(), "--threads", "zero");
        assertThat(result.status()).isNotZero();
        assertThat(result.err()).contains("zero");
        Result unknown = newsflow("run", "-D", "bootstrap.server=x");
        assertThat(unknown.err()).contains("unknown setting 'bootstrap.server'");
        assertThat(Duration.ZERO).isZero();
    }
}
