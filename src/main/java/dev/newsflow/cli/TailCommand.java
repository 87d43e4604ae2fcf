package dev.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.kafka.JsonSerde;
import dev.newsflow.kafka.KafkaClients;
import dev.newsflow.kafka.NewsflowConfig;
import dev.newsflow.kafka.TopicCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Follows an output topic (read_committed), one JSON line per record. */
@Command(name = "tail", mixinStandardHelpOptions = true,
    description = "Follows articles.enriched, entities.mentions or articles.dlq (read_committed).")
final class TailCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions options = new ConfigOptions();

    @Option(names = "--topic", description = "articles.enriched (default), entities.mentions or articles.dlq.")
    String topic = TopicCatalog.ENRICHED;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of new ones.")
    boolean fromBeginning;

    @Option(names = "--entity", paramLabel = "NAME",
        description = "Only records naming this entity: its id, canonical name, any known alias (央行 selects "
            + "org:pboc) or a surface form.")
    String entity;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only records with an entity of this type: "
        + "PERSON, ORGANIZATION or PLACE.")
    String type;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records (default: follow forever).")
    long max = Long.MAX_VALUE;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS",
        description = "Stop after this long without a new record (default: never).")
    long idleSeconds = -1;

    private String entityId;

    @Override
    public Integer call() throws IOException {
        NewsflowConfig config = options.resolve(System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        String wantedType = type == null ? null : type.toUpperCase(Locale.ROOT);
        if (entity != null) {
            // any alias selects the entity: --entity 央行 follows every article about org:pboc
            KnowledgeBase kb = KnowledgeBase.loadDefault();
            kb.organization(entity).ifPresent(o -> entityId = o.id());
            if (entityId == null) {
                kb.place(entity).ifPresent(p -> entityId = p.id());
            }
        }
        long printed = 0;
        long idleSince = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = KafkaClients.reader(config, List.of(topic), fromBeginning)) {
            while (printed < max) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty()) {
                    if (idleSeconds >= 0 && System.nanoTime() - idleSince > Duration.ofSeconds(idleSeconds).toNanos()) {
                        break;
                    }
                    continue;
                }
                idleSince = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    String line = topic.equals(TopicCatalog.DLQ) ? deadLetterLine(r) : filtered(r, wantedType);
                    if (line != null && printed < max) {
                        out.println(line);
                        out.flush();
                        printed++;
                    }
                }
            }
        }
        return 0;
    }

    private String filtered(ConsumerRecord<byte[], byte[]> r, String wantedType) throws IOException {
        JsonNode node = JsonSerde.MAPPER.readTree(r.value());
        if (entity == null && wantedType == null) {
            return node.toString();
        }
        JsonNode entities = node.has("entities") ? node.get("entities") : JsonSerde.MAPPER.createArrayNode()
            .add(node.path("entity"));
        for (JsonNode e : entities) {
            boolean typeOk = wantedType == null || wantedType.equals(e.path("type").asText());
            boolean nameOk = entity == null || entity.equals(e.path("name").asText())
                || (entityId != null && entityId.equals(e.path("id").asText()))
                || entity.equals(e.path("id").asText()) || namesSurface(e, entity);
            if (typeOk && nameOk) {
                return node.toString();
            }
        }
        return null;
    }

    private static boolean namesSurface(JsonNode entity, String surface) {
        for (JsonNode m : entity.path("mentions")) {
            if (surface.equals(m.isTextual() ? m.asText() : m.path("text").asText())) {
                return true;
            }
        }
        return false;
    }

    static String deadLetterLine(ConsumerRecord<byte[], byte[]> r) {
        var node = JsonSerde.MAPPER.createObjectNode();
        node.put("key", r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
        node.put("bytes", r.value() == null ? 0 : r.value().length);
        var headers = node.putObject("headers");
        for (Header h : r.headers()) {
            headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return node.toString();
    }
}
