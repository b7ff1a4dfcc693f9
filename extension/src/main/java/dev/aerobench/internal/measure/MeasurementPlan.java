package dev.aerobench.internal.measure;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.Mode;
import java.time.Duration;

/**
 * How much to measure. Per operation: both arms warm up with {@code warmupOps} unrecorded
 * operations, interleaved in blocks; then forks follow — each a pair of freshly opened clients
 * (the first fork uses the test's own), warmed up briefly and then running {@code opsPerFork}
 * recorded operations per arm in {@link #BLOCKS_PER_FORK} short blocks that alternate between the
 * arms in random order — until the gate decides, at most {@code maxForks} forks or, once at least
 * {@code minForks} ran, until {@code budget} is spent.
 *
 * <p>Start from {@link #defaults()} and change what you need:
 * {@code MeasurementPlan.defaults().withOpsPerFork(5000).withBudget(Duration.ofSeconds(60))}.
 *
 * @param warmupOps   operations each arm runs before the first fork, not recorded (0 for none)
 * @param opsPerFork  operations each arm runs and records per fork (the seed suite's count: 1000)
 * @param minForks    forks before the first decision; at least 2 (an interval needs two)
 * @param maxForks    forks at most
 * @param budget      time after which an undecided measurement stops, INCONCLUSIVE
 * @param concurrency operations in flight in {@link Mode#ASYNC_CONCURRENT} (ignored by the others)
 * @param seed        seed of the arms' order in each block pair, so the order of a run is repeatable
 */
public record MeasurementPlan(
        int warmupOps, int opsPerFork, int minForks, int maxForks, Duration budget, int concurrency, long seed) {

    /** Default {@link #warmupOps()}: the annotation's, {@value}. */
    public static final int DEFAULT_WARMUP_OPS = AerospikeBenchmark.DEFAULT_WARMUP;
    /** Default {@link #opsPerFork()}: the annotation's count, {@value}, as in the seed suite. */
    public static final int DEFAULT_OPS_PER_FORK = AerospikeBenchmark.DEFAULT_COUNT;
    /** Default {@link #minForks()}: the annotation's, {@value}. */
    public static final int DEFAULT_MIN_FORKS = AerospikeBenchmark.DEFAULT_FORKS;
    /** Default {@link #maxForks()}: the annotation's, {@value}. */
    public static final int DEFAULT_MAX_FORKS = AerospikeBenchmark.DEFAULT_MAX_FORKS;
    /** Default {@link #budget()}: the annotation's. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(AerospikeBenchmark.DEFAULT_TIME_BUDGET_SECONDS);
    /** Default {@link #concurrency()}: the annotation's, {@value}, as in the seed suite. */
    public static final int DEFAULT_CONCURRENCY = AerospikeBenchmark.DEFAULT_CONCURRENCY;
    /**
     * Default {@link #seed()}: a fixed one, {@value}, so direct use is repeatable; the extension
     * always passes the configured (or a random) seed.
     */
    public static final long DEFAULT_SEED = 42L;

    /** A fork's operations per arm come in this many blocks per arm (fewer when blocks are at their minimum). */
    public static final int BLOCKS_PER_FORK = 10;
    /** The confidence of the whole sequential procedure (see {@link LookSchedule}). */
    public static final double CONFIDENCE = 0.95;

    public MeasurementPlan {
        requireAtLeast("warmupOps", warmupOps, 0, "the number of unrecorded operations before measuring");
        requireAtLeast("opsPerFork", opsPerFork, 1, "the number of operations each arm runs per fork");
        requireAtLeast("minForks", minForks, 2, "the forks before the first decision (an interval needs two)");
        requireAtLeast("maxForks", maxForks, minForks, "at least minForks");
        requireAtLeast("concurrency", concurrency, 1, "the number of async operations in flight");
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("MeasurementPlan: budget must be a positive duration but was " + budget
                    + "; set it to the time an undecided measurement may take, e.g. 30 s");
        }
    }

    /** Every setting at its default. */
    public static MeasurementPlan defaults() {
        return new MeasurementPlan(
                DEFAULT_WARMUP_OPS,
                DEFAULT_OPS_PER_FORK,
                DEFAULT_MIN_FORKS,
                DEFAULT_MAX_FORKS,
                DEFAULT_BUDGET,
                DEFAULT_CONCURRENCY,
                DEFAULT_SEED);
    }

    /**
     * Operations per block in {@code mode}: a tenth of a fork's, so slow phases of the machine fall
     * on both arms; with several operations in flight at least twice the window, so a block is more
     * than filling and draining it.
     */
    public int blockOps(Mode mode) {
        int tenth = Math.max(1, Math.ceilDiv(opsPerFork, BLOCKS_PER_FORK));
        int least = mode == Mode.ASYNC_CONCURRENT ? 2 * concurrency : 1;
        return Math.min(opsPerFork, Math.max(tenth, least));
    }

    /**
     * Unrecorded operations per arm at the start of each fork after the first: a fresh client opens
     * its connections and starts its threads (the JIT is warm by then: the classes are the same).
     */
    public int forkWarmupOps(Mode mode) {
        return Math.min(warmupOps, 2 * blockOps(mode));
    }

    /** When the gate looks, at {@link #CONFIDENCE} for the whole procedure. */
    public LookSchedule lookSchedule() {
        return new LookSchedule(minForks, maxForks, CONFIDENCE);
    }

    public MeasurementPlan withWarmupOps(int value) {
        return new MeasurementPlan(value, opsPerFork, minForks, maxForks, budget, concurrency, seed);
    }

    public MeasurementPlan withOpsPerFork(int value) {
        return new MeasurementPlan(warmupOps, value, minForks, maxForks, budget, concurrency, seed);
    }

    public MeasurementPlan withForks(int min, int max) {
        return new MeasurementPlan(warmupOps, opsPerFork, min, max, budget, concurrency, seed);
    }

    public MeasurementPlan withBudget(Duration value) {
        return new MeasurementPlan(warmupOps, opsPerFork, minForks, maxForks, value, concurrency, seed);
    }

    public MeasurementPlan withConcurrency(int value) {
        return new MeasurementPlan(warmupOps, opsPerFork, minForks, maxForks, budget, value, seed);
    }

    public MeasurementPlan withSeed(long value) {
        return new MeasurementPlan(warmupOps, opsPerFork, minForks, maxForks, budget, concurrency, value);
    }

    private static void requireAtLeast(String setting, int value, int minimum, String meaning) {
        if (value < minimum) {
            throw new IllegalArgumentException(String.format(
                    "MeasurementPlan: %s must be at least %d but was %d; set it to %s",
                    setting, minimum, value, meaning));
        }
    }
}
