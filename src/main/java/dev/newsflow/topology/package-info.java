/**
 * The Kafka Streams topology: pure wiring of the pipeline function to topics and serdes, with failures routed to
 * the dead-letter topic through Kafka Streams' own processing-exception handler and dead-letter-queue support
 * (KIP-1033/1034) rather than a home-made branch. The only package that sees {@code KStream}.
 */
package dev.newsflow.topology;
