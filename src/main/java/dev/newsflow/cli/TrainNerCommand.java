package dev.newsflow.cli;

import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.enrich.ner.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code train-ner}: trains the entity recogniser from the shared gold data (CLUENER train minus its held-out
 * lines, People's Daily dev) and writes the model file. Deterministic: the shipped model is reproduced byte for
 * byte from the same data and options.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the entity recogniser from the shared gold data (deterministic).")
public final class TrainNerCommand implements Callable<Integer> {

    /** Output goes to the command line's writers, so callers (and tests) can redirect it. */
    @Spec
    CommandSpec spec;


    @Option(names = "--shared", defaultValue = "../shared",
            description = "Shared data directory (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--output", defaultValue = "src/main/resources/ner/ner-model.bin.gz",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--iterations", defaultValue = "10", description = "Perceptron passes (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--tuning", hidden = true,
            description = "Also hold out every 10th People's Daily dev sentence (for tuning runs, not shipping).")
    boolean tuning;

    @Option(names = "--pd-copies", hidden = true, defaultValue = "3", description = "People's Daily weight.")
    int peoplesDailyCopies;

    @Option(names = "--min-count", hidden = true, defaultValue = "1", description = "Feature count floor.")
    int minCount;

    @Option(names = "--place-partial", hidden = true, defaultValue = "50",
            description = "Percent of CLUENER sentences whose unmarked places may be LOC.")
    int placePartialPercent;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(shared.resolve("ner-gold"))) {
            spec.commandLine().getErr().println("train-ner: no ner-gold directory under " + shared.toAbsolutePath());
            return 2;
        }
        if (iterations < 1) {
            spec.commandLine().getErr().println("train-ner: --iterations must be at least 1");
            return 2;
        }
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        NerTrainer trainer = new NerTrainer(NerTrainer.Options.defaults().withIterations(iterations)
                .withTuning(tuning).withPeoplesDailyCopies(peoplesDailyCopies).withMinFeatureCount(minCount)
                .withPlacePartialPercent(placePartialPercent),
                line -> {
                    err.println(line);
                    err.flush();
                });
        trainer.addSharedCorpus(shared, NerModel.newSegment());
        NerModel model = trainer.train();
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(output.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            model.write(out);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%,d bytes, %s) in %.1f s%n",
                output, Files.size(output), model.describe(),
                (System.nanoTime() - t0) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
