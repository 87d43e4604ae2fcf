package dev.newsflow.model;

import java.util.Objects;

/**
 * A record a stage refuses, with a short machine-readable {@code reason} (a bounded set such as
 * {@code empty-value}, {@code invalid-utf8}, {@code too-large}) and a human message. Thrown by stages, caught by
 * whatever drives them (the topology routes it to the dead-letter topic; {@code enrich} prints it).
 */
public final class StageFailure extends RuntimeException {
    private final Stage stage;
    private final String reason;

    public StageFailure(Stage stage, String reason, String message) {
        this(stage, reason, message, null);
    }

    public StageFailure(Stage stage, String reason, String message, Throwable cause) {
        super(message, cause, false, cause != null);
        this.stage = Objects.requireNonNull(stage, "stage");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Stage stage() {
        return stage;
    }

    public String reason() {
        return reason;
    }

    /** The class a dead letter names: the cause's when there is one, else this. */
    public String errorClass() {
        return getCause() != null ? getCause().getClass().getName() : StageFailure.class.getName();
    }
}
