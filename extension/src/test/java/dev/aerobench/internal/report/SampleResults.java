package dev.aerobench.internal.report;

import dev.aerobench.Mode;
import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkEstimates;
import dev.aerobench.internal.measure.ForkStats;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.Interval;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.OperationResult;
import dev.aerobench.internal.measure.RegressionGate;
import dev.aerobench.internal.measure.Thresholds;
import java.time.Duration;
import java.util.List;

/**
 * Hand-made results covering what the formats must handle: a pass, a failure, an async mode, and
 * undefined numbers from a single fork.
 */
final class SampleResults {

    static final Thresholds THRESHOLDS = new Thresholds(1.0, 2.0);
    static final RegressionGate GATE = new RegressionGate(THRESHOLDS);
    private static final MeasurementPlan PLAN = new MeasurementPlan(100, 1000, 2, 60, Duration.ofSeconds(30), 50, 42);

    private SampleResults() {}

    static List<GateOutcome> outcomes() {
        return List.of(put(), getAsyncConcurrent(), scanSingleFork());
    }

    /** Candidate clearly faster: PASS. */
    static GateOutcome put() {
        ArmResult candidate = new ArmResult(
                "jdk21",
                "aerospike-client-jdk21 9.0.4",
                2000,
                312_000,
                298_000,
                401_000,
                902_000,
                1_400_000,
                3_100_000,
                3205.1,
                List.of(
                        new ForkStats(1000, 310_000, 880_000, 312_000_000),
                        new ForkStats(1000, 314_000, 924_000, 312_040_000)));
        ArmResult baseline = new ArmResult(
                "jdk8",
                "aerospike-client-jdk8 9.2.0",
                2000,
                587_000,
                560_000,
                700_000,
                1_250_000,
                2_000_000,
                4_750_000,
                1703.6,
                List.of(
                        new ForkStats(1000, 580_000, 1_200_000, 587_000_000),
                        new ForkStats(1000, 594_000, 1_300_000, 587_020_000)));
        OperationResult result = new OperationResult(
                "put",
                Mode.SYNC,
                PLAN,
                candidate,
                baseline,
                estimates(
                        new Estimate(1.881, new Interval(1.85, 1.91)),
                        new Estimate(902_000, new Interval(880_000, 924_000)),
                        2),
                1,
                1_250_000_000L);
        return judged(result);
    }

    /** Candidate slower, the whole interval below the line: FAIL. */
    static GateOutcome getAsyncConcurrent() {
        return judged(getResult(0.8929, 0.85, 0.95, 150_000, 168_000));
    }

    private static OperationResult getResult(
            double speedup, double low, double high, long candidateMean, long baselineMean) {
        ArmResult candidate = new ArmResult(
                "jdk21",
                "aerospike-client-jdk21 9.0.4",
                2000,
                candidateMean,
                150_000,
                170_000,
                250_000,
                400_000,
                1_000_000,
                40_000.5,
                List.of(
                        new ForkStats(1000, candidateMean, 245_000, 25_000_000),
                        new ForkStats(1000, candidateMean, 255_000, 25_000_000)));
        ArmResult baseline = new ArmResult(
                "jdk8",
                "aerospike-client-jdk8 9.2.0",
                2000,
                baselineMean,
                130_000,
                160_000,
                230_000,
                380_000,
                900_000,
                44_800,
                List.of(
                        new ForkStats(1000, baselineMean, 230_000, 22_321_429),
                        new ForkStats(1000, baselineMean, 230_000, 22_321_429)));
        return new OperationResult(
                "get",
                Mode.ASYNC_CONCURRENT,
                PLAN,
                candidate,
                baseline,
                estimates(
                        new Estimate(speedup, new Interval(low, high)),
                        new Estimate(250_000, new Interval(245_000, 255_000)),
                        2),
                2,
                2_500_000_000L);
    }

    /** One fork, no elapsed time on the baseline: intervals and throughput are undefined. */
    static GateOutcome scanSingleFork() {
        MeasurementPlan plan = PLAN;
        ArmResult candidate = new ArmResult(
                "jdk21",
                "aerospike-client-jdk21 9.0.4",
                1000,
                12_000,
                11_000,
                13_000,
                20_000,
                25_000,
                31_000,
                83_333.3,
                List.of(new ForkStats(1000, 12_000, 20_000, 12_000_000)));
        ArmResult baseline = new ArmResult(
                "jdk8",
                "aerospike-client-jdk8 9.2.0",
                1000,
                31_000,
                30_000,
                33_000,
                40_000,
                Double.NaN,
                52_000,
                Double.NaN,
                List.of(new ForkStats(1000, 31_000, 40_000, 0)));
        OperationResult result = new OperationResult(
                "scan",
                Mode.SYNC,
                plan,
                candidate,
                baseline,
                estimates(
                        new Estimate(31_000.0 / 12_000, Interval.UNDEFINED),
                        new Estimate(20_000, Interval.UNDEFINED),
                        1),
                1,
                40_000_000L);
        return judged(result);
    }

    private static ForkEstimates estimates(Estimate speedup, Estimate p99, int forks) {
        return new ForkEstimates(speedup, p99, 0.99, forks);
    }

    private static GateOutcome judged(OperationResult result) {
        return new GateOutcome(GATE.judge(result), result, THRESHOLDS);
    }
}
