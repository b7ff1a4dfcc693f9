package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Objects;

/**
 * The comparison of two arms for one operation in one mode: the immutable result the gate judges
 * and the reports print.
 *
 * @param operation         operation name as given to the runner (e.g. {@code get})
 * @param mode              how operations were issued
 * @param plan              what was measured
 * @param candidate         the arm under test
 * @param baseline          the arm it is compared with
 * @param speedup           baseline mean latency ÷ candidate mean latency (above 1: candidate is
 *                          faster), with a bootstrap 95% interval over trial means
 * @param candidateP99Nanos the candidate's typical p99: mean of its trial p99s, with a bootstrap 95%
 *                          interval over them (see {@link #of})
 */
public record OperationResult(
        String operation,
        Mode mode,
        MeasurementPlan plan,
        ArmResult candidate,
        ArmResult baseline,
        Estimate speedup,
        Estimate candidateP99Nanos) {

    public OperationResult {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(speedup, "speedup");
        Objects.requireNonNull(candidateP99Nanos, "candidateP99Nanos");
    }

    /**
     * Compares two measured arms. The speedup is the ratio of mean latencies; its interval comes
     * from resampling trials, each with both arms' means (a paired percentile bootstrap, seeded by
     * the plan): the arms of a trial run back to back, so what the machine does to a trial it does
     * to both. The p99 interval resamples the candidate's trial p99s: a p99 over all operations has
     * no honest interval of its own (its operations are not independent), whereas each trial's p99
     * is one repeatable observation, so the interval says where a trial's p99 typically lies, and
     * the point estimate is their mean (close to, but not the same as, {@link ArmResult#p99Nanos()}).
     */
    public static OperationResult of(
            String operation, Mode mode, MeasurementPlan plan, ArmResult candidate, ArmResult baseline) {
        Bootstrap bootstrap = new Bootstrap(plan.seed() ^ key(operation, mode).hashCode());
        Estimate speedup = new Estimate(
                baseline.meanNanos() / candidate.meanNanos(),
                bootstrap.pairedRatioOfMeans(baseline.trialMeansNanos(), candidate.trialMeansNanos()));
        double[] p99s = candidate.trialP99sNanos();
        Estimate p99 = new Estimate(Bootstrap.average(p99s), bootstrap.meanInterval(p99s));
        return new OperationResult(operation, mode, plan, candidate, baseline, speedup, p99);
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
