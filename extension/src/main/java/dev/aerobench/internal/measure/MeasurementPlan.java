package dev.aerobench.internal.measure;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.Mode;

/**
 * How much to measure: per arm, {@code warmupOps} unrecorded operations, then {@code trials}
 * rounds of {@code opsPerTrial} recorded operations each.
 *
 * <p>Start from {@link #defaults()} and change what you need:
 * {@code MeasurementPlan.defaults().withOpsPerTrial(5000).withTrials(10)}.
 *
 * @param warmupOps   operations each arm runs before measuring, not recorded (0 for none)
 * @param opsPerTrial operations each arm runs per trial (the seed suite's default: 1000)
 * @param trials      rounds; confidence intervals need at least 2
 * @param concurrency operations in flight in {@link Mode#ASYNC_CONCURRENT} (ignored by the others)
 * @param seed        seed of every random choice (arm order, bootstrap), so runs are repeatable
 */
public record MeasurementPlan(int warmupOps, int opsPerTrial, int trials, int concurrency, long seed) {

    /** Default {@link #warmupOps()}: the annotation's, {@value}. */
    public static final int DEFAULT_WARMUP_OPS = AerospikeBenchmark.DEFAULT_WARMUP;
    /** Default {@link #opsPerTrial()}: the annotation's count, {@value}. */
    public static final int DEFAULT_OPS_PER_TRIAL = AerospikeBenchmark.DEFAULT_COUNT;
    /**
     * Default {@link #trials()}: {@value}, fewer than the annotation's, for a quick plan in direct
     * use; the extension always passes the configured number.
     */
    public static final int DEFAULT_TRIALS = 5;
    /** Default {@link #concurrency()}: the annotation's, {@value}. */
    public static final int DEFAULT_CONCURRENCY = AerospikeBenchmark.DEFAULT_CONCURRENCY;
    /**
     * Default {@link #seed()}: a fixed one, {@value}, so direct use is repeatable; the extension
     * always passes the configured (or a random) seed.
     */
    public static final long DEFAULT_SEED = 42L;

    public MeasurementPlan {
        requireAtLeast("warmupOps", warmupOps, 0, "the number of unrecorded operations before measuring");
        requireAtLeast("opsPerTrial", opsPerTrial, 1, "the number of operations each arm runs per trial");
        requireAtLeast("trials", trials, 1, "the number of measured rounds (at least 2 for confidence intervals)");
        requireAtLeast("concurrency", concurrency, 1, "the number of async operations in flight");
    }

    /** Every setting at its default. */
    public static MeasurementPlan defaults() {
        return new MeasurementPlan(
                DEFAULT_WARMUP_OPS, DEFAULT_OPS_PER_TRIAL, DEFAULT_TRIALS, DEFAULT_CONCURRENCY, DEFAULT_SEED);
    }

    public MeasurementPlan withWarmupOps(int value) {
        return new MeasurementPlan(value, opsPerTrial, trials, concurrency, seed);
    }

    public MeasurementPlan withOpsPerTrial(int value) {
        return new MeasurementPlan(warmupOps, value, trials, concurrency, seed);
    }

    public MeasurementPlan withTrials(int value) {
        return new MeasurementPlan(warmupOps, opsPerTrial, value, concurrency, seed);
    }

    public MeasurementPlan withConcurrency(int value) {
        return new MeasurementPlan(warmupOps, opsPerTrial, trials, value, seed);
    }

    public MeasurementPlan withSeed(long value) {
        return new MeasurementPlan(warmupOps, opsPerTrial, trials, concurrency, value);
    }

    private static void requireAtLeast(String setting, int value, int minimum, String meaning) {
        if (value < minimum) {
            throw new IllegalArgumentException(String.format(
                    "MeasurementPlan: %s must be at least %d but was %d; set it to %s",
                    setting, minimum, value, meaning));
        }
    }
}
