package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aerobench.Mode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("BenchmarkRunner")
class BenchmarkRunnerTest {

    private static final long MICROS = 1_000L;

    private final FakeClock clock = new FakeClock();

    private BenchmarkRunner runner(MeasurementPlan plan) {
        return new BenchmarkRunner(plan).withClock(clock);
    }

    @Test
    @DisplayName("measures a candidate at 100 µs against a baseline at 150 µs as a 1.5x speedup, inside its interval")
    void measuresSpeedupWithInterval() {
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(100)
                .withOpsPerTrial(1000)
                .withTrials(5);
        Arm<Workload.Sync> candidate =
                Arm.of("candidate", FakeWorkloads.sync(clock, FakeWorkloads.jittered(100 * MICROS, 0.2, 1)));
        Arm<Workload.Sync> baseline =
                Arm.of("baseline", FakeWorkloads.sync(clock, FakeWorkloads.jittered(150 * MICROS, 0.2, 2)));

        OperationResult result = runner(plan).run("get", candidate, baseline);

        assertThat(result.speedup().value()).isCloseTo(1.5, within(0.01));
        assertThat(result.speedup().ci95().contains(1.5))
                .as("CI %s contains 1.5", result.speedup().ci95())
                .isTrue();
        assertThat(result.speedup().ci95().upper() - result.speedup().ci95().lower())
                .isPositive()
                .isLessThan(0.05);
        assertThat(result.candidate().count()).isEqualTo(5000);
        assertThat(result.candidate().meanNanos()).isCloseTo(100 * MICROS, within(1.0 * MICROS));
        assertThat(result.baseline().meanNanos()).isCloseTo(150 * MICROS, within(1.5 * MICROS));
        assertThat(result.candidate().trials()).hasSize(5);
        // The fake clock moves only inside operations, so throughput is exactly 1 / mean latency.
        assertThat(result.candidate().opsPerSecond())
                .isCloseTo(1e9 / result.candidate().meanNanos(), within(1e-6));
        assertThat(result.throughputRatio()).isCloseTo(result.speedup().value(), within(1e-9));
    }

    @Test
    @DisplayName("summarises latencies: p50, p90, p99, p99.9 within histogram precision, max exact")
    void summarisesPercentiles() {
        // Operation i of each trial takes (i % 1000 + 1) µs: a uniform 1..1000 µs spread.
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(0)
                .withOpsPerTrial(1000)
                .withTrials(2);
        Arm<Workload.Sync> candidate = Arm.of("candidate", FakeWorkloads.sync(clock, i -> (i % 1000 + 1) * MICROS));
        Arm<Workload.Sync> baseline = Arm.of("baseline", FakeWorkloads.sync(clock, i -> 10 * MICROS));

        ArmResult arm = runner(plan).run("put", candidate, baseline).candidate();

        assertThat(arm.meanNanos()).isEqualTo(500.5 * MICROS);
        assertThat(arm.p50Nanos()).isCloseTo(500 * MICROS, within(1.0 * MICROS));
        assertThat(arm.p90Nanos()).isCloseTo(900 * MICROS, within(1.0 * MICROS));
        assertThat(arm.p99Nanos()).isCloseTo(990 * MICROS, within(1.0 * MICROS));
        assertThat(arm.p999Nanos()).isCloseTo(999 * MICROS, within(1.0 * MICROS));
        assertThat(arm.maxNanos()).isEqualTo(1000.0 * MICROS);
    }

