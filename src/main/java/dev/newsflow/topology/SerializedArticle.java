package dev.newsflow.topology;

import dev.newsflow.model.EnrichedArticle;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * An enriched article together with its JSON bytes. The enrich processor serialises before it forwards anything,
 * so an article too large for the enriched topic fails inside the processor — one dead letter, nothing forwarded —
 * instead of inside the producer, where under exactly-once a refused record dooms the whole transaction.
 */
record SerializedArticle(EnrichedArticle article, byte[] json) {

    /** Writes the bytes computed in the processor; these values are never read back as this type. */
    static final Serde<SerializedArticle> SERDE = Serdes.serdeFrom(
        (Serializer<SerializedArticle>) (topic, value) -> value == null ? null : value.json(),
        (Deserializer<SerializedArticle>) (topic, bytes) -> {
            throw new UnsupportedOperationException("read articles.enriched with the EnrichedArticle JSON serde");
        });
}
