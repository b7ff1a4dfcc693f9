package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Records the latencies of one arm, block by block and fork by fork, into HdrHistograms
 * (nanoseconds, 1 ns to 1 hour, 3 significant digits) and summarises them as an {@link ArmResult}.
 */
final class ArmRecorder {

    /** Longer latencies are recorded as this value: an hour-long operation is broken anyway. */
    static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.HOURS.toNanos(1);

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram all = newHistogram();
    private final Histogram fork = newHistogram();
    private final List<ForkStats> forks = new ArrayList<>();
    private long sumNanos;
    private long maxNanos;
    private long elapsedNanos;
    private long forkSumNanos;
    private long forkElapsedNanos;

    /** Records the first {@code ops} latencies of one block of the current fork. */
    void recordBlock(long[] latencies, int ops, long blockElapsedNanos) {
        for (int i = 0; i < ops; i++) {
            long latency = Math.clamp(latencies[i], 0L, HIGHEST_TRACKABLE_NANOS);
            fork.recordValue(latency);
            forkSumNanos += latency;
            maxNanos = Math.max(maxNanos, latency);
        }
        forkElapsedNanos += blockElapsedNanos;
    }

    /** Ends the current fork and returns its statistics; the next block starts a new fork. */
    ForkStats endFork() {
        long ops = fork.getTotalCount();
        ForkStats stats = new ForkStats((int) ops, mean(forkSumNanos, ops), percentile(fork, 99.0), forkElapsedNanos);
        all.add(fork);
        sumNanos += forkSumNanos;
        elapsedNanos += forkElapsedNanos;
        forks.add(stats);
        fork.reset();
        forkSumNanos = 0;
        forkElapsedNanos = 0;
        return stats;
    }

    ArmResult result(String name, String identity) {
        long count = all.getTotalCount();
        return new ArmResult(
                name,
                identity,
                count,
                mean(sumNanos, count),
                percentile(all, 50.0),
                percentile(all, 90.0),
                percentile(all, 99.0),
                percentile(all, 99.9),
                count == 0 ? Double.NaN : maxNanos,
                elapsedNanos > 0 ? count * 1e9 / elapsedNanos : Double.NaN,
                forks,
                LatencyDistribution.of(all));
    }

    private static double mean(long sum, long count) {
        return count == 0 ? Double.NaN : (double) sum / count;
    }

    private static double percentile(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile);
    }

    private static Histogram newHistogram() {
        return new Histogram(1, HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);
    }
}