    @Test
    @DisplayName("runs every trial as two blocks, one per arm, with both orders occurring, for any seed")
    void randomizesArmOrderPerTrial() {
        List<List<String>> ordersBySeed = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++) {
            List<String> log = new ArrayList<>();
            MeasurementPlan plan = MeasurementPlan.defaults()
                    .withWarmupOps(0)
                    .withOpsPerTrial(10)
                    .withTrials(4)
                    .withSeed(seed);
            runner(plan)
                    .run(
                            "get",
                            Arm.of("A", FakeWorkloads.logged("A", log, i -> clock.advance(MICROS))),
                            Arm.of("B", FakeWorkloads.logged("B", log, i -> clock.advance(MICROS))));

            List<String> blocks = armBlocks(log, 10);
            assertThat(blocks).hasSize(8);
            List<String> trialOrders = IntStream.range(0, 4)
                    .mapToObj(t -> blocks.get(2 * t) + blocks.get(2 * t + 1))
                    .toList();
            assertThat(trialOrders).as("seed %d", seed).allMatch(order -> order.equals("AB") || order.equals("BA"));
            assertThat(trialOrders).as("seed %d", seed).contains("AB", "BA");
            ordersBySeed.add(trialOrders);
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
    @DisplayName("repeats the same arm order for the same seed")
    void sameSeedSameOrder() {
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(0)
                .withOpsPerTrial(5)
                .withTrials(6)
                .withSeed(7);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        runner(plan)
                .withProgress(p -> first.add(p.arm()))
                .run(
                        "get",
                        Arm.of("A", Workload.sync(i -> clock.advance(MICROS))),
                        Arm.of("B", Workload.sync(i -> clock.advance(MICROS))));
        runner(plan)
                .withProgress(p -> second.add(p.arm()))
                .run(
                        "get",
                        Arm.of("A", Workload.sync(i -> clock.advance(MICROS))),
                        Arm.of("B", Workload.sync(i -> clock.advance(MICROS))));
        assertThat(first).hasSize(12).isEqualTo(second);
    }

    @Test
    @DisplayName("does not record warmup operations, and continues operation indexes after them")
    void warmupIsNotRecorded() {
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(250)
                .withOpsPerTrial(100)
                .withTrials(3);
        List<String> log = new ArrayList<>();
        // Warmup operations are 100x slower: recording any of them would show in mean and max.
        Workload.Sync slowWarmup = FakeWorkloads.sync(clock, i -> i < 250 ? 10_000 * MICROS : 100 * MICROS);
        OperationResult result = runner(plan)
                .run(
                        "get",
                        Arm.of("candidate", FakeWorkloads.logged("c", log, slowWarmup)),
                        Arm.of("baseline", FakeWorkloads.sync(clock, i -> 100 * MICROS)));

        assertThat(result.candidate().count()).isEqualTo(300);
        assertThat(result.candidate().maxNanos()).isEqualTo(100.0 * MICROS);
        assertThat(result.candidate().meanNanos()).isEqualTo(100.0 * MICROS);
        assertThat(log)
                .containsExactlyElementsOf(
                        IntStream.range(0, 550).mapToObj(i -> "c:" + i).toList());
    }

    @Test
    @DisplayName("times async sequential operations from start to completion, one at a time")
    void asyncSequential() {
        MeasurementPlan plan =
                MeasurementPlan.defaults().withWarmupOps(10).withOpsPerTrial(50).withTrials(3);
        OperationResult result = runner(plan)
                .run(
                        "get",
                        Arm.of("candidate", Workload.sequential(FakeWorkloads.completedAsync(clock, i -> 80 * MICROS))),
                        Arm.of(
                                "baseline",
                                Workload.sequential(FakeWorkloads.completedAsync(clock, i -> 120 * MICROS))));

        assertThat(result.candidate().meanNanos()).isEqualTo(80.0 * MICROS);
        assertThat(result.baseline().meanNanos()).isEqualTo(120.0 * MICROS);
        assertThat(result.speedup().value()).isEqualTo(1.5);
        assertThat(result.key()).isEqualTo("get_async_sequential");
    }

    @Test
    @Timeout(60)
    @DisplayName("starts each async sequential operation from the completion of the one before, one in flight")
    void asyncSequentialChainsFromCompletion() throws Exception {
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
                return CompletableFuture.runAsync(inFlight::decrementAndGet, eventLoop);
            };
            MeasurementPlan plan = MeasurementPlan.defaults()
                    .withWarmupOps(0)
                    .withOpsPerTrial(20)
                    .withTrials(2);
            OperationResult result = new BenchmarkRunner(plan)
                    .run(
                            "get",
                            Arm.of("candidate", Workload.sequential(completesElsewhere)),
                            Arm.of("baseline", Workload.sequential(completesElsewhere)));

            assertThat(result.candidate().count()).isEqualTo(40);
            assertThat(maxInFlight).hasValue(1);
            assertThat(startedOn).hasSize(80);
            // Per trial and arm, the first operation starts on the measuring thread, the other 19
            // wherever the previous one completed; runAsync completes on the event loop, unless the
            // future is already done when the driver looks, in which case the loop goes on inline.
            long onEventLoop = startedOn.stream().filter("event-loop"::equals).count();
            assertThat(onEventLoop).isPositive();
        } finally {
            eventLoop.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("counts the wait for a free window slot as latency in async concurrent mode")
    void asyncConcurrentCountsQueueing() {
        // Window of 2, every operation takes 10 µs once started. Operations 0 and 1 start at once;
        // operation 2 is queued at t=0 but only starts at t=10 when a slot frees, so it completes
        // at t=20 and its latency is 20 µs, not the 10 µs of service. Per trial of 6 operations:
        // 10, 10, 20, 10, 20, 10 µs; the trial takes 30 µs.
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(0)
                .withOpsPerTrial(6)
                .withTrials(2)
                .withConcurrency(2);
        OperationResult result;
        try (SimulatedServer candidate = new SimulatedServer(clock, 10 * MICROS, 6);
                SimulatedServer baseline = new SimulatedServer(clock, 10 * MICROS, 6)) {
            result = runner(plan)
                    .run(
                            "put",
                            Arm.of("candidate", Workload.concurrent(candidate)),
                            Arm.of("baseline", Workload.concurrent(baseline)));
        }

        ArmResult arm = result.candidate();
        assertThat(arm.count()).isEqualTo(12);
        assertThat(arm.meanNanos()).isEqualTo(80.0 * MICROS / 6);
        assertThat(arm.maxNanos()).isEqualTo(20.0 * MICROS);
        assertThat(arm.p50Nanos()).isCloseTo(10 * MICROS, within(0.01 * MICROS));
        assertThat(arm.trials()).extracting(TrialStats::elapsedNanos).containsExactly(30 * MICROS, 30 * MICROS);
        assertThat(arm.opsPerSecond()).isCloseTo(6 / 30e-6, within(1e-3));
    }

    @Test
    @DisplayName("tells the progress listener about every trial of every arm")
    void reportsProgress() {
        MeasurementPlan plan =
                MeasurementPlan.defaults().withWarmupOps(0).withOpsPerTrial(4).withTrials(3);
        List<TrialProgress> events = new ArrayList<>();
        runner(plan)
                .withProgress(events::add)
                .run(
                        "scan",
                        Arm.of("jdk21", Workload.sync(i -> clock.advance(2 * MICROS))),
                        Arm.of("jdk8", Workload.sync(i -> clock.advance(4 * MICROS))));

        assertThat(events).hasSize(6);
        assertThat(events).extracting(TrialProgress::trial).containsExactly(1, 1, 2, 2, 3, 3);
        TrialProgress jdk8 =
                events.stream().filter(e -> e.arm().equals("jdk8")).findFirst().orElseThrow();
        assertThat(jdk8.describe())
                .isEqualTo("scan [sync] trial 1/3 jdk8 done: 4 ops, mean 0.004 ms, p99 0.004 ms, 250000 ops/s");
        TrialProgress timeless = new TrialProgress("scan", Mode.SYNC, "jdk8", 1, 3, new TrialStats(4, 0, 0, 0));
        assertThat(timeless.describe()).endsWith("mean 0.000 ms, p99 0.000 ms, n/a ops/s");
    }

    @Test
    @DisplayName("fails with the operation, arm and index when a sync operation throws")
    void syncFailureNamesArmAndIndex() {
        MeasurementPlan plan =
                MeasurementPlan.defaults().withWarmupOps(0).withOpsPerTrial(10).withTrials(2);
        Arm<Workload.Sync> broken = new Arm<>("jdk21", "aerospike-client-jdk21 9.0.4", Workload.sync(i -> {
            if (i == 13) {
                throw new IOException("connection reset");
            }
        }));
        assertThatThrownBy(() -> runner(plan).run("put", broken, Arm.of("jdk8", Workload.sync(i -> {}))))
                .isInstanceOf(MeasurementException.class)
                .hasMessageContaining("put [sync] on the candidate arm jdk21 (aerospike-client-jdk21 9.0.4)")
                .hasMessageContaining("operation index 13")
                .hasRootCauseMessage("connection reset");
    }

    @Test
    @DisplayName("fails with the index of the first async operation that completed exceptionally")
    void asyncFailureNamesIndex() {
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(0)
                .withOpsPerTrial(10)
                .withTrials(2)
                .withConcurrency(4);
        Workload.AsyncOperation failsAtSeven = i -> i == 7
                ? CompletableFuture.failedFuture(new IllegalStateException("timeout"))
                : CompletableFuture.completedFuture(null);
        List<Function<Workload.AsyncOperation, Workload>> asyncModes =
                List.of(Workload::sequential, Workload::concurrent);
        for (Function<Workload.AsyncOperation, Workload> mode : asyncModes) {
            assertThatThrownBy(() -> runner(plan)
                            .run(
                                    "get",
                                    Arm.of("c", mode.apply(i -> CompletableFuture.completedFuture(null))),
                                    Arm.of("b", mode.apply(failsAtSeven))))
                    .isInstanceOf(MeasurementException.class)
                    .hasMessageContaining("on the baseline arm b")
                    .hasMessageContaining("operation index 7")
                    .hasRootCauseMessage("timeout");
        }
    }

    @Test
    @DisplayName("measures in the mode the workloads' variant names, and refuses arms of two modes")
    void modeComesFromTheWorkload() {
        MeasurementPlan plan =
                MeasurementPlan.defaults().withWarmupOps(0).withOpsPerTrial(4).withTrials(2);
        Workload.AsyncOperation done = i -> CompletableFuture.completedFuture(null);
        assertThat(List.of(
                        runner(plan)
                                .run("get", Arm.of("c", Workload.sync(i -> {})), Arm.of("b", Workload.sync(i -> {}))),
                        runner(plan)
                                .run(
                                        "get",
                                        Arm.of("c", Workload.sequential(done)),
                                        Arm.of("b", Workload.sequential(done))),
                        runner(plan)
                                .run(
                                        "get",
                                        Arm.of("c", Workload.concurrent(done)),
                                        Arm.of("b", Workload.concurrent(done)))))
                .extracting(OperationResult::mode)
                .containsExactly(Mode.SYNC, Mode.ASYNC_SEQUENTIAL, Mode.ASYNC_CONCURRENT);
        // Only arms held as plain Workloads can differ: Arm<Workload.Sync> and
        // Arm<Workload.Concurrent> do not compile as one run.
        Arm<Workload> sync = Arm.of("sync", Workload.sync(i -> {}));
        Arm<Workload> concurrent = Arm.of("concurrent", Workload.concurrent(done));
        assertThatThrownBy(() -> runner(plan).run("get", sync, concurrent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("get: the candidate arm sync runs sync but the baseline arm concurrent runs async conc; "
                        + "both arms of an operation run in one mode");
    }

    @Test
    @DisplayName("reports NaN intervals, not zero-width ones, from a single trial")
    void singleTrialHasNoInterval() {
        MeasurementPlan plan =
                MeasurementPlan.defaults().withWarmupOps(0).withOpsPerTrial(10).withTrials(1);
        OperationResult result = runner(plan)
                .run(
                        "get",
                        Arm.of("c", Workload.sync(i -> clock.advance(MICROS))),
                        Arm.of("b", Workload.sync(i -> clock.advance(2 * MICROS))));
        assertThat(result.speedup().value()).isEqualTo(2.0);
        assertThat(result.speedup().ci95().isDefined()).isFalse();
        assertThat(result.candidateP99Nanos().ci95().isDefined()).isFalse();
    }
}
