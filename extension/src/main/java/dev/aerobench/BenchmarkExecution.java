package dev.aerobench;

import dev.aerobench.internal.measure.Arm;
import dev.aerobench.internal.measure.BenchmarkRunner;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.MeasurementException;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.Thresholds;
import dev.aerobench.internal.measure.Workload;
import dev.aerobench.internal.report.BenchmarkListener;
import dev.aerobench.internal.report.OperationStart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the measurements of one benchmark test after its body: seeds both arms' data, measures
 * each operation (built-in, then the test's own) with the runner, judges it with the gate
 * (fork after fork, each later fork with both clients opened anew, until the gate decides), tells the
 * reports what it measures, its progress and each outcome, and always removes the data it wrote.
 */
final class BenchmarkExecution {

    private final TestRun run;
    private final BenchmarkSettings settings;
    private final ArmData candidate;
    private final ArmData baseline;
    private final BenchmarkListener reports;
    /** Whether this execution created the query operations' index, so cleanup must drop it. */
    private boolean indexCreated;

    BenchmarkExecution(TestRun run, BenchmarkListener reports) {
        this.run = run;
        this.settings = run.settings();
        this.candidate = run.candidate();
        this.baseline = run.baseline();
        this.reports = reports;
    }

    /** Measures everything and returns one outcome per operation, in order; cleans up whatever happens. */
    List<GateOutcome> run() {
        List<GateOutcome> outcomes;
        try {
            outcomes = measureAll();
        } catch (RuntimeException | Error thrown) {
            Throwable failure = thrown instanceof MeasurementException failed ? onServer(failed) : thrown;
            try {
                cleanUp();
            } catch (RuntimeException cleanupFailure) {
                failure.addSuppressed(cleanupFailure);
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
        cleanUp();
        return outcomes;
    }

    /** A failed operation with the server it ran against and what to do about it. */
    private MeasurementException onServer(MeasurementException failed) {
        BenchmarkServer server = run.server();
        String fix = failed.timedOut()
                ? "The server did not answer within the client's timeout: check that it is up and not overloaded."
                : "Check that the server is up and serves namespace " + server.namespace()
                        + "; the cause below is the client's (or the operation's) own error.";
        return failed.with(". Server: " + server.describe() + ". " + fix);
    }

    private List<GateOutcome> measureAll() {
        candidate.seed();
        baseline.seed();
        if (needsIndex()) {
            candidate.createIndex();
            indexCreated = true;
        }
        List<GateOutcome> outcomes = new ArrayList<>();
        for (Operation operation : settings.operations()) {
            outcomes.add(measure(
                    operation.label(),
                    settings.plan(operation),
                    settings.thresholds(operation),
                    arm -> OperationWorkloads.of(operation, arm)));
        }
        for (CustomOperation custom : run.customOperations()) {
            outcomes.add(measure(custom.name(), settings.customPlan(), settings.customThresholds(), custom::workload));
        }
        return outcomes;
    }

    /**
     * Measures one operation fork after fork: the first fork drives the test's own clients, every
     * later one a client per arm opened for it (new connections and client threads, same data) and
     * closed after it, so that no state of one client instance can decide the verdict.
     */
    private GateOutcome measure(
            String name, MeasurementPlan plan, Thresholds thresholds, Function<ArmData, Workload> workload) {
        Mode mode = workload.apply(candidate).mode();
        reports.operationStarted(new OperationStart(name, mode, plan));
        GateOutcome outcome = new BenchmarkRunner(plan)
                .withProgress(reports::forkCompleted)
                .run(name, thresholds, fork -> {
                    if (fork == 1) {
                        return BenchmarkRunner.forkArms(arm(candidate, workload), arm(baseline, workload), () -> {});
                    }
                    TestRun.Arms fresh = run.openFreshArms();
                    try {
                        return BenchmarkRunner.forkArms(
                                arm(fresh.candidate(), workload), arm(fresh.baseline(), workload), fresh::close);
                    } catch (RuntimeException | Error notStarted) {
                        // The runner closes a fork's arms only once it has them.
                        try {
                            fresh.close();
                        } catch (RuntimeException | Error closeFailed) {
                            notStarted.addSuppressed(closeFailed);
                        }
                        throw notStarted;
                    }
                });
        reports.operationFinished(outcome);
        return outcome;
    }

    private static Arm<Workload> arm(ArmData data, Function<ArmData, Workload> workload) {
        return new Arm<>(data.name(), data.adapter().identity(), workload.apply(data));
    }

    private boolean needsIndex() {
        return settings.operations().stream().anyMatch(Operation::needsIndex);
    }

    private void cleanUp() {
        RuntimeException failure = null;
        if (indexCreated) {
            try {
                candidate.dropIndex();
            } catch (RuntimeException dropFailed) {
                failure = new IllegalStateException(
                        "aerobench could not drop its secondary index " + OperationWorkloads.indexName(candidate.set())
                                + "; drop it by hand",
                        dropFailed);
            }
        }
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
                            + run.server().describe() + "; delete that set by hand",
                    failure);
        }
    }
}
