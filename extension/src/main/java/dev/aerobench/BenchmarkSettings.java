package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.Thresholds;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The settings of one benchmark test, resolved from its {@link AerospikeBenchmark} and the JUnit
 * configuration parameters by the {@link ConfigurationReader}, with the precedence
 * {@link BenchmarkConfiguration} documents, and validated: a bad value fails fast with a message
 * that names the setting and the fix. What the runner and the gate need for an operation comes
 * from here finished: {@link #plan(Operation)} and {@link #thresholds(Operation)}.
 */
record BenchmarkSettings(
        List<Operation> operations,
        int count,
        int concurrency,
        int batchSize,
        int warmup,
        int forks,
        int maxForks,
        int timeBudgetSeconds,
        int recordBins,
        int binBytes,
        double globalMinSpeedup,
        double globalMaxP99Millis,
        Map<Operation, Double> minSpeedup,
        Map<Operation, Double> maxP99Millis,
        ArmSetting candidate,
        ArmSetting baseline,
        boolean allowSameClient,
        ServerKind server,
        long seed) {

    /** A fork of scans runs {@code count / 50} scans (at least 2), its warmup {@code warmup / 50}: each reads the whole set. */
    static final int SCAN_DIVISOR = 50;

    /** One arm as configured: coordinates (or {@link AerospikeBenchmark#TEST_CLASSPATH}) or an adapter class. */
    record ArmSetting(String coordinates, Class<? extends ClientAdapter> adapterClass) {
        boolean usesAdapterClass() {
            return adapterClass != ClientAdapter.class;
        }

        @Override
        public String toString() {
            return usesAdapterClass() ? adapterClass.getName() : coordinates;
        }
    }

    /** How {@code operation} is measured: warmup, operations per fork, forks, time budget, concurrency and seed. */
    MeasurementPlan plan(Operation operation) {
        return operation == Operation.SCAN
                ? plan(warmup == 0 ? 0 : Math.max(2, warmup / SCAN_DIVISOR), Math.max(2, count / SCAN_DIVISOR))
                : plan(warmup, count);
    }

    /** How an operation the test added through its {@link BenchmarkPlan} is measured. */
    MeasurementPlan customPlan() {
        return plan(warmup, count);
    }

    private MeasurementPlan plan(int warmupOps, int opsPerFork) {
        return new MeasurementPlan(
                warmupOps, opsPerFork, forks, maxForks, Duration.ofSeconds(timeBudgetSeconds), concurrency, seed);
    }

    /** These settings with {@code seed}, e.g. the run's random seed in place of RANDOM_SEED. */
    BenchmarkSettings withSeed(long seed) {
        return new BenchmarkSettings(
                operations,
                count,
                concurrency,
                batchSize,
                warmup,
                forks,
                maxForks,
                timeBudgetSeconds,
                recordBins,
                binBytes,
                globalMinSpeedup,
                globalMaxP99Millis,
                minSpeedup,
                maxP99Millis,
                candidate,
                baseline,
                allowSameClient,
                server,
                seed);
    }

    /** What the gate requires of {@code operation}. */
    Thresholds thresholds(Operation operation) {
        return new Thresholds(minSpeedup(operation), maxP99Millis(operation));
    }

    /** What the gate requires of an operation the test added: the global thresholds. */
    Thresholds customThresholds() {
        return new Thresholds(globalMinSpeedup, globalMaxP99Millis);
    }

    double minSpeedup(Operation operation) {
        return minSpeedup.get(operation);
    }

    double maxP99Millis(Operation operation) {
        return maxP99Millis.get(operation);
    }

    static BenchmarkSettings resolve(ExtensionContext context, AerospikeBenchmark annotation) {
        ConfigurationReader reader = new ConfigurationReader(context);
        reader.refuseRemovedKeys();
        List<Operation> operations = reader.operations(annotation.operations());
        BenchmarkSettings settings = new BenchmarkSettings(
                operations,
                reader.positiveInt(BenchmarkConfiguration.COUNT, "count", annotation.count()),
                reader.positiveInt(BenchmarkConfiguration.CONCURRENCY, "concurrency", annotation.concurrency()),
                reader.positiveInt(BenchmarkConfiguration.BATCH_SIZE, "batchSize", annotation.batchSize()),
                reader.nonNegativeInt(BenchmarkConfiguration.WARMUP, "warmup", annotation.warmup()),
                reader.atLeast(
                        BenchmarkConfiguration.FORKS, "forks", annotation.forks(), 2, "an interval needs two forks"),
                reader.atLeast(
                        BenchmarkConfiguration.MAX_FORKS,
                        "maxForks",
                        annotation.maxForks(),
                        2,
                        "an interval needs two forks"),
                reader.positiveInt(
                        BenchmarkConfiguration.TIME_BUDGET_SECONDS,
                        "timeBudgetSeconds",
                        annotation.timeBudgetSeconds()),
                reader.nonNegativeInt(BenchmarkConfiguration.RECORD_BINS, "recordBins", annotation.recordBins()),
                reader.positiveInt(BenchmarkConfiguration.BIN_BYTES, "binBytes", annotation.binBytes()),
                reader.threshold(
                        BenchmarkConfiguration.MIN_SPEEDUP,
                        "minSpeedup",
                        annotation.minSpeedup(),
                        AerospikeBenchmark.NO_MIN_SPEEDUP),
                reader.threshold(
                        BenchmarkConfiguration.MAX_P99_MILLIS,
                        "maxP99Millis",
                        annotation.maxP99Millis(),
                        AerospikeBenchmark.NO_MAX_P99),
                reader.thresholds(
                        annotation,
                        BenchmarkConfiguration.MIN_SPEEDUP,
                        "minSpeedup",
                        AerospikeBenchmark::minSpeedup,
                        AerospikeBenchmark.Threshold::minSpeedup,
                        AerospikeBenchmark.NO_MIN_SPEEDUP),
                reader.thresholds(
                        annotation,
                        BenchmarkConfiguration.MAX_P99_MILLIS,
                        "maxP99Millis",
                        AerospikeBenchmark::maxP99Millis,
                        AerospikeBenchmark.Threshold::maxP99Millis,
                        AerospikeBenchmark.NO_MAX_P99),
                reader.arm(BenchmarkConfiguration.CANDIDATE, annotation.candidate(), annotation.candidateAdapter()),
                reader.arm(BenchmarkConfiguration.BASELINE, annotation.baseline(), annotation.baselineAdapter()),
                reader.bool(BenchmarkConfiguration.ALLOW_SAME_CLIENT, annotation.allowSameClient()),
                reader.serverKind(annotation.server()),
                reader.seed(annotation.seed()));
        if (settings.maxForks() < settings.forks()) {
            throw reader.error(
                    "must have maxForks >= forks but maxForks is " + settings.maxForks() + " and forks "
                            + settings.forks(),
                    "Set maxForks to at least forks.");
        }
        return settings;
    }
}
