package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.Mode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("RegressionGate")
class RegressionGateTest {

    private static final RegressionGate SPEEDUP_GATE = new RegressionGate(Thresholds.minSpeedup(1.0));
    private static final RegressionGate P99_GATE = new RegressionGate(Thresholds.maxP99Millis(2.0));

    /** A result with the given speedup interval and candidate p99 interval (ms). */
    static OperationResult result(double speedupLow, double speedupHigh, double p99LowMillis, double p99HighMillis) {
        return result(
                new Estimate((speedupLow + speedupHigh) / 2, new Interval(speedupLow, speedupHigh)),
                new Estimate(
                        (p99LowMillis + p99HighMillis) / 2 * 1e6,
                        new Interval(p99LowMillis * 1e6, p99HighMillis * 1e6)));
    }

    private static OperationResult result(Estimate speedup, Estimate p99Nanos) {
        ArmResult arm = StatisticsTest.arm(
                "arm", new ForkStats(10, 1e5, 1e6, 1_000_000), new ForkStats(10, 1e5, 1e6, 1_000_000));
        return new OperationResult(
                "get",
                Mode.SYNC,
                MeasurementPlan.defaults(),
                arm,
                arm,
                new ForkEstimates(speedup, p99Nanos, 0.99, 2),
                1,
                1_000_000);
    }

    @Nested
    @DisplayName("on speedup")
    class OnSpeedup {

