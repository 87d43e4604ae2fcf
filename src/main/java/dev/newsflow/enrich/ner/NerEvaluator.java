package dev.newsflow.enrich.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Exact-span precision, recall and F1 of any recogniser against gold sentences. A span counts as correct when
 * start, end and scored type all match.
 *
 * <p>Two scoring schemes: {@link Scheme#BIO} (People's Daily, MSRA) scores PER, LOC and ORG, any ORG_* label
 * counting as ORG; {@link Scheme#CLUENER} scores the six CLUENER classes the project produces (name, company,
 * government, organization, address, position; a kind-less ORG counts as organization). Predicted labels outside
 * the scheme (TITLE in BIO files) are ignored, as are gold classes outside it (game, book …).
 *
 * <p>Instances accumulate counts and are not thread-safe; the recogniser is called from the calling thread only.
 */
public final class NerEvaluator {

    /** How labels map to scored types. */
    public enum Scheme {
        BIO(List.of("PER", "LOC", "ORG")),
        CLUENER(List.of("name", "company", "government", "organization", "address", "position"));

        private final List<String> types;

        Scheme(List<String> types) {
            this.types = types;
        }

        public List<String> types() {
            return types;
        }

        /** Scored type of a gold label, or null when not scored. */
        String gold(String label) {
            return types.contains(label) ? label : null;
        }

        /** Scored type of a predicted label ({@link NerLabel} names), or null when not scored. */
        String predicted(String label) {
            if (this == BIO) {
                if (NerLabel.isOrganisation(label)) {
                    return "ORG";
                }
                return label.equals("PER") || label.equals("LOC") ? label : null;
            }
            return switch (label) {
                case "PER" -> "name";
                case "ORG_COM" -> "company";
                case "ORG_GOV" -> "government";
                case "ORG_ORG", "ORG" -> "organization";
                case "LOC" -> "address";
                case "TITLE" -> "position";
                default -> null;
            };
        }
    }

    /** Counts of one type. */
    public record TypeScore(long gold, long predicted, long correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        TypeScore plus(TypeScore o) {
            return new TypeScore(gold + o.gold, predicted + o.predicted, correct + o.correct);
        }
    }

    /** Result of an evaluation; {@code types} in scheme order. */
    public record Result(Map<String, TypeScore> types, long sentences, double seconds) {
        public TypeScore micro() {
            TypeScore sum = new TypeScore(0, 0, 0);
            for (TypeScore s : types.values()) {
                sum = sum.plus(s);
            }
            return sum;
        }

        /** Mean of the per-type F1 over every scored type (types without gold or predictions count as 0). */
        public double macroF1() {
            return types.values().stream().mapToDouble(TypeScore::f1).average().orElse(0);
        }

        public double sentencesPerSecond() {
            return seconds <= 0 ? 0 : sentences / seconds;
        }

        /** Counts of both results added type by type (types of either kept, this one's first). */
        public Result plus(Result other) {
            Map<String, TypeScore> merged = new LinkedHashMap<>(types);
            other.types.forEach((k, v) -> merged.merge(k, v, TypeScore::plus));
            return new Result(merged, sentences + other.sentences, seconds + other.seconds);
        }

        /** The JSON object of the eval-ner contract. */
        public ObjectNode toJson(ObjectMapper mapper) {
            ObjectNode root = mapper.createObjectNode();
            TypeScore micro = micro();
            ObjectNode m = root.putObject("micro");
            m.put("precision", round(micro.precision()));
            m.put("recall", round(micro.recall()));
            m.put("f1", round(micro.f1()));
            root.putObject("macro").put("f1", round(macroF1()));
            ObjectNode t = root.putObject("types");
            types.forEach((name, s) -> {
                ObjectNode o = t.putObject(name);
                o.put("precision", round(s.precision()));
                o.put("recall", round(s.recall()));
                o.put("f1", round(s.f1()));
                o.put("gold", s.gold());
                o.put("predicted", s.predicted());
            });
            root.put("sentences", sentences);
            root.put("sentencesPerSecond", Math.round(sentencesPerSecond() * 10) / 10.0);
            return root;
        }

        private static double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }

    private final Function<String, List<NerSpan>> recogniser;
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private long sentences;
    private long nanos;

    /** @param recogniser text → spans with {@link NerLabel} names; called once per sentence */
    public NerEvaluator(Function<String, List<NerSpan>> recogniser) {
        this.recogniser = Objects.requireNonNull(recogniser, "recogniser");
    }

    /** Scores {@code gold} under {@code scheme}, adding to this evaluator's totals. */
    public NerEvaluator add(List<NerSentence> gold, Scheme scheme) {
        for (String type : scheme.types()) {
            counts.computeIfAbsent(type, k -> new long[3]);
        }
        for (NerSentence sentence : gold) {
            long t0 = System.nanoTime();
            List<NerSpan> predicted = recogniser.apply(sentence.text());
            nanos += System.nanoTime() - t0;
            sentences++;
            score(sentence, predicted, scheme);
        }
        return this;
    }

    private void score(NerSentence sentence, List<NerSpan> predicted, Scheme scheme) {
        Set<NerSpan> goldSet = new HashSet<>();
        for (NerSpan s : sentence.spans()) {
            String type = scheme.gold(s.label());
            if (type != null) {
                goldSet.add(new NerSpan(s.start(), s.end(), type));
            }
        }
        Set<NerSpan> predSet = new HashSet<>();
        if (predicted != null) {
            for (NerSpan s : predicted) {
                String type = scheme.predicted(s.label());
                if (type != null) {
                    predSet.add(new NerSpan(s.start(), s.end(), type));
                }
            }
        }
        for (NerSpan g : goldSet) {
            counts.get(g.label())[0]++;
            if (predSet.contains(g)) {
                counts.get(g.label())[2]++;
            }
        }
        for (NerSpan p : predSet) {
            counts.get(p.label())[1]++;
        }
    }

    /** The totals so far. */
    public Result result() {
        Map<String, TypeScore> types = new LinkedHashMap<>();
        counts.forEach((k, v) -> types.put(k, new TypeScore(v[0], v[1], v[2])));
        return new Result(types, sentences, nanos / 1e9);
    }

    /** One-shot convenience. */
    public static Result evaluate(List<NerSentence> gold, Scheme scheme, Function<String, List<NerSpan>> recogniser) {
        return new NerEvaluator(recogniser).add(gold, scheme).result();
    }
}
