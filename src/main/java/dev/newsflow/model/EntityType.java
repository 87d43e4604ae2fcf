package dev.newsflow.model;

/** Entity classes the enricher emits. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE
}
