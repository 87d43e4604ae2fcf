package dev.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A named entity of one article.
 *
 * @param id        canonical id: {@code org:pboc} for a known organisation, {@code place:610200} for a coded
 *                  place, else a name-based id such as {@code person:易纲}
 * @param type      PERSON, ORGANIZATION or PLACE
 * @param name      canonical name (中国人民银行 for 央行)
 * @param mentions  each distinct surface form once, at its first occurrence
 * @param count     number of occurrences in the text
 * @param kind      organisations: government | company | organization
 * @param parent    organisations: the parent's id for a sub-unit (人民银行上海总部 → org:pboc)
 * @param title     persons: the title as written (党委书记、行长)
 * @param org       persons: id of the organisation the title belongs to
 * @param code      places: six-digit GB/T 2260 code, or ISO 3166 code for countries; listed companies: the stock
 *                  code and exchange the article gives (300136.SZ, 1347.HK)
 * @param province  places: the province a Chinese place belongs to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String id,
        EntityType type,
        String name,
        List<Mention> mentions,
        int count,
        String kind,
        String parent,
        String title,
        String org,
        String code,
        String province) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
