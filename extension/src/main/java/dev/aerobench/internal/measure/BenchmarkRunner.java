package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Measures one operation on two arms, a candidate and a baseline, until the gate can decide.
 *
 * <p>Each fork is a pair of clients opened for it by a {@link ForkSource} (the first fork may use
 * clients that already exist). In a fork both arms first warm up — {@link MeasurementPlan#warmupOps()}
 * operations each in the first fork, where the JIT meets the client's code for the first time, a
 * few blocks in the others, where only connections and threads are new — then run
 * {@link MeasurementPlan#opsPerFork()} recorded operations each, in short blocks: block pairs
 * alternate between the arms, the arm that goes first chosen per pair in a seeded random order
 * ({@link ArmOrder}). A slow phase of the machine thus falls on both arms, and a difference of one
 * client instance (its connections, its threads' place on the CPUs) stays within its fork, where
 * the interval over forks accounts for it ({@link ForkIntervals}). After each fork the
 * {@link SequentialMeasurement} decides whether to look, and stops once the gate decides.
 *
 * <pre>{@code
 * GateOutcome get = new BenchmarkRunner(MeasurementPlan.defaults())
 *         .run("get", Thresholds.minSpeedup(0.95), fork -> BenchmarkRunner.forkArms(
 *                 Arm.of("candidate", Workload.sync(i -> candidate.get("bench", "k" + i % 1000))),
 *                 Arm.of("baseline", Workload.sync(i -> baseline.get("bench", "k" + i % 1000))),
 *                 () -> {}));
 * }</pre>
 *
 * <p>Instances are immutable and may be reused for many operations.
 */
public final class BenchmarkRunner {

    /** The two arms of one fork, and what closes their clients after it. */
    public interface ForkArms extends AutoCloseable {
        Arm<?> candidate();

        Arm<?> baseline();

        @Override
        void close();
    }

    /** Opens the arms of fork number {@code fork}, from 1; the runner closes them after the fork. */
    @FunctionalInterface
    public interface ForkSource {
        ForkArms open(int fork);
    }

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

    /** Arms for one fork, closed by {@code close}. */
    public static <W extends Workload> ForkArms forkArms(Arm<W> candidate, Arm<W> baseline, Runnable close) {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(close, "close");
        return new ForkArms() {
            @Override
            public Arm<W> candidate() {
                return candidate;
            }

            @Override
            public Arm<W> baseline() {
                return baseline;
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }

    /** This runner timing with {@code clock} instead of {@link System#nanoTime()} (for tests). */
    public BenchmarkRunner withClock(NanoClock clock) {
        return new BenchmarkRunner(plan, clock, progress);
    }

    /** This runner telling {@code listener} whenever a fork ends. */
    public BenchmarkRunner withProgress(ProgressListener listener) {
        return new BenchmarkRunner(plan, clock, listener);
    }

    /**
     * Measures {@code operation} fork after fork until {@code thresholds} are decided, or time or
     * forks run out, in the {@link Mode} the arms' workloads name.
     *
     * @throws IllegalArgumentException if the arms' workloads are of different modes, which only a
     *                                  source holding them as plain {@link Workload}s can open
     * @throws MeasurementException     if an operation fails; the message names arm and index
     */
    public GateOutcome run(String operation, Thresholds thresholds, ForkSource forks) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(forks, "forks");
        Measurement measurement = new Measurement(operation, forks);
        SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                        new RegressionGate(thresholds),
                        plan.lookSchedule(),
                        plan.budget().toNanos(),
                        clock)
                .run(measurement::fork);
        OperationResult result = new OperationResult(
                operation,
                measurement.mode,
                plan,
                measurement.candidate.result("candidate", measurement.candidateIdentity),
                measurement.baseline.result("baseline", measurement.baselineIdentity),
                outcome.estimates(),
                outcome.looks(),
                outcome.elapsedNanos());
        return new GateOutcome(outcome.decision(), result, thresholds);
    }

    /** The state of one operation's measurement across its forks; the first fork sets the mode. */
    private final class Measurement {
        private final String operation;
        private final ForkSource forks;
        private final ArmRecorder candidate = new ArmRecorder();
        private final ArmRecorder baseline = new ArmRecorder();
        private Mode mode;
        private Random random;
        private int blockOps;
        private long[] latencies;
        private long firstForkStart;
        private final List<ForkSample> samples = new ArrayList<>();
        private String candidateIdentity;
        private String baselineIdentity;

        Measurement(String operation, ForkSource forks) {
            this.operation = operation;
            this.forks = forks;
        }

        ForkSample fork(int fork) {
            long start = clock.nanoTime();
            if (fork == 1) {
                firstForkStart = start;
            }
            try (ForkArms arms = Objects.requireNonNull(forks.open(fork), "the fork source opened no arms")) {
                learnMode(arms);
                candidateIdentity = arms.candidate().identity();
                baselineIdentity = arms.baseline().identity();
                ArmDriver candidateDriver = driver(arms.candidate(), "candidate");
                ArmDriver baselineDriver = driver(arms.baseline(), "baseline");
                int warmup = fork == 1 ? plan.warmupOps() : plan.forkWarmupOps(mode);
                interleave(candidateDriver, baselineDriver, warmup, null, null);
                interleave(candidateDriver, baselineDriver, plan.opsPerFork(), candidate, baseline);
            } catch (MeasurementException failed) {
                throw failed.with(" (in fork " + fork + ")");
            }
            ForkStats candidateFork = candidate.endFork();
            ForkStats baselineFork = baseline.endFork();
            ForkSample sample = new ForkSample(
                    candidateFork.meanNanos(),
                    baselineFork.meanNanos(),
                    candidateFork.p99Nanos(),
                    clock.nanoTime() - start);
            samples.add(sample);
            progress.forkCompleted(new ForkProgress(
                    operation,
                    mode,
                    fork,
                    sample,
                    clock.nanoTime() - firstForkStart,
                    ForkEstimates.of(samples, MeasurementPlan.CONFIDENCE).speedup()));
            return sample;
        }

        private void learnMode(ForkArms arms) {
            Objects.requireNonNull(arms.candidate(), "candidate");
            Objects.requireNonNull(arms.baseline(), "baseline");
            Mode candidateMode = arms.candidate().workload().mode();
            Mode baselineMode = arms.baseline().workload().mode();
            if (candidateMode != baselineMode) {
                throw new IllegalArgumentException(operation + ": the candidate arm runs " + candidateMode.label()
                        + " but the baseline arm runs " + baselineMode.label()
                        + "; both arms of an operation run in one mode");
            }
            if (mode != null && candidateMode != mode) {
                throw new IllegalArgumentException(operation + ": this fork's arms run " + candidateMode.label()
                        + " but earlier forks ran " + mode.label() + "; every fork of an operation runs in one mode");
            }
            if (mode == null) {
                mode = candidateMode;
                random = new Random(plan.seed() ^ operation.hashCode() ^ mode.ordinal());
                blockOps = plan.blockOps(mode);
                latencies = new long[blockOps];
            }
        }

        private ArmDriver driver(Arm<?> arm, String role) {
            String context = String.format(
                    "%s [%s] on the %s arm %s (%s)", operation, mode.label(), role, arm.name(), arm.identity());
            return ArmDriver.create(arm.workload(), clock, plan.concurrency(), context);
        }

        /** {@code opsPerArm} operations per arm in block pairs, each pair's order drawn at random. */
        private void interleave(
                ArmDriver candidateDriver,
                ArmDriver baselineDriver,
                int opsPerArm,
                ArmRecorder candidateRecorder,
                ArmRecorder baselineRecorder) {
            int blocks = (opsPerArm + blockOps - 1) / blockOps;
            List<Boolean> candidateFirst = ArmOrder.candidateFirst(blocks, random);
            for (int block = 0; block < blocks; block++) {
                int ops = Math.min(blockOps, opsPerArm - block * blockOps);
                if (candidateFirst.get(block)) {
                    runBlock(candidateDriver, candidateRecorder, ops);
                    runBlock(baselineDriver, baselineRecorder, ops);
                } else {
                    runBlock(baselineDriver, baselineRecorder, ops);
                    runBlock(candidateDriver, candidateRecorder, ops);
                }
            }
        }

        private void runBlock(ArmDriver driver, ArmRecorder recorder, int ops) {
            long elapsed = driver.run(latencies, ops);
            if (recorder != null) {
                recorder.recordBlock(latencies, ops, elapsed);
            }
        }
    }
}
