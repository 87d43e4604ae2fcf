package dev.newsflow.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
