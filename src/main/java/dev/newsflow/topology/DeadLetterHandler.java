package dev.newsflow.topology;

import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import dev.newsflow.pipeline.PipelineObserver;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' processing-exception handler for the pipeline: every failure becomes one record on the
 * dead-letter topic ({@code errors.dead.letter.queue.topic.name}) carrying the source record's original key and
 * bytes, and processing resumes. Kafka Streams writes the dead letter in the task's transaction, so under
 * exactly-once it commits atomically with the input offset.
 *
 * <p>Headers: Kafka Streams' standard {@code __streams.errors.*} (exception, message, topic, partition, offset)
 * plus {@code newsflow.stage}, {@code newsflow.reason} and {@code newsflow.failed.at} (ISO-8601).
 */
public class DeadLetterHandler implements ProcessingExceptionHandler {
    /** Config key carrying the {@link PipelineObserver} instance (Kafka passes config objects through). */
    public static final String OBSERVER_CONFIG = "newsflow.pipeline.observer";
    public static final String HEADER_STAGE = "newsflow.stage";
    public static final String HEADER_REASON = "newsflow.reason";
    public static final String HEADER_FAILED_AT = "newsflow.failed.at";
    public static final String HEADER_EXCEPTION = "__streams.errors.exception";
    public static final String HEADER_MESSAGE = "__streams.errors.message";
    public static final String HEADER_TOPIC = "__streams.errors.topic";
    public static final String HEADER_PARTITION = "__streams.errors.partition";
    public static final String HEADER_OFFSET = "__streams.errors.offset";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final int MAX_MESSAGE_CHARS = 1000;

    private String deadLetterTopic;
    private PipelineObserver observer = PipelineObserver.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (topic == null || topic.toString().isBlank()) {
            throw new IllegalStateException(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG
                + " must name the dead-letter topic");
        }
        deadLetterTopic = topic.toString();
        if (configs.get(OBSERVER_CONFIG) instanceof PipelineObserver o) {
            observer = o;
        }
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return Response.resume(List.of(deadLetter(context, exception)));
    }

    ProducerRecord<byte[], byte[]> deadLetter(ErrorHandlerContext context, Exception exception) {
        Stage stage;
        String reason;
        if (exception instanceof StageFailure failure) {
            stage = failure.stage();
            reason = failure.reason();
        } else {
            stage = Stage.PUBLISH;
            reason = "unexpected-error";
            LOG.warn("unexpected failure at {}-{}@{}", context.topic(), context.partition(), context.offset(),
                exception);
        }
        observer.recordDeadLetter(stage, reason);
        Headers headers = new RecordHeaders();
        Throwable root = exception instanceof StageFailure f && f.getCause() != null ? f.getCause() : exception;
        put(headers, HEADER_STAGE, stage.label());
        put(headers, HEADER_REASON, reason);
        put(headers, HEADER_FAILED_AT, Instant.now().toString());
        put(headers, HEADER_EXCEPTION, root.getClass().getName());
        put(headers, HEADER_MESSAGE, truncate(String.valueOf(exception.getMessage())));
        put(headers, HEADER_TOPIC, context.topic());
        put(headers, HEADER_PARTITION, String.valueOf(context.partition()));
        put(headers, HEADER_OFFSET, String.valueOf(context.offset()));
        return new ProducerRecord<>(deadLetterTopic, null, context.timestamp(), context.sourceRawKey(),
            context.sourceRawValue(), headers);
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    /**
     * The production-side twin: a record the producer or broker refuses sends its source record to the dead-letter
     * topic instead of stopping the thread. Under at-least-once that is the whole story; under exactly-once a refused
     * send leaves the transaction only abortable, which is why the enrich processor checks the enriched record's size
     * itself ({@code output-too-large}) and this handler is the last resort.
     */
    public static class OnProduction implements ProductionExceptionHandler {
        private final DeadLetterHandler delegate = new DeadLetterHandler();

        @Override
        public void configure(Map<String, ?> configs) {
            delegate.configure(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                    Exception exception) {
            if (exception instanceof org.apache.kafka.common.errors.RetriableException) {
                return Response.retry();
            }
            return Response.resume(List.of(delegate.deadLetter(context,
                new StageFailure(Stage.PUBLISH, "output-rejected", "the output record was refused: "
                    + exception.getMessage(), exception))));
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                 Exception exception, SerializationExceptionOrigin origin) {
            return Response.resume(List.of(delegate.deadLetter(context,
                new StageFailure(Stage.PUBLISH, "serialization-failed", exception.getMessage(), exception))));
        }
    }
}
