/**
 * Operating the pipeline: {@link dev.newsflow.ops.PipelineMetrics} (the pipeline's own Micrometer meters),
 * {@link dev.newsflow.ops.StreamsMetricsBinding} (Kafka Streams client, JVM and process meters) and
 * {@link dev.newsflow.ops.OpsServer} (one HTTP port serving {@code /metrics}, {@code /health/live} and
 * {@code /health/ready}). Depends on the model, the pipeline's observer interface, Micrometer, the Kafka Streams
 * client API and the JDK HTTP server; nothing here knows the topology or the CLI.
 */
package dev.newsflow.ops;
