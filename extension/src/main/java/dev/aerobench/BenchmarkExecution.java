package dev.aerobench;

import dev.aerobench.measure.Arm;
import dev.aerobench.measure.BenchmarkRunner;
import dev.aerobench.measure.GateOutcome;
import dev.aerobench.measure.MeasurementPlan;
import dev.aerobench.measure.Mode;
import dev.aerobench.measure.OperationResult;
import dev.aerobench.measure.RegressionGate;
import dev.aerobench.measure.Thresholds;
import dev.aerobench.measure.Workload;
import dev.aerobench.report.ResultFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the measurements of one benchmark test after its body: seeds both arms' data, measures
 * each operation (built-in, then the test's own) with the runner, judges it with the gate
 * (confirming a failure once, with both clients opened anew), prints the tables, and always
 * removes the data it wrote.
 */
final class BenchmarkExecution {

    private final BenchmarkSettings settings;
    private final BenchmarkServer server;
    private final ArmData candidate;
    private final ArmData baseline;
    private final Supplier<TestRun.FreshArms> freshArms;
    private final List<CustomOperation> customOperations;
    private final PrintStream out;

    BenchmarkExecution(
            BenchmarkSettings settings,
            BenchmarkServer server,
            ArmData candidate,
            ArmData baseline,
            Supplier<TestRun.FreshArms> freshArms,
            List<CustomOperation> customOperations,
            PrintStream out) {
        this.settings = settings;
        this.server = server;
        this.candidate = candidate;
        this.baseline = baseline;
        this.freshArms = freshArms;
        this.customOperations = customOperations;
        this.out = out;
    }

    /** Measures everything and returns one outcome per operation, in order; cleans up whatever happens. */
    List<GateOutcome> run() {
        List<GateOutcome> outcomes;
        try {
            outcomes = measureAll();
        } catch (RuntimeException | Error failure) {
            try {
                cleanUp();
            } catch (RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            throw failure;
        }
        cleanUp();
        return outcomes;
    }

    private List<GateOutcome> measureAll() {
        candidate.seed();
        baseline.seed();
        List<GateOutcome> outcomes = new ArrayList<>();
        for (Operation operation : settings.operations()) {
            outcomes.add(measure(
                    operation.label(),
                    operation.mode(),
                    thresholds(settings.minSpeedup(operation), settings.maxP99Millis(operation)),
                    OperationWorkloads.opsPerTrial(operation, settings.count()),
                    arm -> OperationWorkloads.of(operation, arm)));
        }
        for (CustomOperation custom : customOperations) {
            outcomes.add(measure(
                    custom.name(),
                    custom.mode(),
                    thresholds(settings.globalMinSpeedup(), settings.globalMaxP99Millis()),
                    settings.count(),
                    arm -> OperationWorkloads.custom(custom, arm)));
        }
        return outcomes;
    }

    private GateOutcome measure(
            String name, Mode mode, Thresholds thresholds, int opsPerTrial, Function<ArmData, Workload> workload) {
        MeasurementPlan plan = new MeasurementPlan(
                Math.min(settings.warmup(), opsPerTrial),
                opsPerTrial,
                settings.trials(),
                settings.concurrency(),
                settings.seed());
        BenchmarkRunner runner = new BenchmarkRunner(plan);
        Arm candidateArm = new Arm("candidate", candidate.adapter().identity(), workload.apply(candidate));
        Arm baselineArm = new Arm("baseline", baseline.adapter().identity(), workload.apply(baseline));
        out.printf(
                "aerobench: measuring %s (%s), %d trials of %d ops per arm%s%n",
                name,
                mode.label(),
                plan.trials(),
                plan.opsPerTrial(),
                mode == Mode.ASYNC_CONCURRENT ? ", " + plan.concurrency() + " in flight" : "");
        OperationResult first = runner.run(name, mode, candidateArm, baselineArm);
        return new RegressionGate(thresholds).evaluate(first, () -> {
            out.printf(
                    "aerobench: %s failed its gate; measuring it once more, with both clients opened anew, "
                            + "to confirm%n",
                    name);
            try (TestRun.FreshArms fresh = freshArms.get()) {
                return new BenchmarkRunner(plan.withSeed(plan.seed() + 1))
                        .run(
                                name,
                                mode,
                                new Arm(
                                        "candidate",
                                        fresh.candidate().adapter().identity(),
                                        workload.apply(fresh.candidate())),
                                new Arm(
                                        "baseline",
                                        fresh.baseline().adapter().identity(),
                                        workload.apply(fresh.baseline())));
            }
        });
    }

    private static Thresholds thresholds(double minSpeedup, double maxP99Millis) {
        return new Thresholds(
                minSpeedup == AerospikeBenchmark.NO_MIN_SPEEDUP ? Thresholds.UNSET : minSpeedup,
                Double.isInfinite(maxP99Millis) ? Thresholds.UNSET : maxP99Millis);
    }

    private void cleanUp() {
        RuntimeException failure = null;
        for (ArmData arm : List.of(candidate, baseline)) {
            try {
                arm.cleanUp();
            } catch (RuntimeException cleanupFailed) {
                if (failure == null) {
                    failure = cleanupFailed;
                } else {
                    failure.addSuppressed(cleanupFailed);
                }
            }
        }
        if (failure != null) {
            throw new IllegalStateException(
                    "aerobench could not delete all records it wrote to set " + candidate.set() + " on "
                            + server.describe() + "; delete that set by hand",
                    failure);
        }
    }

    /** The seed's tables and the verdicts, as printed to the console. */
    static String table(List<GateOutcome> outcomes) {
        return ResultFormat.consoleTable().format(outcomes);
    }
}
