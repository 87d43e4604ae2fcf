package dev.newsflow.cli;

import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.StageFailure;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The three stages on local files, no Kafka: exactly the records {@code run} would write. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
    description = {"Runs parse → clean → enrich on files, without Kafka.",
        "Prints one JSON line per file on stdout (the record articles.enriched would get); a rejected file gets "
            + "one line on stderr with its stage and reason, and the exit status is 1."})
final class EnrichCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or directories (recursively).")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        NewsflowConfig config = options.resolve(System.getenv());
        ArticlePipeline pipeline = PipelineRuntime.pipeline(config, PipelineObserver.NONE);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int rejected = 0;
        for (Path file : Inputs.files(inputs)) {
            try {
                // the file's modification time stands in for the Kafka ingest time: same input, same output
                Instant ingest = Files.getLastModifiedTime(file).toInstant();
                EnrichedArticle article = pipeline.process(Files.readAllBytes(file), ingest);
                out.println(JsonSerde.MAPPER.writeValueAsString(article));
            } catch (StageFailure e) {
                rejected++;
                err.println(file + ": rejected at " + e.stage().label() + " (" + e.reason() + "): " + e.getMessage());
            }
            out.flush();
        }
        return rejected == 0 ? 0 : 1;
    }
}
