package dev.newsflow.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * A warm-up that lasts until the JIT compilers are nearly idle rather than a fixed number of articles.
 *
 * <p>Why: on two cores a C2 compiler thread competes with the code being measured. The Kafka phases start a broker,
 * producers and consumers whose code has never run in this JVM, and profiling showed the compiler busy for about
 * 25 seconds after the first record (a whole core for the first 10), which is most of a 3,000-article endToEnd
 * phase. A fixed warm-up of a few hundred articles measured the JIT, not the pipeline a deployment runs for hours.
 *
 * <p>How: rounds of warm-up work run until one round's compile time (all compiler threads, from
 * {@link CompilationMXBean#getTotalCompilationTime()}) is below {@link #SETTLED_SHARE} of its wall time, or the
 * limit is reached; either way the figures say how long it took and how busy the compiler still was.
 */
final class JitWarmup {

    /** Compiler time per wall time of one round below which the JIT counts as settled. */
    static final double SETTLED_SHARE = 0.05;

    /** One round of warm-up work. */
    @FunctionalInterface
    interface Round {
        void run() throws InterruptedException;
    }

    /**
     * @param rounds        rounds run
     * @param seconds       wall time of all rounds
     * @param compilerShare compile time over wall time in the last round (0 to 1 per compiler thread; -1 when the
     *                      JVM does not report compile time)
     * @param settled       whether the last round was below {@link #SETTLED_SHARE}
     */
    record Result(int rounds, double seconds, double compilerShare, boolean settled) {
    }

    private JitWarmup() {
    }

    /** Runs at least {@code minRounds} rounds, then more until settled, at most {@code maxRounds} or {@code limit}. */
    static Result run(int minRounds, int maxRounds, Duration limit, Round round) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int rounds = 0;
        double share = -1;
        while (true) {
            long compileStart = compileMillis();
            long roundStart = System.nanoTime();
            round.run();
            rounds++;
            double wallMillis = Math.max(1e-3, (System.nanoTime() - roundStart) / 1e6);
            share = compileStart < 0 ? -1 : (compileMillis() - compileStart) / wallMillis;
            boolean settled = share < SETTLED_SHARE;
            if (rounds >= minRounds && (settled || rounds >= maxRounds || System.nanoTime() >= deadline)) {
                return new Result(rounds, (System.nanoTime() - start) / 1e9, share, settled);
            }
        }
    }

    /** Total JIT compile time so far in milliseconds, or -1 when the JVM does not report it. */
    static long compileMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }
}
