package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aerobench.Mode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("BenchmarkRunner")
class BenchmarkRunnerTest {

    private static final long MICROS = 1_000L;
    private static final Thresholds NONE = Thresholds.NONE;

    private final FakeClock clock = new FakeClock();

    private BenchmarkRunner runner(MeasurementPlan plan) {
        return new BenchmarkRunner(plan).withClock(clock);
    }

    /** The same two arms for every fork. */
    private static <W extends Workload> BenchmarkRunner.ForkSource sameArms(Arm<W> candidate, Arm<W> baseline) {
        return fork -> BenchmarkRunner.forkArms(candidate, baseline, () -> {});
    }

    private static MeasurementPlan plan(int warmup, int opsPerFork, int minForks, int maxForks) {
        return MeasurementPlan.defaults()
                .withWarmupOps(warmup)
                .withOpsPerFork(opsPerFork)
                .withForks(minForks, maxForks);
    }

    @Test
    @DisplayName(
            "measures a candidate at 100 µs against a baseline at 150 µs as a 1.5x speedup, and stops at the first look")
    void measuresSpeedupWithInterval() {
        Arm<Workload.Sync> candidate =
                Arm.of("candidate", FakeWorkloads.sync(clock, FakeWorkloads.jittered(100 * MICROS, 0.2, 1)));
        Arm<Workload.Sync> baseline =
                Arm.of("baseline", FakeWorkloads.sync(clock, FakeWorkloads.jittered(150 * MICROS, 0.2, 2)));

        GateOutcome outcome =
                runner(plan(100, 1000, 5, 60)).run("get", Thresholds.minSpeedup(1.2), sameArms(candidate, baseline));

        OperationResult result = outcome.result();
        assertThat(outcome.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.speedup().value()).isCloseTo(1.5, within(0.01));
        assertThat(result.speedup().ci95().contains(1.5))
                .as("CI %s contains 1.5", result.speedup().ci95())
                .isTrue();
        assertThat(result.resolution()).isPositive().isLessThan(0.02);
        assertThat(result.forks()).isEqualTo(5);
        assertThat(result.looks()).isEqualTo(1);
        assertThat(result.candidate().count()).isEqualTo(5000);
        assertThat(result.candidate().forks()).hasSize(5);
        assertThat(result.candidate().meanNanos()).isCloseTo(100 * MICROS, within(1.0 * MICROS));
        assertThat(result.baseline().meanNanos()).isCloseTo(150 * MICROS, within(1.5 * MICROS));
        // The fake clock moves only inside operations, so throughput is exactly 1 / mean latency.
        assertThat(result.candidate().opsPerSecond())
                .isCloseTo(1e9 / result.candidate().meanNanos(), within(1e-6));
        assertThat(result.elapsedNanos()).as("warmup and five forks").isGreaterThan(5000 * 250 * MICROS);
        assertThat(outcome.thresholds()).isEqualTo(Thresholds.minSpeedup(1.2));
    }

    @Test
    @DisplayName("keeps each arm's percentile distribution over all forks, up to the arm's maximum")
    void keepsPercentileDistribution() {
        Arm<Workload.Sync> candidate =
                Arm.of("candidate", FakeWorkloads.sync(clock, FakeWorkloads.jittered(100 * MICROS, 0.2, 1)));
        Arm<Workload.Sync> baseline =
                Arm.of("baseline", FakeWorkloads.sync(clock, FakeWorkloads.jittered(150 * MICROS, 0.2, 2)));

        ArmResult arm = runner(plan(0, 1000, 3, 3))
                .run("get", NONE, sameArms(candidate, baseline))
                .result()
                .candidate();

        List<LatencyDistribution.Point> points = arm.distribution().points();
        assertThat(points).hasSizeGreaterThan(10);
        assertThat(points.getLast().percentile()).isEqualTo(100.0);
        assertThat((double) points.getLast().valueNanos()).isCloseTo(arm.maxNanos(), within(arm.maxNanos() / 1000));
        LatencyDistribution.Point median = points.stream()
                .filter(point -> point.percentile() >= 50)
                .findFirst()
                .orElseThrow();
        assertThat((double) median.valueNanos()).isCloseTo(arm.p50Nanos(), within(arm.p50Nanos() / 100));
    }

