package dev.aerobench.internal.measure;

/**
 * What one arm did in one trial.
 *
 * @param ops          operations recorded in the trial
 * @param meanNanos    mean latency, exact (NaN when {@code ops} is 0)
 * @param p99Nanos     99th percentile latency, from the trial's histogram (NaN when {@code ops} is 0)
 * @param elapsedNanos wall time from issuing the first operation to the end of the last
 */
public record TrialStats(int ops, double meanNanos, double p99Nanos, long elapsedNanos) {

    /** Throughput of the trial; NaN when no time elapsed (a fake clock that never moved). */
    public double opsPerSecond() {
        return elapsedNanos > 0 ? ops * 1e9 / elapsedNanos : Double.NaN;
    }
}
