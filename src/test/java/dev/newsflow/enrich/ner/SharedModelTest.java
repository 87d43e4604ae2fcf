package dev.newsflow.enrich.ner;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped model against the CLUENER lines that training leaves out. Skips when the shared data is absent.
 * The floors sit below the measured figures (macro ≈ 0.70) so that they catch a broken model or feature code,
 * not noise.
 */
class SharedModelTest {

    private static Path cluener() {
        Path shared = Path.of(System.getProperty("newsflow.shared", "../shared"));
        return shared.resolve("ner-gold/cluener/train.jsonl");
    }

    @Test
    void shippedModelReachesTheFloorOnTheHeldOutSplit() throws Exception {
        Path file = cluener();
        assumeTrue(Files.isRegularFile(file), "shared CLUENER data absent: " + file.toAbsolutePath());

        List<NerSentence> heldOut = NerCorpus.readCluener(file).stream()
                .filter(s -> NerCorpus.isHeldOut(s.line())).toList();
        NerModel model = NerModel.loadDefault();
        NerEvaluator.Result result = NerEvaluator.evaluate(heldOut, NerEvaluator.Scheme.CLUENER, model::tag);

        assertThat(heldOut).hasSizeGreaterThan(1000);
        assertThat(result.macroF1()).as("held-out macro F1").isGreaterThan(0.65);
        assertThat(result.types().get("name").f1()).isGreaterThan(0.7);
        result.types().forEach((type, score) -> assertThat(score.f1()).as(type).isGreaterThan(0.35));
    }
}
