package dev.newsflow.topology;

import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Stage;
import dev.newsflow.model.StageFailure;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs the pipeline function on one raw record and forwards the enriched article, already serialised, keyed by its
 * id. Failures are thrown, not forwarded: Kafka Streams hands them to {@link DeadLetterHandler}. That includes an
 * article whose JSON is over {@code maxOutputBytes}: the broker would refuse it, and under exactly-once a refused
 * send aborts the transaction and the same record fails again after every restart.
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, SerializedArticle> {
    /** Room for the record's key, headers and batch framing next to the value. */
    static final int RECORD_OVERHEAD_BYTES = 4096;

    private final ArticlePipeline pipeline;
    private final PipelineObserver observer;
    private final String sourceTopic;
    private final int maxOutputBytes;
    private ProcessorContext<String, SerializedArticle> context;

    EnrichProcessor(ArticlePipeline pipeline, PipelineObserver observer, String sourceTopic, int maxOutputBytes) {
        this.pipeline = pipeline;
        this.observer = observer;
        this.sourceTopic = sourceTopic;
        this.maxOutputBytes = maxOutputBytes;
    }

    @Override
    public void init(ProcessorContext<String, SerializedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        observer.recordIn(sourceTopic);
        Instant ingested = Instant.ofEpochMilli(record.timestamp());
        EnrichedArticle article = pipeline.process(record.value(), ingested);
        byte[] json = NewsflowTopology.ENRICHED_SERDE.serializer().serialize(TopicCatalog.ENRICHED, article);
        int headerBytes = 0;
        for (org.apache.kafka.common.header.Header h : record.headers()) {
            headerBytes += h.key().length() + (h.value() == null ? 0 : h.value().length);
        }
        if (json.length + headerBytes + RECORD_OVERHEAD_BYTES > maxOutputBytes) {
            throw new StageFailure(Stage.PUBLISH, "output-too-large", String.format(
                "the enriched record would be %,d bytes (headers %,d); %s accepts at most %,d", json.length,
                headerBytes, TopicCatalog.ENRICHED, maxOutputBytes));
        }
        context.forward(record.withKey(article.id()).withValue(new SerializedArticle(article, json)));
        observer.recordEnriched(article, Duration.between(ingested, Instant.now()));
    }
}
