package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Terms → entities, merged per canonical id with each distinct surface form listed once. Thread-safe.
 */
final class EntityExtractor {

    List<Entity> extract(String text, List<Term> terms) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        for (Term term : terms) {
            EntityType type = typeOf(term);
            if (type == null || term.word.length() < 2) {
                continue;
            }
            String id = idPrefix(type) + term.word;
            byId.computeIfAbsent(id, k -> new Builder(k, type, term.word))
                .add(new Mention(term.word, term.offset, term.offset + term.word.length()));
        }
        List<Entity> result = new ArrayList<>(byId.size());
        byId.values().forEach(b -> result.add(b.build()));
        return result;
    }

    private static EntityType typeOf(Term term) {
        String nature = term.nature.toString();
        if (nature.equals("nr") || nature.equals("nrf")) {
            return EntityType.PERSON;
        }
        if (nature.equals("ns") || nature.equals("nsf")) {
            return EntityType.PLACE;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    static String idPrefix(EntityType type) {
        return switch (type) {
            case PERSON -> "person:";
            case ORGANIZATION -> "org:";
            case PLACE -> "place:";
        };
    }

    private static final class Builder {
        private final String id;
        private final EntityType type;
        private final String name;
        private final Map<String, Mention> mentions = new LinkedHashMap<>();
        private int count;

        Builder(String id, EntityType type, String name) {
            this.id = id;
            this.type = type;
            this.name = name;
        }

        void add(Mention mention) {
            mentions.putIfAbsent(mention.text(), mention);
            count++;
        }

        Entity build() {
            return new Entity(id, type, name, new ArrayList<>(mentions.values()), count, null, null, null, null,
                null, null);
        }
    }
}
