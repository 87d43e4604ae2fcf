package dev.newsflow.enrich.kb;

/**
 * An entry of the knowledge base: an {@link Organization} or a {@link Place}. Immutable and safe to share.
 */
public sealed interface KbEntry permits Organization, Place {

    /** Stable id: {@code org:pboc}, {@code place:610200}, {@code place:US}, {@code place:new-york}. */
    String id();

    /** Canonical name (中国人民银行 for 央行, 铜川市 for 铜川). */
    String name();
}
