package dev.newsflow.enrich;

import com.hankcs.hanlp.seg.common.Term;
import dev.newsflow.enrich.kb.KbMatch;
import dev.newsflow.enrich.kb.KnowledgeBase;
import dev.newsflow.enrich.kb.Organization;
import dev.newsflow.enrich.kb.Place;
import dev.newsflow.enrich.ner.NerModel;
import dev.newsflow.enrich.ner.NerSpan;
import dev.newsflow.model.Entity;
import dev.newsflow.model.EntityType;
import dev.newsflow.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terms → entities: the curated knowledge base first (canonical organisations with kinds and parents, places with
 * codes), then the learnt recogniser for everything the knowledge base does not know, then titles for people.
 *
 * <p>Precedence is what keeps junk out: a recognised span that overlaps a known organisation or place is dropped,
 * unless it is an organisation that strictly contains known places and ends like an organisation (陕西省铜川市人民政府),
 * so an organisation never swallows a known place (铜川市中心支行 gives 铜川市, not an organisation 铜川市中心).
 *
 * <p>Thread-safe: holds only immutable, shared models.
 */
final class EntityExtractor {
    private static final String ORG_ENDINGS = "行局厅院部会委府司所社团校馆署办处室组队军";
    private static final List<String> EVENT_ENDINGS = List.of("推进会", "座谈会", "研讨会", "发布会", "工作会", "会议",
        "论坛", "峰会", "博览会", "交易会", "年会", "例会");
    private static final List<String> PARTY_COMMITTEES = List.of("党委", "党组");
    private static final List<String> UNIT_WORDS = List.of("支行", "分行", "分局", "分公司", "营业部");

    private final KnowledgeBase kb;
    private final NerModel model;
    private final TitleFinder titles;

    EntityExtractor(KnowledgeBase kb, NerModel model) {
        this.kb = kb;
        this.model = model;
        this.titles = new TitleFinder();
    }

