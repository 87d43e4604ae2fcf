package dev.newsflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak heap of this JVM while it runs: a daemon thread samples the used heap every few milliseconds (what a
 * monitoring system would see), and the heap pools' own peak counters give an upper bound (their peaks need not
 * coincide). Start once, read at the end; thread-safe.
 */
public final class HeapSampler implements AutoCloseable {
    private static final long PERIOD_MS = 10;

    private final Thread thread;
    private volatile long peakUsed;
    private volatile boolean running = true;

    private HeapSampler() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        this.thread = new Thread(this::sample, "bench-heap-sampler");
        this.thread.setDaemon(true);
    }

    /** Resets the pools' peaks and starts sampling. */
    public static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used > peakUsed) {
                peakUsed = used;
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest used heap sampled so far, in bytes. */
    public long peakSampledBytes() {
        return peakUsed;
    }

    /** The sum of the heap pools' peak usage since start, in bytes: an upper bound of the true peak. */
    public long poolPeakSumBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** The heap limit (-Xmx), in bytes, or -1 when undefined. */
    public static long maxBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
