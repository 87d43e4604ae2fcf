package dev.newsflow.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of samples (durations in nanoseconds, usually). Stateless; thread-safe. */
public final class Percentiles {
    private Percentiles() {
    }

    /**
     * The nearest-rank {@code p}-th percentile: the smallest sample such that at least {@code p}% of the samples
     * are ≤ it (so p99 of 100 samples is the 99th smallest, and p100 the maximum). Sorts a copy.
     *
     * @param p in (0, 100]
     * @throws IllegalArgumentException when {@code samples} is empty or {@code p} is out of range
     */
    public static long of(long[] samples, double p) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** Nanoseconds as milliseconds, rounded to 0.01 ms (the precision worth printing). */
    public static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
