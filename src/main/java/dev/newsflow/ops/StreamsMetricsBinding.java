package dev.newsflow.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the process-wide meters to a registry: the Kafka Streams client's own metrics through Micrometer's
 * {@link KafkaStreamsMetrics} (exported as {@code kafka_stream_…}, {@code kafka_consumer_…},
 * {@code kafka_producer_…}, {@code kafka_admin_client_…}), and the JVM and process binders (memory, GC, threads,
 * class loading, processor, uptime, file descriptors).
 *
 * <p>Bind once per process after the {@link KafkaStreams} instance is built (its metrics registry exists from
 * construction; the binder picks up thread and client metrics that appear later on its own refresh).
 * {@link #close()} unbinds what can be unbound — the Kafka binder removes its meters and stops its refresh thread,
 * the GC binder stops listening — and is idempotent. Close it before or right after {@link KafkaStreams#close()}.
 *
 * <p>Thread-safe for {@link #close()}; binding happens in the factory methods.
 */
public final class StreamsMetricsBinding implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StreamsMetricsBinding.class);

    private final List<AutoCloseable> closeables;
    private boolean closed;

    private StreamsMetricsBinding(List<AutoCloseable> closeables) {
        this.closeables = closeables;
    }

    /** Binds the Kafka Streams metrics of {@code streams} and the JVM/process binders to {@code registry}. */
    public static StreamsMetricsBinding bind(KafkaStreams streams, MeterRegistry registry) {
        Objects.requireNonNull(streams, "streams");
        Objects.requireNonNull(registry, "registry");
        List<AutoCloseable> closeables = new ArrayList<>();
        KafkaStreamsMetrics kafka = new KafkaStreamsMetrics(streams, List.<Tag>of());
        kafka.bindTo(registry);
        closeables.add(kafka);
        closeables.addAll(bindJvm(registry));
        return new StreamsMetricsBinding(closeables);
    }

    /** Binds only the JVM and process binders (for commands that run no Kafka Streams client). */
    public static StreamsMetricsBinding bindJvmOnly(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new StreamsMetricsBinding(new ArrayList<>(bindJvm(registry)));
    }

    private static List<AutoCloseable> bindJvm(MeterRegistry registry) {
        List<AutoCloseable> closeables = new ArrayList<>();
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        closeables.add(gc);
        for (MeterBinder binder : List.of(new JvmMemoryMetrics(), new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics(), new FileDescriptorMetrics())) {
            binder.bindTo(registry);
        }
        return closeables;
    }

    /** Unbinds the closeable binders, in reverse order of binding; failures are logged, not thrown. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = closeables.size() - 1; i >= 0; i--) {
            try {
                closeables.get(i).close();
            } catch (Exception e) {
                log.warn("closing a metrics binder failed", e);
            }
        }
    }
}
