package dev.newsflow.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.List;

/**
 * Keeps the scrape clean for {@code promtool check metrics}: the Kafka clients and Micrometer's processor binder
 * name a few meters against Prometheus conventions (nanosecond totals such as {@code io_time_ns_total},
 * gauges ending in {@code _count}, millisecond timestamps). None of them feeds the dashboard or the alerts, and
 * renaming would misstate their units, so they are not exported.
 */
final class PrometheusLint {
    private static final List<String> NON_CONFORMING = List.of(".time.ns", "-time-ns", ".node.request.latency",
        "app.info.start.time.ms", "process.cpu.time");

    static final MeterFilter FILTER = MeterFilter.deny(id -> {
        String name = id.getName();
        if (id.getType() == Meter.Type.GAUGE && (name.endsWith(".count") || name.endsWith("-count"))) {
            return true; // a gauge exported as *_count reads as a histogram's sample count
        }
        for (String fragment : NON_CONFORMING) {
            if (name.contains(fragment)) {
                return true;
            }
        }
        return false;
    });

    private PrometheusLint() {
    }
}
