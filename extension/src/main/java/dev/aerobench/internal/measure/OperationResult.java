package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Objects;

/**
 * The comparison of two arms for one operation in one mode: the immutable result the gate judges
 * and the reports print.
 *
 * @param operation    operation name as given to the runner (e.g. {@code get})
 * @param mode         how operations were issued
 * @param plan         what was to be measured
 * @param candidate    the arm under test, over all its forks
 * @param baseline     the arm it is compared with
 * @param estimates    speedup and candidate p99 with their intervals over forks, as of the last look
 *                     (see {@link ForkEstimates}, {@link LookSchedule})
 * @param looks        how many times the gate looked before it stopped
 * @param elapsedNanos wall-clock time from the first fork to the decision
 */
public record OperationResult(
        String operation,
        Mode mode,
        MeasurementPlan plan,
        ArmResult candidate,
        ArmResult baseline,
        ForkEstimates estimates,
        int looks,
        long elapsedNanos) {

    public OperationResult {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(estimates, "estimates");
    }

    /** Baseline mean latency ÷ candidate mean latency (above 1: candidate is faster), with its interval. */
    public Estimate speedup() {
        return estimates.speedup();
    }

    /** The candidate's typical p99 in nanoseconds, with its interval. */
    public Estimate candidateP99Nanos() {
        return estimates.candidateP99Nanos();
    }

    /** How many forks (client pairs) the result rests on. */
    public int forks() {
        return estimates.forks();
    }

    /**
     * What the measurement resolves: half the speedup interval's width relative to the speedup, e.g.
     * 0.021 when a change of about 2.1% is the smallest it could tell from none. NaN when undefined.
     */
    public double resolution() {
        return estimates.resolution();
    }

    /** Candidate ops/s ÷ baseline ops/s (above 1: candidate has more throughput). */
    public double throughputRatio() {
        return candidate.opsPerSecond() / baseline.opsPerSecond();
    }

    /**
     * Identifier for report keys: the operation name in {@link Mode#SYNC}, else suffixed with the
     * mode, e.g. {@code get_async_concurrent}, so one operation measured in several modes stays
     * distinct.
     */
    public String key() {
        return key(operation, mode);
    }

    /** Name for tables: {@code get}, or {@code get (async conc)} outside {@link Mode#SYNC}. */
    public String label() {
        return mode == Mode.SYNC ? operation : operation + " (" + mode.label() + ")";
    }

    private static String key(String operation, Mode mode) {
        return mode == Mode.SYNC ? operation : operation + "_" + mode.id();
    }
}
