package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Locale;

/**
 * What the measuring itself costs: the {@link Mode#SYNC} loop of the runner driving a workload that
 * does nothing. Compare it with the latencies measured: an operation of 100 µs is not disturbed by
 * a harness of 30 ns.
 *
 * @param ops                  operations in the measured run
 * @param nanosPerOperation    elapsed time of the run divided by its operations: the full cost of
 *                             measuring one operation (two clock readings, the call, one store)
 * @param meanRecordedNanos    mean latency recorded for the empty operation: the floor under every
 *                             recorded latency (about one clock reading)
 */
public record HarnessOverhead(int ops, double nanosPerOperation, double meanRecordedNanos) {

    /** Operations per measurement by {@link #measure()}. */
    public static final int DEFAULT_OPS = 1_000_000;

    /** Measures on the system clock with {@value #DEFAULT_OPS} operations, after a warmup. */
    public static HarnessOverhead measure() {
        return measure(DEFAULT_OPS, NanoClock.system());
    }

    /**
     * Measures with {@code clock}. The loop first runs three different empty workloads, so that the
     * workload call is as polymorphic as in a real run (where many operations and arms share it)
     * and the JIT cannot make the measured call vanish.
     */
    static HarnessOverhead measure(int ops, NanoClock clock) {
        long[] latencies = new long[ops];
        Workload.Sync[] empties = {index -> {}, index -> {}, index -> {}};
        for (Workload.Sync empty : empties) {
            new SyncDriver(empty, clock, "harness warmup").run(latencies, ops);
        }
        long elapsed = new SyncDriver(empties[0], clock, "harness overhead").run(latencies, ops);
        long recorded = 0;
        for (long latency : latencies) {
            recorded += latency;
        }
        return new HarnessOverhead(ops, (double) elapsed / ops, (double) recorded / ops);
    }

    /** One line for people, e.g. {@code harness overhead: 31.2 ns per operation (recorded floor 18.4 ns)}. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "harness overhead: %.1f ns per operation (recorded floor %.1f ns, %d ops)",
                nanosPerOperation,
                meanRecordedNanos,
                ops);
    }
}
