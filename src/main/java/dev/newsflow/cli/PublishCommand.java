package dev.newsflow.cli;

import dev.newsflow.kafka.KafkaClients;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Publishes files, directories or stdin to {@code articles.raw}, as a scraper would. */
@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publishes raw posts to articles.raw: files, directories (recursively), or - for stdin "
        + "(one record).", "The record key is the file name; a progress bar shows on a terminal."})
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--topic", description = "Target topic (default: ${DEFAULT-VALUE}).")
    String topic = TopicCatalog.RAW;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() throws IOException, InterruptedException {
        NewsflowConfig config = options.resolve(System.getenv());
        PrintWriter err = spec.commandLine().getErr();
        boolean stdin = paths.equals(List.of("-"));
        List<Path> files = stdin ? List.of() : Inputs.files(paths.stream().map(Path::of).toList());
        int total = stdin ? 1 : files.size();
        Progress progress = new Progress(err, total, System.console() != null);
        int failed = 0;
        try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(config)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            if (stdin) {
                sent.add(producer.send(new ProducerRecord<>(topic, null, System.in.readAllBytes())));
            } else {
                for (Path file : files) {
                    byte[] key = file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
                    sent.add(producer.send(new ProducerRecord<>(topic, key, Files.readAllBytes(file))));
                }
            }
            producer.flush();
            for (int i = 0; i < sent.size(); i++) {
                try {
                    sent.get(i).get();
                } catch (ExecutionException e) {
                    failed++;
                    err.println((stdin ? "stdin" : files.get(i).toString()) + ": not published: "
                        + e.getCause().getMessage());
                }
                progress.step();
            }
        }
        progress.done();
        err.println("published " + (total - failed) + " of " + total + " record(s) to " + topic);
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    /** A one-line progress bar, drawn only on a terminal. */
    static final class Progress {
        private final PrintWriter out;
        private final int total;
        private final boolean enabled;
        private int done;

        Progress(PrintWriter out, int total, boolean enabled) {
            this.out = out;
            this.total = Math.max(total, 1);
            this.enabled = enabled;
        }

        void step() {
            done++;
            if (enabled && (done % 10 == 0 || done == total)) {
                int width = 30;
                int filled = done * width / total;
                out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
                out.flush();
            }
        }

        void done() {
            if (enabled) {
                out.println();
            }
        }
    }
}
