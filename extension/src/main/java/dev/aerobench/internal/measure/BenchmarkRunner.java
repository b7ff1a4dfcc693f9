package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Measures one operation on two arms, a candidate and a baseline, and compares them.
 *
 * <p>For each operation: every arm first runs {@link MeasurementPlan#warmupOps()} unrecorded
 * operations; then {@link MeasurementPlan#trials()} rounds follow, in each of which both arms run
 * {@link MeasurementPlan#opsPerTrial()} operations, the arm that goes first chosen per round in a
 * seeded random order (see {@link ArmOrder}). Each operation's latency goes into an HdrHistogram.
 *
 * <pre>{@code
 * BenchmarkRunner runner = new BenchmarkRunner(MeasurementPlan.defaults())
 *         .withProgress(progress -> System.out.println(progress.describe()));
 * OperationResult get = runner.run("get",
 *         new Arm<>("jdk21", candidate.identity(), Workload.sync(i -> candidate.get("bench", "k" + i % 1000))),
 *         new Arm<>("jdk8", baseline.identity(), Workload.sync(i -> baseline.get("bench", "k" + i % 1000))));
 * }</pre>
 *
 * <p>Instances are immutable and may be reused for many operations.
 */
public final class BenchmarkRunner {

    private final MeasurementPlan plan;
    private final NanoClock clock;
    private final ProgressListener progress;

    /** A runner on the system clock that reports no progress. */
    public BenchmarkRunner(MeasurementPlan plan) {
        this(plan, NanoClock.system(), ProgressListener.NONE);
    }

    private BenchmarkRunner(MeasurementPlan plan, NanoClock clock, ProgressListener progress) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** This runner timing with {@code clock} instead of {@link System#nanoTime()} (for tests). */
    public BenchmarkRunner withClock(NanoClock clock) {
        return new BenchmarkRunner(plan, clock, progress);
    }

    /** This runner telling {@code listener} whenever an arm finishes a trial. */
    public BenchmarkRunner withProgress(ProgressListener listener) {
        return new BenchmarkRunner(plan, clock, listener);
    }

    /**
     * Measures {@code operation} on both arms, in the {@link Mode} their workloads' variant names,
     * and compares them.
     *
     * @throws IllegalArgumentException if the arms' workloads are of different variants, which only
     *                                  a caller holding them as plain {@link Workload}s can pass
     * @throws MeasurementException     if an operation fails; the message names arm and index
     */
    public <W extends Workload> OperationResult run(String operation, Arm<W> candidate, Arm<W> baseline) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Mode mode = candidate.workload().mode();
        if (baseline.workload().mode() != mode) {
            throw new IllegalArgumentException(operation + ": the candidate arm " + candidate.name() + " runs "
                    + mode.label() + " but the baseline arm " + baseline.name() + " runs "
                    + baseline.workload().mode().label() + "; both arms of an operation run in one mode");
        }
        ArmRun candidateArm = new ArmRun(candidate, driver(operation, mode, candidate, "candidate"));
        ArmRun baselineArm = new ArmRun(baseline, driver(operation, mode, baseline, "baseline"));
        long[] latencies = new long[plan.opsPerTrial()];
        warmUp(candidateArm.driver(), latencies);
        warmUp(baselineArm.driver(), latencies);
        Random random = new Random(plan.seed() ^ operation.hashCode() ^ mode.ordinal());
        List<Boolean> candidateFirst = ArmOrder.candidateFirst(plan.trials(), random);
        for (int trial = 1; trial <= plan.trials(); trial++) {
            boolean candidateGoesFirst = candidateFirst.get(trial - 1);
            ArmRun first = candidateGoesFirst ? candidateArm : baselineArm;
            ArmRun second = candidateGoesFirst ? baselineArm : candidateArm;
            measure(first, operation, mode, trial, latencies);
            measure(second, operation, mode, trial, latencies);
        }
        return OperationResult.of(
                operation,
                mode,
                plan,
                candidateArm.recorder().result(candidate),
                baselineArm.recorder().result(baseline));
    }

    private ArmDriver driver(String operation, Mode mode, Arm<?> arm, String role) {
        String context = String.format(
                "%s [%s] on the %s arm %s (%s)", operation, mode.label(), role, arm.name(), arm.identity());
        return ArmDriver.create(arm.workload(), clock, plan.concurrency(), context);
    }

    private void warmUp(ArmDriver driver, long[] scratch) {
        for (int done = 0; done < plan.warmupOps(); done += scratch.length) {
            driver.run(scratch, Math.min(scratch.length, plan.warmupOps() - done));
        }
    }

    private void measure(ArmRun arm, String operation, Mode mode, int trial, long[] latencies) {
        long elapsed = arm.driver().run(latencies, plan.opsPerTrial());
        TrialStats stats = arm.recorder().recordTrial(latencies, plan.opsPerTrial(), elapsed);
        progress.trialCompleted(new TrialProgress(operation, mode, arm.arm().name(), trial, plan.trials(), stats));
    }

    /** One arm's driver and recorder during a run. */
    private record ArmRun(Arm<?> arm, ArmDriver driver, ArmRecorder recorder) {
        ArmRun(Arm<?> arm, ArmDriver driver) {
            this(arm, driver, new ArmRecorder());
        }
    }
}
