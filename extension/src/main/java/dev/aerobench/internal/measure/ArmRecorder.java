package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Records the latencies of one arm, trial by trial, into HdrHistograms (nanoseconds, 1 ns to 1
 * hour, 3 significant digits) and summarises them as an {@link ArmResult}.
 */
final class ArmRecorder {

    /** Longer latencies are recorded as this value: an hour-long operation is broken anyway. */
    static final long HIGHEST_TRACKABLE_NANOS = TimeUnit.HOURS.toNanos(1);

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram all = newHistogram();
    private final Histogram trial = newHistogram();
    private final List<TrialStats> trials = new ArrayList<>();
    private long sumNanos;
    private long maxNanos;
    private long elapsedNanos;

    /** Records the first {@code ops} latencies of one trial; returns the trial's statistics. */
    TrialStats recordTrial(long[] latencies, int ops, long trialElapsedNanos) {
        trial.reset();
        long trialSum = 0;
        for (int i = 0; i < ops; i++) {
            long latency = Math.clamp(latencies[i], 0L, HIGHEST_TRACKABLE_NANOS);
            trial.recordValue(latency);
            trialSum += latency;
            maxNanos = Math.max(maxNanos, latency);
        }
        all.add(trial);
        sumNanos += trialSum;
        elapsedNanos += trialElapsedNanos;
        TrialStats stats = new TrialStats(ops, mean(trialSum, ops), percentile(trial, 99.0), trialElapsedNanos);
        trials.add(stats);
        return stats;
    }

    ArmResult result(Arm<?> arm) {
        long count = all.getTotalCount();
        return new ArmResult(
                arm.name(),
                arm.identity(),
                count,
                mean(sumNanos, count),
                percentile(all, 50.0),
                percentile(all, 90.0),
                percentile(all, 99.0),
                percentile(all, 99.9),
                count == 0 ? Double.NaN : maxNanos,
                elapsedNanos > 0 ? count * 1e9 / elapsedNanos : Double.NaN,
                trials);
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
