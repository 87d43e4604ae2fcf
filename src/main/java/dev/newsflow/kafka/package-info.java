/**
 * Kafka glue with no pipeline logic: the topic catalogue read from {@code topics/*.yaml} (one source of truth for
 * code, {@code topics apply} and the Helm chart), JSON serdes, configuration with documented precedence, and an
 * embedded single-node KRaft broker for {@code demo}, benchmarks and tests.
 */
package dev.newsflow.kafka;
