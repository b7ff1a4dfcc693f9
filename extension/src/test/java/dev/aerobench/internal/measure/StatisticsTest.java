package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statistics: recording by block and fork, and the estimates over forks")
class StatisticsTest {

    @Test
    @DisplayName("an arm with nothing recorded reports NaN, never 0")
    void emptyArmIsNaN() {
        ArmResult empty = new ArmRecorder().result("c", "c");
        assertThat(empty.count()).isZero();
        assertThat(List.of(
                        empty.meanNanos(),
                        empty.p50Nanos(),
                        empty.p90Nanos(),
                        empty.p99Nanos(),
                        empty.p999Nanos(),
                        empty.maxNanos(),
                        empty.opsPerSecond()))
                .allMatch(value -> Double.isNaN(value));
    }

    @Test
    @DisplayName("records each fork's exact mean, its p99 and its throughput over its blocks")
    void recordsForks() {
        ArmRecorder recorder = new ArmRecorder();
        recorder.recordBlock(new long[] {100, 200}, 2, 1_000);
        recorder.recordBlock(new long[] {300, 400, 999}, 2, 1_000);
        ForkStats first = recorder.endFork();
        recorder.recordBlock(new long[] {1_000, 1_000, 99, 99}, 2, 4_000);
        ForkStats second = recorder.endFork();

        assertThat(first.ops())
                .as("only the first ops entries of each buffer count")
                .isEqualTo(4);
        assertThat(first.meanNanos()).isEqualTo(250.0);
        assertThat(first.p99Nanos()).isEqualTo(400.0);
        assertThat(first.opsPerSecond()).isEqualTo(2e6);
        assertThat(second.meanNanos()).isEqualTo(1_000.0);
        ArmResult arm = recorder.result("c", "client 1.0");
        assertThat(arm.count()).isEqualTo(6);
        assertThat(arm.meanNanos()).isEqualTo(3_000.0 / 6);
        assertThat(arm.maxNanos()).isEqualTo(1_000.0);
        assertThat(arm.opsPerSecond()).isEqualTo(6 / 6e-6);
        assertThat(arm.forks()).extracting(ForkStats::meanNanos).containsExactly(250.0, 1_000.0);
        assertThat(arm.identity()).isEqualTo("client 1.0");
    }

    @Test
    @DisplayName("clamps latencies beyond the histogram's hour instead of failing the run")
    void clampsHugeLatencies() {
        ArmRecorder recorder = new ArmRecorder();
        recorder.recordBlock(new long[] {Long.MAX_VALUE / 4}, 1, 1);
        recorder.endFork();
        assertThat(recorder.result("c", "c").maxNanos()).isEqualTo((double) ArmRecorder.HIGHEST_TRACKABLE_NANOS);
    }

    @Test
    @DisplayName("the speedup is the geometric mean of the forks' ratios; the p99 the geometric mean of their p99s")
    void estimatesOverForks() {
        List<ForkSample> forks = List.of(new ForkSample(100, 250, 200, 1_000), new ForkSample(100, 250, 800, 1_000));

        ForkEstimates estimates = ForkEstimates.of(forks, 0.95);

        assertThat(estimates.speedup().value()).isCloseTo(2.5, within(1e-12));
        assertThat(estimates.speedup().ci95()).as("identical forks: a point").isEqualTo(new Interval(2.5, 2.5));
        assertThat(estimates.resolution()).isZero();
        assertThat(estimates.candidateP99Nanos().value()).isCloseTo(400.0, within(1e-9));
        assertThat(estimates.candidateP99Nanos().ci95().lower()).isLessThan(200.0);
        assertThat(estimates.candidateP99Nanos().ci95().upper()).isGreaterThan(800.0);
        assertThat(estimates.forks()).isEqualTo(2);
    }

    @Test
    @DisplayName("load that slows a whole fork, both arms alike, does not widen the speedup interval")
    void forkLoadCancels() {
        double[] load = {1.0, 3.0, 1.2, 2.5, 1.0, 4.0, 1.5, 2.0};
        List<ForkSample> forks = new java.util.ArrayList<>();
        for (int fork = 0; fork < load.length; fork++) {
            forks.add(new ForkSample(100 * load[fork] * (fork % 2 == 0 ? 1.02 : 0.98), 150 * load[fork], 1, 1));
        }

        Interval ratio = ForkEstimates.of(forks, 0.95).speedup().ci95();

        assertThat(ratio.lower()).isGreaterThan(1.45);
        assertThat(ratio.upper()).isLessThan(1.55);
    }

    @Test
    @DisplayName("intervals reject inverted or half-undefined ends")
    void intervalValidation() {
        assertThatThrownBy(() -> new Interval(2, 1)).hasMessageContaining("lower end 2.0 is above upper end 1.0");
        assertThatThrownBy(() -> new Interval(Double.NaN, 1)).hasMessageContaining("both ends must be NaN or neither");
        assertThat(Interval.UNDEFINED.contains(Double.NaN)).isFalse();
        assertThat(Interval.UNDEFINED.isEntirelyAbove(0)).isFalse();
        assertThat(Interval.UNDEFINED.isEntirelyBelow(0)).isFalse();
    }

    /** An arm whose overall mean is the mean of its (equal-sized) forks. */
    static ArmResult arm(String name, ForkStats... forks) {
        double mean = java.util.Arrays.stream(forks)
                .mapToDouble(ForkStats::meanNanos)
                .average()
                .orElse(Double.NaN);
        return new ArmResult(name, name, 10L * forks.length, mean, mean, mean, mean, mean, mean, 1e6, List.of(forks));
    }
}