    @Test
    @DisplayName("fails a candidate made 10% slower at minSpeedup 0.95, with jittered latencies")
    void failsTenPercentSlower() {
        Arm<Workload.Sync> candidate =
                Arm.of("candidate", FakeWorkloads.sync(clock, FakeWorkloads.jittered(110 * MICROS, 0.3, 3)));
        Arm<Workload.Sync> baseline =
                Arm.of("baseline", FakeWorkloads.sync(clock, FakeWorkloads.jittered(100 * MICROS, 0.3, 4)));

        GateOutcome outcome =
                runner(plan(0, 200, 5, 60)).run("get", Thresholds.minSpeedup(0.95), sameArms(candidate, baseline));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.result().speedup().value()).isCloseTo(1 / 1.1, within(0.01));
        assertThat(outcome.reason()).contains("is entirely below minSpeedup 0.950x");
    }

    @Test
    @DisplayName("never fails same-speed clients whose instances differ persistently, fork to fork")
    void instanceEffectsDoNotFail() {
        // Every fresh client instance gets a latency of its own, up to ±8% off the true one, for its
        // whole life: what two instances of one client showed against a real node on a small VM.
        // Measuring more with the same two instances would only confirm their difference; the
        // interval over forks must see it as noise.
        Random instances = new Random(5);
        int failed = 0;
        for (int run = 0; run < 100; run++) {
            BenchmarkRunner.ForkSource freshPairs = fork -> {
                long candidateNanos = Math.round(100 * MICROS * (1 + 0.08 * (2 * instances.nextDouble() - 1)));
                long baselineNanos = Math.round(100 * MICROS * (1 + 0.08 * (2 * instances.nextDouble() - 1)));
                return BenchmarkRunner.forkArms(
                        Arm.of("candidate", FakeWorkloads.sync(clock, i -> candidateNanos)),
                        Arm.of("baseline", FakeWorkloads.sync(clock, i -> baselineNanos)),
                        () -> {});
            };
            GateOutcome outcome = runner(plan(0, 20, 5, 60)).run("get", Thresholds.minSpeedup(0.95), freshPairs);
            if (outcome.failed()) {
                failed++;
            }
        }
        assertThat(failed).isZero();
    }

    @Test
    @DisplayName("opens the arms of each fork, closes them after it, and warms up fully only in the first")
    void opensAndClosesForks() {
        List<String> events = new ArrayList<>();
        List<String> log = new ArrayList<>();
        BenchmarkRunner.ForkSource source = fork -> {
            events.add("open " + fork);
            return BenchmarkRunner.forkArms(
                    Arm.of("c", FakeWorkloads.logged("c" + fork, log, i -> clock.advance(MICROS))),
                    Arm.of("b", FakeWorkloads.logged("b" + fork, log, i -> clock.advance(MICROS))),
                    () -> events.add("close " + fork));
        };
        GateOutcome outcome = runner(plan(50, 20, 3, 3)).run("get", NONE, source);

        assertThat(events).containsExactly("open 1", "close 1", "open 2", "close 2", "open 3", "close 3");
        assertThat(outcome.result().candidate().count()).isEqualTo(60);
        // Fork 1: 50 warmup + 20 measured per arm; later forks: 2 blocks of 2 (a tenth of 20) warmup.
        assertThat(log.stream().filter(entry -> entry.startsWith("c1:"))).hasSize(70);
        assertThat(log.stream().filter(entry -> entry.startsWith("c2:"))).hasSize(24);
        assertThat(log.stream().filter(entry -> entry.startsWith("b3:"))).hasSize(24);
    }

    @Test
    @DisplayName("alternates the arms in short blocks, each pair in random order, both orders in every fork")
    void interleavesBlocks() {
        List<List<String>> ordersBySeed = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            List<String> log = new ArrayList<>();
            MeasurementPlan plan = plan(0, 40, 2, 2).withSeed(seed);
            runner(plan)
                    .run(
                            "get",
                            NONE,
                            sameArms(
                                    Arm.of("A", FakeWorkloads.logged("A", log, i -> clock.advance(MICROS))),
                                    Arm.of("B", FakeWorkloads.logged("B", log, i -> clock.advance(MICROS)))));

            List<String> blocks = armBlocks(log, 4);
            assertThat(blocks).as("two forks of 10 block pairs of 4").hasSize(40);
            List<String> pairOrders = IntStream.range(0, 20)
                    .mapToObj(pair -> blocks.get(2 * pair) + blocks.get(2 * pair + 1))
                    .toList();
            assertThat(pairOrders).as("seed %d", seed).allMatch(order -> order.equals("AB") || order.equals("BA"));
            assertThat(pairOrders.subList(0, 10)).as("fork 1, seed %d", seed).contains("AB", "BA");
            assertThat(pairOrders.subList(10, 20)).as("fork 2, seed %d", seed).contains("AB", "BA");
            ordersBySeed.add(pairOrders);
        }
        assertThat(ordersBySeed.stream().distinct().count())
                .as("orders differ between seeds")
                .isGreaterThan(1);
    }

    /** The arm of each block of {@code blockSize} consecutive operations, failing if a block mixes arms. */
    private static List<String> armBlocks(List<String> log, int blockSize) {
        List<String> blocks = new ArrayList<>();
        for (int start = 0; start < log.size(); start += blockSize) {
            List<String> arms = log.subList(start, start + blockSize).stream()
                    .map(entry -> entry.split(":")[0])
                    .distinct()
                    .toList();
            assertThat(arms).as("one arm per block").hasSize(1);
            blocks.add(arms.getFirst());
        }
        return blocks;
    }

    @Test
    @DisplayName("repeats the same order for the same seed")
    void sameSeedSameOrder() {
        List<List<String>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            List<String> log = new ArrayList<>();
            runner(plan(0, 30, 2, 2).withSeed(7))
                    .run(
                            "get",
                            NONE,
                            sameArms(
                                    Arm.of("A", FakeWorkloads.logged("A", log, i -> clock.advance(MICROS))),
                                    Arm.of("B", FakeWorkloads.logged("B", log, i -> clock.advance(MICROS)))));
            runs.add(log);
        }
        assertThat(runs.get(0)).hasSize(120).isEqualTo(runs.get(1));
    }

    @Test
    @DisplayName("does not record warmup operations, and continues operation indexes after them")
    void warmupIsNotRecorded() {
        List<String> log = new ArrayList<>();
        // Warmup operations are 100x slower: recording any of them would show in mean and max. A
        // fork's driver numbers its operations from 0, warmup first: 250 in fork 1, 20 later.
        BenchmarkRunner.ForkSource source = fork -> {
            long warmup = fork == 1 ? 250 : 20;
            Workload.Sync slowWarmup = FakeWorkloads.sync(clock, i -> i < warmup ? 10_000 * MICROS : 100 * MICROS);
            return BenchmarkRunner.forkArms(
                    Arm.of("candidate", FakeWorkloads.logged("c" + fork, log, slowWarmup)),
                    Arm.of("baseline", FakeWorkloads.sync(clock, i -> 100 * MICROS)),
                    () -> {});
        };
        OperationResult result =
                runner(plan(250, 100, 3, 3)).run("get", NONE, source).result();

        assertThat(result.candidate().count()).isEqualTo(300);
        assertThat(result.candidate().maxNanos()).isEqualTo(100.0 * MICROS);
        assertThat(result.candidate().meanNanos()).isEqualTo(100.0 * MICROS);
        assertThat(log.stream().filter(entry -> entry.startsWith("c1:")))
                .containsExactlyElementsOf(
                        IntStream.range(0, 350).mapToObj(i -> "c1:" + i).toList());
        assertThat(log.stream().filter(entry -> entry.startsWith("c2:"))).hasSize(120);
    }

    @Test
    @DisplayName("times async sequential operations from start to completion, one at a time")
    void asyncSequential() {
        OperationResult result = runner(plan(10, 50, 3, 3))
                .run(
                        "get",
                        NONE,
                        sameArms(
                                Arm.of(
                                        "candidate",
                                        Workload.sequential(FakeWorkloads.completedAsync(clock, i -> 80 * MICROS))),
                                Arm.of(
                                        "baseline",
                                        Workload.sequential(FakeWorkloads.completedAsync(clock, i -> 120 * MICROS)))))
                .result();

        assertThat(result.candidate().meanNanos()).isEqualTo(80.0 * MICROS);
        assertThat(result.baseline().meanNanos()).isEqualTo(120.0 * MICROS);
        assertThat(result.speedup().value()).isCloseTo(1.5, within(1e-12));
        assertThat(result.key()).isEqualTo("get_async_sequential");
    }

    @Test
    @Timeout(60)
    @DisplayName("starts each async sequential operation from the completion of the one before, one in flight")
    void asyncSequentialChainsFromCompletion() {
        // Operations complete on another thread (as on a client's event loop). The next one must
        // start right there, not after a hand-over back to the measuring thread, and never while
        // one is still in flight.
        ExecutorService eventLoop = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("event-loop").factory());
        try {
            AtomicInteger inFlight = new AtomicInteger();
            AtomicInteger maxInFlight = new AtomicInteger();
            List<String> startedOn = Collections.synchronizedList(new ArrayList<>());
            Workload.AsyncOperation completesElsewhere = i -> {
                startedOn.add(Thread.currentThread().getName());
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                // Completes a little later, always on the event loop: never already done when the
                // driver looks, however busy the machine.
                return CompletableFuture.runAsync(
                        inFlight::decrementAndGet,
                        CompletableFuture.delayedExecutor(1, TimeUnit.MILLISECONDS, eventLoop));
            };
            OperationResult result = new BenchmarkRunner(plan(0, 20, 2, 2))
                    .run(
                            "get",
                            NONE,
                            sameArms(
                                    Arm.of("candidate", Workload.sequential(completesElsewhere)),
                                    Arm.of("baseline", Workload.sequential(completesElsewhere))))
                    .result();

            assertThat(result.candidate().count()).isEqualTo(40);
            assertThat(maxInFlight).hasValue(1);
            assertThat(startedOn).hasSize(80);
            // The first operation of each block (of 2) starts on the measuring thread, the second
            // where the first completed: on the event loop (unless the measuring thread was away
            // for the whole millisecond and found it done).
            long onEventLoop = startedOn.stream().filter("event-loop"::equals).count();
            assertThat(onEventLoop).isPositive().isLessThanOrEqualTo(40);
        } finally {
            eventLoop.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("counts the wait for a free window slot as latency in async concurrent mode")
    void asyncConcurrentCountsQueueing() {
        // Window of 2, every operation takes 10 µs once started; blocks of 4 (twice the window).
        // Operations 0 and 1 start at once; operation 2 is queued at t=0 but only starts at t=10
        // when a slot frees, so its latency is 20 µs, not 10; operation 3 is queued at t=10 and
        // starts at once. Per block: 10, 10, 20, 10 µs in 20 µs.
        MeasurementPlan plan = plan(0, 8, 2, 2).withConcurrency(2);
        OperationResult result;
        try (SimulatedServer candidate = new SimulatedServer(clock, 10 * MICROS, 4);
                SimulatedServer baseline = new SimulatedServer(clock, 10 * MICROS, 4)) {
            result = runner(plan)
                    .run(
                            "put",
                            NONE,
                            sameArms(
                                    Arm.of("candidate", Workload.concurrent(candidate)),
                                    Arm.of("baseline", Workload.concurrent(baseline))))
                    .result();
        }

        ArmResult arm = result.candidate();
        assertThat(arm.count()).isEqualTo(16);
        assertThat(arm.meanNanos()).isEqualTo(12.5 * MICROS);
        assertThat(arm.maxNanos()).isEqualTo(20.0 * MICROS);
        assertThat(arm.forks()).extracting(ForkStats::elapsedNanos).containsExactly(40 * MICROS, 40 * MICROS);
        assertThat(arm.opsPerSecond()).isCloseTo(8 / 40e-6, within(1e-3));
    }

    @Test
    @DisplayName("tells the progress listener about every fork")
    void reportsProgress() {
        List<ForkProgress> events = new ArrayList<>();
        runner(plan(0, 4, 3, 3))
                .withProgress(events::add)
                .run(
                        "scan",
                        NONE,
                        sameArms(
                                Arm.of("jdk21", Workload.sync(i -> clock.advance(2 * MICROS))),
                                Arm.of("jdk8", Workload.sync(i -> clock.advance(4 * MICROS)))));

        assertThat(events).extracting(ForkProgress::fork).containsExactly(1, 2, 3);
        assertThat(events.getFirst().describe())
                .isEqualTo("scan [sync] fork 1: speedup 2.000x (candidate 0.002 ms, baseline 0.004 ms) in 0 ms");
    }

    @Test
    @DisplayName("stops INCONCLUSIVE when the time budget runs out before the interval clears the line")
    void budgetRunsOut() {
        // Same speed, line at exactly 1.0: no interval can clear it. Each fork takes 2 ms of fake time.
        Random jitter = new Random(9);
        BenchmarkRunner.ForkSource source = fork -> BenchmarkRunner.forkArms(
                Arm.of(
                        "c",
                        FakeWorkloads.sync(clock, i -> Math.round(100 * MICROS * (1 + 0.05 * jitter.nextGaussian())))),
                Arm.of(
                        "b",
                        FakeWorkloads.sync(clock, i -> Math.round(100 * MICROS * (1 + 0.05 * jitter.nextGaussian())))),
                () -> {});
        GateOutcome outcome = runner(plan(0, 10, 5, 60).withBudget(Duration.ofMillis(20)))
                .run("get", Thresholds.minSpeedup(1.0), source);

        assertThat(outcome.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(outcome.result().forks()).isEqualTo(10);
        assertThat(outcome.reason()).contains("time budget of 0.02 s ran out after 10 forks");
    }

    @Test
    @DisplayName("fails with the operation, arm and index when a sync operation throws, and closes the fork")
    void syncFailureNamesArmAndIndex() {
        List<String> closed = new ArrayList<>();
        Arm<Workload.Sync> broken = new Arm<>("jdk21", "aerospike-client-jdk21 9.0.4", Workload.sync(i -> {
            if (i == 13) {
                throw new IOException("connection reset");
            }
        }));
        BenchmarkRunner.ForkSource source = fork -> BenchmarkRunner.forkArms(
                broken, Arm.of("jdk8", Workload.sync(i -> {})), () -> closed.add("fork " + fork));
        assertThatThrownBy(() -> runner(plan(0, 20, 2, 2)).run("put", NONE, source))
                .isInstanceOf(MeasurementException.class)
                .hasMessageContaining("put [sync] on the candidate arm jdk21 (aerospike-client-jdk21 9.0.4)")
                .hasMessageContaining("operation index 13")
                .hasRootCauseMessage("connection reset");
        assertThat(closed).containsExactly("fork 1");
    }

    @Test
    @DisplayName("fails with the index of the first async operation that completed exceptionally")
    void asyncFailureNamesIndex() {
        MeasurementPlan plan = plan(0, 10, 2, 2).withConcurrency(4);
        Workload.AsyncOperation failsAtSeven = i -> i == 7
                ? CompletableFuture.failedFuture(new IllegalStateException("timeout"))
                : CompletableFuture.completedFuture(null);
        List<Function<Workload.AsyncOperation, Workload>> asyncModes =
                List.of(Workload::sequential, Workload::concurrent);
        for (Function<Workload.AsyncOperation, Workload> mode : asyncModes) {
            assertThatThrownBy(() -> runner(plan)
                            .run(
                                    "get",
                                    NONE,
                                    sameArms(
                                            Arm.of("c", mode.apply(i -> CompletableFuture.completedFuture(null))),
                                            Arm.of("b", mode.apply(failsAtSeven)))))
                    .isInstanceOf(MeasurementException.class)
                    .hasMessageContaining("on the baseline arm b")
                    .hasMessageContaining("operation index 7")
                    .hasRootCauseMessage("timeout");
        }
    }

    @Test
    @DisplayName("measures in the mode the workloads' variant names, and refuses arms of two modes")
    void modeComesFromTheWorkload() {
        MeasurementPlan plan = plan(0, 4, 2, 2);
        Workload.AsyncOperation done = i -> CompletableFuture.completedFuture(null);
        assertThat(List.of(
                        runner(plan)
                                .run(
                                        "get",
                                        NONE,
                                        sameArms(
                                                Arm.of("c", Workload.sync(i -> {})),
                                                Arm.of("b", Workload.sync(i -> {})))),
                        runner(plan)
                                .run(
                                        "get",
                                        NONE,
                                        sameArms(
                                                Arm.of("c", Workload.sequential(done)),
                                                Arm.of("b", Workload.sequential(done)))),
                        runner(plan)
                                .run(
                                        "get",
                                        NONE,
                                        sameArms(
                                                Arm.of("c", Workload.concurrent(done)),
                                                Arm.of("b", Workload.concurrent(done))))))
                .extracting(outcome -> outcome.result().mode())
                .containsExactly(Mode.SYNC, Mode.ASYNC_SEQUENTIAL, Mode.ASYNC_CONCURRENT);
        // Only arms held as plain Workloads can differ: Arm<Workload.Sync> and
        // Arm<Workload.Concurrent> do not compile as one fork.
        Arm<Workload> sync = Arm.of("sync", Workload.sync(i -> {}));
        Arm<Workload> concurrent = Arm.of("concurrent", Workload.concurrent(done));
        assertThatThrownBy(() -> runner(plan).run("get", NONE, sameArms(sync, concurrent)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("get: the candidate arm runs sync but the baseline arm runs async conc; "
                        + "both arms of an operation run in one mode");
    }
}
