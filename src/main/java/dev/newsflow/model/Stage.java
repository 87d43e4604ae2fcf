package dev.newsflow.model;

/** The pipeline stages, in data-flow order. A dead letter names the stage that rejected the record. */
public enum Stage {
    PARSE, CLEAN, ENRICH, PUBLISH;

    /** Lower-case name used in headers, metric labels and JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
