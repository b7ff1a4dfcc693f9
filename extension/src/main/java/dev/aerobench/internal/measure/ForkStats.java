package dev.aerobench.internal.measure;

/**
 * What one arm did in one fork.
 *
 * @param ops          operations recorded in the fork
 * @param meanNanos    mean latency, exact (NaN when {@code ops} is 0)
 * @param p99Nanos     99th percentile latency, from the fork's histogram (NaN when {@code ops} is 0)
 * @param elapsedNanos time spent in the arm's blocks, from each block's first operation to its last
 */
public record ForkStats(int ops, double meanNanos, double p99Nanos, long elapsedNanos) {

    /** Throughput of the fork; NaN when no time elapsed (a fake clock that never moved). */
    public double opsPerSecond() {
        return elapsedNanos > 0 ? ops * 1e9 / elapsedNanos : Double.NaN;
    }
}
