/**
 * The benchmark behind {@code ./newsflow bench}: generated or real posts, timed through the recogniser alone
 * ({@code limit}), the in-process pipeline ({@code bare}), the real Kafka Streams topology on an in-JVM broker
 * ({@code endToEnd}, {@code paced}), with per-stage times and peak heap, reported as a table and as JSON.
 * Nothing here asserts a speed: the figures are printed and written for people (and CI) to judge.
 */
package dev.newsflow.bench;
