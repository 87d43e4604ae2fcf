package dev.newsflow.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL of the operations files, ready to evaluate: every panel target of the Grafana dashboard and every
 * rule of the Prometheus rule file, with Grafana's variables replaced. Shared by the unit test against a fed
 * {@link OpsServer} and the end-to-end test against the running pipeline.
 */
public final class OpsQueries {

    /** The dashboard kept in the chart, relative to the project root. */
    public static final Path DASHBOARD = Path.of("helm/newsflow/dashboards/newsflow.json");
    /** The alert rules kept in the chart, relative to the project root. */
    public static final Path RULES = Path.of("helm/newsflow/rules/newsflow-rules.yaml");

    private static final Pattern THRESHOLD =
            Pattern.compile("^(?s)(.*?)\\s*(>=|<=|==|!=|>|<)\\s*-?[0-9.]+(e[+-]?[0-9]+)?\\s*$");

    private OpsQueries() {
    }

    /**
     * One expression and where it comes from.
     *
     * @param source "panel" or "alert"/"record"
     * @param name   the panel title or the rule name
     * @param ref    the target's refId, or the rule name again
     * @param expr   the PromQL as written in the file
     */
    public record Query(String source, String name, String ref, String expr) {

        /**
         * The expression as Prometheus gets it from Grafana with a 1 m rate interval and {@code jobRegex} as the
         * {@code $job} variable ({@code .*} for "All").
         */
        public String instantiate(String jobRegex) {
            return expr.replace("$__rate_interval", "1m").replace("$__interval", "1m").replace("$__range", "5m")
                    .replace("$job", jobRegex);
        }

        /**
         * For an alert {@code <query> <op> <number>}, the query alone (the value the alert watches, present whether
         * or not it fires); other expressions unchanged.
         */
        public String withoutThreshold() {
            Matcher m = THRESHOLD.matcher(expr);
            return source.equals("alert") && m.matches() ? m.group(1) : expr;
        }

        @Override
        public String toString() {
            return source + " \"" + name + "\" " + (ref.equals(name) ? "" : ref + " ") + ": " + expr;
        }
    }

    /** Every target expression of every panel (rows' nested panels included) of a Grafana dashboard JSON. */
    public static List<Query> dashboard(Path dashboardJson) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dashboardJson.toFile());
        List<Query> queries = new ArrayList<>();
        collectPanels(root.path("panels"), queries);
        return queries;
    }

    private static void collectPanels(JsonNode panels, List<Query> out) {
        for (JsonNode panel : panels) {
            for (JsonNode target : panel.path("targets")) {
                if (target.hasNonNull("expr")) {
                    out.add(new Query("panel", panel.path("title").asText(), target.path("refId").asText(),
                            target.get("expr").asText()));
                }
            }
            collectPanels(panel.path("panels"), out);
        }
    }

    /**
     * What evaluating the queries found.
     *
     * @param lines    one line per query: source, name, the PromQL sent, status and sample count
     * @param failures the queries that did not parse/evaluate, or returned no data without being allowed to
     */
    public record Evaluation(List<String> lines, List<String> failures) {

        public String report() {
            return String.join("\n", lines);
        }
    }

    /**
     * Evaluates every dashboard target (with {@code $job} = {@code jobRegex}) and every rule of the project's
     * dashboard and rule file on {@code prometheus}; alerts without their threshold, so the watched value must be
     * there whether or not the alert fires. A query returning no data fails unless it contains one of
     * {@code mayBeEmpty}.
     */
    public static Evaluation evaluateAll(PrometheusProcess prometheus, String jobRegex, Set<String> mayBeEmpty)
            throws IOException, InterruptedException {
        List<Query> queries = new ArrayList<>(dashboard(DASHBOARD));
        queries.addAll(rules(RULES));
        List<String> lines = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Query q : queries) {
            String expr = q.source().equals("panel") ? q.instantiate(jobRegex) : q.withoutThreshold();
            PrometheusProcess.QueryResult r = prometheus.query(expr);
            lines.add(String.format("%-5s %-45s %s -> %s, %d sample(s)", q.source(), q.name(), expr, r.status(),
                    r.sampleCount()));
            if (!r.isSuccess()) {
                failures.add(q + " -> " + r.errorType() + ": " + r.error());
            } else if (r.sampleCount() == 0 && mayBeEmpty.stream().noneMatch(expr::contains)) {
                failures.add(q + " -> no data");
            }
        }
        return new Evaluation(lines, failures);
    }

    /** Every rule expression (alerting and recording) of a Prometheus rule file. */
    public static List<Query> rules(Path ruleFile) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(ruleFile.toFile());
        List<Query> queries = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                boolean alert = rule.hasNonNull("alert");
                String name = alert ? rule.get("alert").asText() : rule.path("record").asText();
                queries.add(new Query(alert ? "alert" : "record", name, name, rule.path("expr").asText().trim()));
            }
        }
        return queries;
    }
}
