package dev.newsflow.topology;

import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs the pipeline function on one raw record and forwards the enriched article keyed by its id. Failures are
 * thrown, not forwarded: Kafka Streams hands them to {@link DeadLetterHandler}.
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, EnrichedArticle> {
    private final ArticlePipeline pipeline;
    private final PipelineObserver observer;
    private final String sourceTopic;
    private ProcessorContext<String, EnrichedArticle> context;

    EnrichProcessor(ArticlePipeline pipeline, PipelineObserver observer, String sourceTopic) {
        this.pipeline = pipeline;
        this.observer = observer;
        this.sourceTopic = sourceTopic;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        observer.recordIn(sourceTopic);
        Instant ingested = Instant.ofEpochMilli(record.timestamp());
        EnrichedArticle article = pipeline.process(record.value(), ingested);
        context.forward(record.withKey(article.id()).withValue(article));
        observer.recordEnriched(article, Duration.between(ingested, Instant.now()));
    }
}