    /**
     * Entities of {@code text}, in order of first mention.
     *
     * @param textOffset where the article's text starts in {@code text} (after its title and a newline); mentions
     *                   before it are reported in the title, the others relative to the text
     */
    List<Entity> extract(String text, List<Term> terms, int textOffset) {
        if (text.isEmpty()) {
            return List.of();
        }
        Entities found = new Entities(textOffset);
        List<KbMatch> known = kb.scan(text);
        boolean[] knownChars = new boolean[text.length()];
        List<int[]> orgSpans = new ArrayList<>(); // [start, end, index into orgIds]
        List<String> orgIds = new ArrayList<>();
        for (KbMatch m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                knownChars[i] = true;
            }
            if (m.entry() instanceof Organization o) {
                found.organization(o, m, text);
                orgSpans.add(new int[] {m.start(), m.end(), orgIds.size()});
                orgIds.add(o.id());
                for (KbMatch part : m.parts()) {
                    if (part.entry() instanceof Place p) {
                        found.place(p, part, text);
                    }
                }
            } else if (m.entry() instanceof Place p) {
                found.place(p, m, text);
            }
        }
        List<NerSpan> spans = model.tag(text, terms);
        List<NerSpan> titleSpans = new ArrayList<>();
        List<NerSpan> persons = new ArrayList<>();
        for (NerSpan s : spans) {
            String surface = text.substring(s.start(), s.end());
            switch (s.label()) {
                case "TITLE" -> titleSpans.add(s);
                case "PER" -> {
                    if (!overlaps(knownChars, s) && plausiblePerson(surface)) {
                        persons.add(s);
                    }
                }
                case "LOC" -> {
                    if (!overlaps(knownChars, s) && surface.length() >= 2 && !partOfOrganisationName(text, s)) {
                        Optional<Place> place = kb.place(surface);
                        found.add(place.isPresent() ? place.get().id() : "place:" + surface, EntityType.PLACE,
                            place.map(Place::name).orElse(surface), surface, s.start(), s.end())
                            .place(place.orElse(null));
                    }
                }
                default -> { // ORG_GOV, ORG_COM, ORG_ORG, ORG
                    if (surface.length() >= 2 && !isEvent(surface)
                        && (!overlaps(knownChars, s) || wrapsKnownPlaces(text, s, known))) {
                        Optional<Organization> org = kb.organization(surface);
                        String id = org.map(Organization::id).orElse("org:" + surface);
                        found.add(id, EntityType.ORGANIZATION, org.map(Organization::name).orElse(surface), surface,
                            s.start(), s.end()).organization(org.orElse(null), kindOf(s.label()));
                        orgSpans.add(new int[] {s.start(), s.end(), orgIds.size()});
                        orgIds.add(id);
                    }
                }
            }
        }
        int previousEnd = -1;
        String previousOrg = null;
        for (NerSpan p : persons) {
            String name = text.substring(p.start(), p.end());
            Entities.Builder person = found.add("person:" + name, EntityType.PERSON, name, name, p.start(), p.end());
            TitleFinder.Title title = titles.find(text, p.start(), p.end(), titleSpans, orgSpans);
            String org = title == null || title.orgIndex() < 0 ? null : orgIds.get(title.orgIndex());
            if (title != null && title.before() && org == null && previousOrg != null
                && p.start() - title.text().length() == previousEnd + 1 && text.charAt(previousEnd) == '、') {
                // 人民银行行长易纲、党委书记郭树清: a list of officials shares the organisation that opens it
                org = previousOrg;
            }
            if (title != null && person.title == null) {
                person.title = title.text();
                person.org = org;
                int slash = org == null ? -1 : org.indexOf('/');
                if (slash > 0 && PARTY_COMMITTEES.contains(org.substring(slash + 1))) {
                    // 人民银行党委委员: 党委 is part of the title, the organisation is the bank itself
                    person.title = org.substring(slash + 1) + title.text();
                    person.org = org.substring(0, slash);
                }
            }
            previousEnd = p.end();
            previousOrg = org;
        }
        return found.build();
    }

    private static boolean overlaps(boolean[] knownChars, NerSpan s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (knownChars[i]) {
                return true;
            }
        }
        return false;
    }

    /** An organisation span that contains known places only, extends past them, and ends like an organisation. */
    private static boolean wrapsKnownPlaces(String text, NerSpan s, List<KbMatch> known) {
        int coveredEnd = s.start();
        for (KbMatch m : known) {
            boolean inside = m.start() >= s.start() && m.end() <= s.end();
            boolean crosses = m.start() < s.end() && m.end() > s.start() && !inside;
            if (crosses || (inside && !(m.entry() instanceof Place))) {
                return false;
            }
            if (inside) {
                coveredEnd = Math.max(coveredEnd, m.end());
            }
        }
        return s.end() - coveredEnd >= 2 && ORG_ENDINGS.indexOf(text.charAt(s.end() - 1)) >= 0
            && !text.startsWith("中心", s.end() - 2);
    }

    /** A meeting or forum is an event, not an organisation (…工作推进会, …座谈会). */
    private static boolean isEvent(String surface) {
        for (String ending : EVENT_ENDINGS) {
            if (surface.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** An unknown place right before a branch word is the head of an organisation's name (城市中心|支行). */
    private static boolean partOfOrganisationName(String text, NerSpan s) {
        for (String unit : UNIT_WORDS) {
            if (text.startsWith(unit, s.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausiblePerson(String name) {
        if (name.indexOf('·') >= 0 || name.chars().allMatch(c -> c < 128)) {
            return name.length() >= 2;
        }
        return name.length() >= 2 && name.length() <= 4;
    }

    private static String kindOf(String label) {
        return switch (label) {
            case "ORG_GOV" -> "government";
            case "ORG_COM" -> "company";
            default -> "organization";
        };
    }

    /** Entities by id, with their distinct mentions and counts, in order of first mention. */
    private static final class Entities {
        private final Map<String, Builder> byId = new LinkedHashMap<>();
        private final int textOffset;

        Entities(int textOffset) {
            this.textOffset = textOffset;
        }

        Builder add(String id, EntityType type, String name, String surface, int start, int end) {
            Builder b = byId.computeIfAbsent(id, k -> new Builder(k, type, name));
            b.mentions.putIfAbsent(surface, start >= textOffset
                ? new Mention(surface, start - textOffset, end - textOffset)
                : new Mention(surface, start, Math.min(end, textOffset - 1), Mention.TITLE));
            b.count++;
            return b;
        }

        void organization(Organization o, KbMatch m, String text) {
            add(o.id(), EntityType.ORGANIZATION, o.name(), m.surface(text), m.start(), m.end())
                .organization(o, o.kind().label());
        }

        void place(Place p, KbMatch m, String text) {
            add(p.id(), EntityType.PLACE, p.name(), m.surface(text), m.start(), m.end()).place(p);
        }

        List<Entity> build() {
            List<Entity> out = new ArrayList<>(byId.size());
            byId.values().forEach(b -> out.add(b.build()));
            return out;
        }

        static final class Builder {
            final String id;
            final EntityType type;
            final String name;
            final Map<String, Mention> mentions = new LinkedHashMap<>();
            int count;
            String kind;
            String parent;
            String title;
            String org;
            String code;
            String province;

            Builder(String id, EntityType type, String name) {
                this.id = id;
                this.type = type;
                this.name = name;
            }

            Builder organization(Organization o, String fallbackKind) {
                if (kind == null) {
                    kind = o != null ? o.kind().label() : fallbackKind;
                }
                if (o != null && parent == null) {
                    parent = o.parent();
                }
                return this;
            }

            Builder place(Place p) {
                if (p != null) {
                    code = p.code();
                    province = p.province();
                }
                return this;
            }

            Entity build() {
                return new Entity(id, type, name, new ArrayList<>(mentions.values()), count, kind, parent, title, org,
                    code, province);
            }
        }
    }
}
