package dev.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.enrich.ner.HanlpBaseline;
import dev.newsflow.enrich.ner.NerCorpus;
import dev.newsflow.enrich.ner.NerEvaluator;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.enrich.ner.NerSentence;
import dev.newsflow.enrich.ner.NerSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code eval-ner}: exact-span precision, recall and F1 of the recogniser over gold files (character BIO files
 * scored as PER/LOC/ORG, CLUENER JSON lines scored per class). With {@code --json} the last stdout line is one
 * JSON object with the totals over all files.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Score the entity recogniser on gold files (BIO or CLUENER JSON lines).")
public final class EvalNerCommand implements Callable<Integer> {

    /** Output goes to the command line's writers, so callers (and tests) can redirect it. */
    @Spec
    CommandSpec spec;


    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Gold files.")
    List<Path> files;

    @Option(names = "--json", description = "Print the totals as one JSON object on the last line.")
    boolean json;

    @Option(names = "--held-out", description = "Score only every 10th sentence (index %% 10 == 9): for CLUENER "
            + "train the lines train-ner leaves out; for People's Daily dev the ones a --tuning model leaves out.")
    boolean heldOut;

    @Option(names = "--recogniser", defaultValue = "enricher",
            description = "enricher (default: what the pipeline emits, the learnt model and the knowledge base "
                + "together), model (the learnt model alone) or hanlp (HanLP's "
                + "dictionary recognisers alone, the baseline).")
    String recogniser;

    @Option(names = "--model", description = "Model file to use instead of the shipped one (model and enricher).")
    Path modelFile;

    private final Map<String, Supplier<Function<String, List<NerSpan>>>> recognisers = new LinkedHashMap<>();

    /** With the two built-in recognisers: {@code model} (the shipped model) and {@code hanlp} (baseline). */
    public EvalNerCommand() {
        recognisers.put("model", () -> loadModel()::tag);
        recognisers.put("hanlp", () -> new HanlpBaseline()::tag);
        recognisers.put("enricher", () -> new dev.newsflow.enrich.Enricher(0,
            dev.newsflow.enrich.kb.KnowledgeBase.loadDefault(), loadModel())::entitySpans);
    }

    /**
     * Adds (or replaces) a recogniser selectable with {@code --recogniser NAME}, e.g. the full enricher
     * (model plus knowledge base), so it is scored exactly like the model. The supplier is called once per run;
     * the function it returns is called from one thread.
     */
    public EvalNerCommand withRecogniser(String name, Supplier<Function<String, List<NerSpan>>> recogniserFactory) {
        recognisers.put(name, recogniserFactory);
        return this;
    }

    private NerModel loadModel() {
        if (modelFile == null) {
            return NerModel.loadDefault();
        }
        try (InputStream in = Files.newInputStream(modelFile)) {
            return NerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + modelFile, e);
        }
    }

    @Override
    public Integer call() throws Exception {
        Supplier<Function<String, List<NerSpan>>> factory = recognisers.get(recogniser);
        if (factory == null) {
            spec.commandLine().getErr().println("eval-ner: unknown recogniser " + recogniser + " (one of "
                    + recognisers.keySet() + ")");
            return 2;
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("eval-ner: no such file " + file);
                return 2;
            }
        }
        Function<String, List<NerSpan>> tagger = factory.get();
        // warm up so sentences/s reflects steady state rather than class loading and dictionary loading
        tagger.apply("中国人民银行行长易纲在北京表示。");
        PrintWriter out = spec.commandLine().getOut();
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
            print(out, file + (heldOut ? " (held-out sentences)" : ""), result);
            total = total == null ? result : total.plus(result);
        }
        if (files.size() > 1) {
            print(out, "all files", total);
        }
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(total.toJson(new ObjectMapper())));
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String title, NerEvaluator.Result r) {
        out.println(title);
        out.printf(Locale.ROOT, "  %-13s %9s %9s %9s %7s %9s%n",
                "type", "precision", "recall", "f1", "gold", "predicted");
        r.types().forEach((type, s) -> out.printf(Locale.ROOT, "  %-13s %9.4f %9.4f %9.4f %7d %9d%n", type,
                s.precision(), s.recall(), s.f1(), s.gold(), s.predicted()));
        NerEvaluator.TypeScore m = r.micro();
        out.printf(Locale.ROOT, "  %-13s %9.4f %9.4f %9.4f %7d %9d%n", "micro", m.precision(), m.recall(), m.f1(),
                m.gold(), m.predicted());
        out.printf(Locale.ROOT, "  %-13s %29.4f%n", "macro f1", r.macroF1());
        out.printf(Locale.ROOT, "  %d sentences, %.0f sentences/s%n", r.sentences(), r.sentencesPerSecond());
    }
}