        @Test
        @DisplayName("fails when the whole interval is below the threshold")
        void slowdownFails() {
            GateDecision decision = SPEEDUP_GATE.judge(result(0.70, 0.80, 1, 1));

            assertThat(decision.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(decision.reason())
                    .isEqualTo("speedup 0.750x (95% CI 0.700x..0.800x) is entirely below minSpeedup 1.000x");
        }

        @Test
        @DisplayName("is inconclusive when the interval straddles the threshold")
        void straddlingIsInconclusive() {
            GateDecision decision = SPEEDUP_GATE.judge(result(0.95, 1.05, 1, 1));

            assertThat(decision.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(decision.reason())
                    .isEqualTo("speedup 1.000x (95% CI 0.950x..1.050x) straddles minSpeedup 1.000x");
        }

        @Test
        @DisplayName("passes when the whole interval is at or above the threshold")
        void wholeIntervalAbovePasses() {
            assertThat(SPEEDUP_GATE.judge(result(1.0, 1.3, 1, 1)).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        @DisplayName("is inconclusive when there is no interval (a single fork)")
        void undefinedIntervalIsInconclusive() {
            OperationResult undefined =
                    result(new Estimate(0.5, Interval.UNDEFINED), new Estimate(1e6, new Interval(1e6, 1e6)));

            GateDecision decision = SPEEDUP_GATE.judge(undefined);

            assertThat(decision.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(decision.reason()).contains("CI n/a", "needs at least 2 forks");
        }
    }

    @Nested
    @DisplayName("on p99")
    class OnP99 {

        @Test
        @DisplayName("fails only when the whole p99 interval is above the limit")
        void p99AboveFails() {
            GateDecision decision = P99_GATE.judge(result(1, 1, 2.5, 3.0));
            assertThat(decision.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(decision.reason())
                    .isEqualTo(
                            "candidate p99 2.750ms (95% CI 2.500ms..3.000ms) is entirely above maxP99Millis 2.000ms");
        }

        @Test
        @DisplayName("is inconclusive when the p99 interval straddles the limit, and passes below it")
        void p99StraddlesOrPasses() {
            assertThat(P99_GATE.judge(result(1, 1, 1.5, 2.5)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
            assertThat(P99_GATE.judge(result(1, 1, 1.0, 2.0)).verdict()).isEqualTo(Verdict.PASS);
        }
    }

    @Test
    @DisplayName("takes the worst verdict of both thresholds and gives both reasons")
    void combinesThresholds() {
        RegressionGate both = new RegressionGate(new Thresholds(1.0, 2.0));
        GateDecision decision = both.judge(result(1.1, 1.2, 2.5, 3.0));
        assertThat(decision.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(decision.reason())
                .contains("entirely at or above minSpeedup")
                .contains("; candidate p99")
                .contains("entirely above maxP99Millis");
    }

    @Test
    @DisplayName("passes everything when no threshold is set")
    void noThresholdsPass() {
        GateDecision decision = new RegressionGate(Thresholds.NONE).judge(result(0.1, 0.2, 50, 60));
        assertThat(decision.verdict()).isEqualTo(Verdict.PASS);
        assertThat(decision.reason()).isEqualTo("no thresholds set");
    }

    @Test
    @DisplayName("fails a 2x slower candidate end to end, measured on a fake clock, at the first look")
    void endToEndSlowdown() {
        FakeClock clock = new FakeClock();
        BenchmarkRunner runner =
                new BenchmarkRunner(MeasurementPlan.defaults().withWarmupOps(10).withOpsPerFork(200)).withClock(clock);
        Arm<Workload.Sync> slow =
                Arm.of("candidate", FakeWorkloads.sync(clock, FakeWorkloads.jittered(200_000, 0.3, 11)));
        Arm<Workload.Sync> fast =
                Arm.of("baseline", FakeWorkloads.sync(clock, FakeWorkloads.jittered(100_000, 0.3, 12)));

        GateOutcome outcome =
                runner.run("put", Thresholds.minSpeedup(0.9), fork -> BenchmarkRunner.forkArms(slow, fast, () -> {}));

        assertThat(outcome.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.result().speedup().ci95().upper()).isLessThan(0.55);
        assertThat(outcome.result().looks()).isEqualTo(1);
    }

    @Nested
    @DisplayName("thresholds")
    class ThresholdValidation {

        @Test
        @DisplayName("reject negative, NaN, infinite speedups and p99 limits of 0, naming the setting and the fix")
        void rejectsInvalid() {
            assertThatThrownBy(() -> Thresholds.minSpeedup(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "minSpeedup must be a finite number >= 0 (0 = no gate), but was -1.0; "
                                    + "set e.g. minSpeedup = 1.0 to require the candidate to be at least as fast as the baseline");
            assertThatThrownBy(() -> Thresholds.minSpeedup(Double.POSITIVE_INFINITY))
                    .hasMessageContaining("minSpeedup must be a finite number");
            assertThatThrownBy(() -> Thresholds.maxP99Millis(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxP99Millis must be a number > 0 (infinity = no gate), but was NaN")
                    .hasMessageContaining("maxP99Millis = 5.0");
            assertThatThrownBy(() -> new Thresholds(1, 0)).hasMessageContaining("maxP99Millis must be a number > 0");
        }

        @Test
        @DisplayName(
                "spell \"no threshold\" as the annotation does: a speedup of at least 0, a p99 of at most infinity")
        void noThreshold() {
            assertThat(Thresholds.NONE)
                    .isEqualTo(new Thresholds(AerospikeBenchmark.NO_MIN_SPEEDUP, AerospikeBenchmark.NO_MAX_P99));
            assertThat(List.of(Thresholds.NONE.hasMinSpeedup(), Thresholds.NONE.hasMaxP99()))
                    .containsOnly(false);
            Thresholds both = Thresholds.minSpeedup(1.1).withMaxP99Millis(3);
            assertThat(both.hasMinSpeedup()).isTrue();
            assertThat(both.hasMaxP99()).isTrue();
            assertThat(both.withMinSpeedup(AerospikeBenchmark.NO_MIN_SPEEDUP).hasMinSpeedup())
                    .isFalse();
            assertThat(both.withMaxP99Millis(AerospikeBenchmark.NO_MAX_P99).hasMaxP99())
                    .isFalse();
        }
    }
}
