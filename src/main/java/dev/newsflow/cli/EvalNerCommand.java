package dev.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.ner.HanlpBaseline;
import dev.newsflow.enrich.ner.NerCorpus;
import dev.newsflow.enrich.ner.NerEvaluator;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.enrich.ner.NerSentence;
import dev.newsflow.enrich.ner.NerSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code eval-ner}: exact-span precision, recall and F1 of the recogniser over gold files (character BIO files
 * scored as PER/LOC/ORG, CLUENER JSON lines scored per class). With {@code --json} the last stdout line is one
 * JSON object with the totals over all files.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Score the entity recogniser on gold files (BIO or CLUENER JSON lines).")
public final class EvalNerCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold files.")
    List<Path> files;

    @Option(names = "--json", description = "Print the totals as one JSON object on the last line.")
    boolean json;

    @Option(names = "--held-out", description = "Score only every 10th sentence (index % 10 == 9): for CLUENER "
            + "train the lines train-ner leaves out; for People's Daily dev the ones a --tuning model leaves out.")
    boolean heldOut;

    @Option(names = "--recogniser", defaultValue = "model",
            description = "model (the shipped recogniser) or hanlp (HanLP's dictionary recognisers alone).")
    String recogniser;

    @Option(names = "--model", description = "Model file to use instead of the shipped one.")
    Path modelFile;

    @Override
    public Integer call() throws Exception {
        Function<String, List<NerSpan>> tagger;
        switch (recogniser) {
            case "model" -> {
                NerModel model;
                if (modelFile != null) {
                    try (InputStream in = Files.newInputStream(modelFile)) {
                        model = NerModel.read(in);
                    }
                } else {
                    model = NerModel.loadDefault();
                }
                tagger = model::tag;
            }
            case "hanlp" -> tagger = new HanlpBaseline()::tag;
            default -> {
                System.err.println("eval-ner: unknown recogniser " + recogniser + " (model or hanlp)");
                return 2;
            }
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println("eval-ner: no such file " + file);
                return 2;
            }
        }
        // warm up so sentences/s reflects steady state rather than class loading and dictionary loading
        tagger.apply("中国人民银行行长易纲在北京表示。");
        NerEvaluator.Result total = null;
        for (Path file : files) {
            NerCorpus.Format format = NerCorpus.detect(file);
            List<NerSentence> gold = NerCorpus.read(file);
            if (heldOut) {
                gold = gold.stream().filter(s -> NerCorpus.isHeldOut(s.line())).toList();
            }
            NerEvaluator.Scheme scheme = format == NerCorpus.Format.CLUENER
                    ? NerEvaluator.Scheme.CLUENER : NerEvaluator.Scheme.BIO;
            NerEvaluator.Result result = NerEvaluator.evaluate(gold, scheme, tagger);
            print(file + (heldOut ? " (held-out sentences)" : ""), result);
            total = total == null ? result : total.plus(result);
        }
        if (files.size() > 1) {
            print("all files", total);
        }
        if (json) {
            System.out.println(new ObjectMapper().writeValueAsString(total.toJson(new ObjectMapper())));
        }
        return 0;
    }

    private static void print(String title, NerEvaluator.Result r) {
        System.out.println(title);
        System.out.printf("  %-13s %9s %9s %9s %7s %9s%n", "type", "precision", "recall", "f1", "gold", "predicted");
        r.types().forEach((type, s) -> System.out.printf("  %-13s %9.4f %9.4f %9.4f %7d %9d%n", type,
                s.precision(), s.recall(), s.f1(), s.gold(), s.predicted()));
        NerEvaluator.TypeScore m = r.micro();
        System.out.printf("  %-13s %9.4f %9.4f %9.4f %7d %9d%n", "micro", m.precision(), m.recall(), m.f1(),
                m.gold(), m.predicted());
        System.out.printf("  %-13s %29.4f%n", "macro f1", r.macroF1());
        System.out.printf("  %d sentences, %.0f sentences/s%n", r.sentences(), r.sentencesPerSecond());
    }
}
