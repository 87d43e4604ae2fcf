package dev.newsflow.enrich.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NerEvaluatorTest {

    private static final String TEXT = "人民银行行长易纲在北京";

    private static NerSentence gold(String... labels) {
        // fixed gold over TEXT: 人民银行 [0,4), 行长 [4,6), 易纲 [6,8), 北京 [9,11)
        return new NerSentence(TEXT, List.of(new NerSpan(0, 4, labels[0]), new NerSpan(4, 6, labels[1]),
                new NerSpan(6, 8, labels[2]), new NerSpan(9, 11, labels[3])), 0);
    }

    @Test
    void bioSchemeCountsOrganisationKindsAsOrgAndIgnoresTitles() {
        NerSentence sentence = gold("ORG", "O-not-scored", "PER", "LOC");
        List<NerSpan> predicted = List.of(new NerSpan(0, 4, "ORG_GOV"), new NerSpan(4, 6, "TITLE"),
                new NerSpan(6, 7, "PER"), new NerSpan(9, 11, "LOC"), new NerSpan(8, 9, "LOC"));

        NerEvaluator.Result r = NerEvaluator.evaluate(List.of(sentence), NerEvaluator.Scheme.BIO, t -> predicted);

        assertThat(r.types()).containsOnlyKeys("PER", "LOC", "ORG");
        assertThat(r.types().get("ORG")).isEqualTo(new NerEvaluator.TypeScore(1, 1, 1));
        assertThat(r.types().get("PER")).isEqualTo(new NerEvaluator.TypeScore(1, 1, 0));
        assertThat(r.types().get("LOC")).isEqualTo(new NerEvaluator.TypeScore(1, 2, 1));
        NerEvaluator.TypeScore micro = r.micro();
        assertThat(micro).isEqualTo(new NerEvaluator.TypeScore(3, 4, 2));
        assertThat(micro.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(micro.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(micro.f1()).isCloseTo(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), within(1e-9));
        // macro = mean of F1: ORG 1.0, PER 0.0, LOC 2/3
        assertThat(r.macroF1()).isCloseTo((1.0 + 0.0 + 2.0 / 3) / 3, within(1e-9));
        assertThat(r.sentences()).isEqualTo(1);
    }

    @Test
    void cluenerSchemeScoresOrganisationKindsSeparatelyAndIgnoresOtherClasses() {
        NerSentence sentence = gold("government", "position", "name", "game");
        List<NerSpan> predicted = List.of(new NerSpan(0, 4, "ORG_COM"), new NerSpan(4, 6, "TITLE"),
                new NerSpan(6, 8, "PER"), new NerSpan(9, 11, "LOC"));

        NerEvaluator.Result r = NerEvaluator.evaluate(List.of(sentence), NerEvaluator.Scheme.CLUENER,
                t -> predicted);

        assertThat(r.types().keySet()).containsExactly("name", "company", "government", "organization", "address",
                "position");
        assertThat(r.types().get("government")).isEqualTo(new NerEvaluator.TypeScore(1, 0, 0));
        assertThat(r.types().get("company")).isEqualTo(new NerEvaluator.TypeScore(0, 1, 0));
        assertThat(r.types().get("position")).isEqualTo(new NerEvaluator.TypeScore(1, 1, 1));
        assertThat(r.types().get("name")).isEqualTo(new NerEvaluator.TypeScore(1, 1, 1));
        assertThat(r.types().get("address")).as("gold was game, not scored").isEqualTo(
                new NerEvaluator.TypeScore(0, 1, 0));
        assertThat(r.macroF1()).isCloseTo(2.0 / 6, within(1e-9));
    }

    @Test
    void duplicatePredictionsCountOnceAndTotalsAccumulateAcrossCalls() {
        NerSentence sentence = new NerSentence("易纲说", List.of(new NerSpan(0, 2, "PER")), 0);
        NerEvaluator evaluator = new NerEvaluator(t -> List.of(new NerSpan(0, 2, "PER"), new NerSpan(0, 2, "PER")));
        evaluator.add(List.of(sentence), NerEvaluator.Scheme.BIO).add(List.of(sentence), NerEvaluator.Scheme.BIO);

        assertThat(evaluator.result().types().get("PER")).isEqualTo(new NerEvaluator.TypeScore(2, 2, 2));
        assertThat(evaluator.result().sentences()).isEqualTo(2);
    }

    @Test
    void emptyCountsGiveZeroNotNaN() {
        NerEvaluator.TypeScore none = new NerEvaluator.TypeScore(0, 0, 0);
        assertThat(none.precision()).isZero();
        assertThat(none.recall()).isZero();
        assertThat(none.f1()).isZero();
    }

    @Test
    void jsonHasTheEvalNerContractFields() {
        NerEvaluator.Result r = new NerEvaluator.Result(
                Map.of("PER", new NerEvaluator.TypeScore(4, 2, 2)), 10, 2.0);
        JsonNode json = r.toJson(new ObjectMapper());

        assertThat(json.at("/micro/precision").asDouble()).isEqualTo(1.0);
        assertThat(json.at("/micro/recall").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/micro/f1").asDouble()).isCloseTo(0.6667, within(1e-4));
        assertThat(json.at("/macro/f1").asDouble()).isCloseTo(0.6667, within(1e-4));
        assertThat(json.at("/types/PER/gold").asLong()).isEqualTo(4);
        assertThat(json.at("/types/PER/predicted").asLong()).isEqualTo(2);
        assertThat(json.get("sentences").asLong()).isEqualTo(10);
        assertThat(json.get("sentencesPerSecond").asDouble()).isEqualTo(5.0);
    }

    @Test
    void mergingResultsAddsCountsPerType() {
        NerEvaluator.Result a = new NerEvaluator.Result(Map.of("PER", new NerEvaluator.TypeScore(1, 1, 1)), 1, 1);
        NerEvaluator.Result b = new NerEvaluator.Result(Map.of("PER", new NerEvaluator.TypeScore(2, 3, 1),
                "name", new NerEvaluator.TypeScore(1, 0, 0)), 2, 1);
        NerEvaluator.Result sum = a.plus(b);

        assertThat(sum.types().get("PER")).isEqualTo(new NerEvaluator.TypeScore(3, 4, 2));
        assertThat(sum.types().get("name")).isEqualTo(new NerEvaluator.TypeScore(1, 0, 0));
        assertThat(sum.sentences()).isEqualTo(3);
    }
}
