package dev.newsflow.topology;

import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicAdmin;
import dev.newsflow.kafka.TopicCatalog;
import dev.newsflow.model.EnrichedArticle;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityMention;
import dev.newsflow.pipeline.ArticlePipeline;
import dev.newsflow.pipeline.PipelineObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * {@code articles.raw} → {@code articles.enriched} + {@code entities.mentions}, failures → {@code articles.dlq}.
 *
 * <p>Topology and configuration are two static methods shared by {@code run}, {@code demo}, the
 * {@code TopologyTestDriver} tests and the real-broker tests, so no test re-declares the topology.
 *
 * <p>Every input record ends as exactly one enriched record (plus its mentions) or exactly one dead letter: the
 * enrich processor computes the whole result before forwarding anything, and whatever it throws is handed to
 * {@link DeadLetterHandler}, which writes the original key and bytes to the dead-letter topic in the same
 * transaction as the input offsets.
 */
public final class NewsflowTopology {
    static final JsonSerde<EnrichedArticle> ENRICHED_SERDE = new JsonSerde<>(EnrichedArticle.class);
    static final JsonSerde<EntityMention> MENTION_SERDE = new JsonSerde<>(EntityMention.class);

    /** Producer request size: large enough for the biggest value the topics accept (see topics/*.yaml). */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;

    private NewsflowTopology() {
    }

    /** The topology with the output limit of {@code topics/} ({@link #declaredMaxOutputBytes()}). */
    public static Topology build(ArticlePipeline pipeline, PipelineObserver observer) {
        return build(pipeline, observer, declaredMaxOutputBytes());
    }

    /**
     * The topology, with the pipeline function, an observer for metrics, and the largest enriched record the
     * enriched topic accepts (see {@link #maxOutputBytes(Admin)}); a larger one is dead-lettered as
     * {@code output-too-large}.
     */
    public static Topology build(ArticlePipeline pipeline, PipelineObserver observer, int maxOutputBytes) {
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, SerializedArticle> enriched = builder
            .stream(TopicCatalog.RAW, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-posts"))
            .process(() -> new EnrichProcessor(pipeline, observer, TopicCatalog.RAW, maxOutputBytes),
                Named.as("enrich"));
        enriched.to(TopicCatalog.ENRICHED,
            Produced.with(Serdes.String(), SerializedArticle.SERDE).withName("enriched-out"));
        enriched
            .flatMap((id, serialized) -> mentions(serialized.article()), Named.as("entity-mentions"))
            .to(TopicCatalog.MENTIONS, Produced.with(Serdes.String(), MENTION_SERDE).withName("mentions-out"));
        return builder.build();
    }

    /** {@code max.message.bytes} of the enriched topic as {@code topics/} declares it. */
    public static int declaredMaxOutputBytes() {
        String declared = TopicCatalog.loadDefault().get(TopicCatalog.ENRICHED).config().get("max.message.bytes");
        return Math.min(MAX_REQUEST_BYTES, declared == null ? 1024 * 1024 : Integer.parseInt(declared));
    }

    /**
     * The largest enriched record the live cluster accepts: the enriched topic's effective {@code max.message.bytes}
     * (an operator may have set it lower than {@code topics/} does), or the declared value when the topic does not
     * exist yet.
     */
    public static int maxOutputBytes(Admin admin) throws InterruptedException {
        return Math.min(MAX_REQUEST_BYTES, new TopicAdmin(admin).maxMessageBytes(TopicCatalog.ENRICHED)
            .orElse(declaredMaxOutputBytes()));
    }

    /** One mention record per entity of the article, keyed by the entity id. */
    static List<KeyValue<String, EntityMention>> mentions(EnrichedArticle article) {
        List<KeyValue<String, EntityMention>> out = new ArrayList<>(article.entities().size());
        for (Entity entity : article.entities()) {
            out.add(KeyValue.pair(entity.id(), new EntityMention(entity, article.id(), article.title(),
                article.url(), article.source(), article.publishedAt())));
        }
        return out;
    }

    /**
     * Kafka Streams settings for {@code config}: exactly-once by default, the dead-letter handler installed,
     * producer and consumer sized for large posts, then the user's {@code kafka.*} overrides last.
     */
    public static Properties streamsProperties(NewsflowConfig config, PipelineObserver observer) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.requireBootstrapServers());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.processingGuarantee());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
        p.put(StreamsConfig.STATE_DIR_CONFIG, config.stateDir().toString());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.OnProduction.class);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, TopicCatalog.DLQ);
        p.put(DeadLetterHandler.OBSERVER_CONFIG, observer);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_REQUEST_BYTES);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), MAX_REQUEST_BYTES);
        // articles are slow to process compared with plain records: keep polls small so that rebalances stay quick
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
        config.kafka().forEach(p::put);
        return p;
    }
}
