package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aerobench.Mode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statistics: recording, bootstrap intervals and comparison")
class StatisticsTest {

    private static final MeasurementPlan PLAN = MeasurementPlan.defaults();

    @Test
    @DisplayName("an arm with nothing recorded reports NaN, never 0")
    void emptyArmIsNaN() {
        ArmResult empty = new ArmRecorder().result(Arm.of("c", Workload.sync(i -> {})));
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
    @DisplayName("records each trial's exact mean, its p99 and its throughput")
    void recordsTrials() {
        ArmRecorder recorder = new ArmRecorder();
        TrialStats first = recorder.recordTrial(new long[] {100, 200, 300, 400}, 4, 2_000);
        TrialStats second = recorder.recordTrial(new long[] {1_000, 1_000, 99, 99}, 2, 4_000);

        assertThat(first.meanNanos()).isEqualTo(250.0);
        assertThat(first.p99Nanos()).isEqualTo(400.0);
        assertThat(first.opsPerSecond()).isEqualTo(2e6);
        assertThat(second.ops())
                .as("only the first ops entries of the buffer count")
                .isEqualTo(2);
        ArmResult arm = recorder.result(new Arm<>("c", "client 1.0", Workload.sync(i -> {})));
        assertThat(arm.count()).isEqualTo(6);
        assertThat(arm.meanNanos()).isEqualTo(3_000.0 / 6);
        assertThat(arm.maxNanos()).isEqualTo(1_000.0);
        assertThat(arm.opsPerSecond()).isEqualTo(6 / 6e-6);
        assertThat(arm.trialMeansNanos()).containsExactly(250.0, 1_000.0);
        assertThat(arm.identity()).isEqualTo("client 1.0");
    }

    @Test
    @DisplayName("clamps latencies beyond the histogram's hour instead of failing the run")
    void clampsHugeLatencies() {
        ArmRecorder recorder = new ArmRecorder();
        recorder.recordTrial(new long[] {Long.MAX_VALUE / 4}, 1, 1);
        assertThat(recorder.result(Arm.of("c", Workload.sync(i -> {}))).maxNanos())
                .isEqualTo((double) ArmRecorder.HIGHEST_TRACKABLE_NANOS);
    }

    @Test
    @DisplayName("the bootstrap interval of identical trials collapses onto the value")
    void identicalTrialsGiveAPointInterval() {
        Interval ratio =
                new Bootstrap(1).pairedRatioOfMeans(new double[] {150, 150, 150}, new double[] {100, 100, 100});
        assertThat(ratio).isEqualTo(new Interval(1.5, 1.5));
    }

    @Test
    @DisplayName("the speedup interval pairs the arms by trial, so load that slows a whole trial does not widen it")
    void trialLoadCancelsInThePairedInterval() {
        double[] load = {1.0, 3.0, 1.2, 2.5, 1.0, 4.0, 1.5, 2.0};
        double[] baseline = new double[load.length];
        double[] candidate = new double[load.length];
        for (int trial = 0; trial < load.length; trial++) {
            baseline[trial] = 150 * load[trial];
            candidate[trial] = 100 * load[trial] * (trial % 2 == 0 ? 1.02 : 0.98);
        }

        Interval ratio = new Bootstrap(3).pairedRatioOfMeans(baseline, candidate);

        assertThat(ratio.lower()).isGreaterThan(1.45);
        assertThat(ratio.upper()).isLessThan(1.55);
    }

    @Test
    @DisplayName("the bootstrap interval of a mean spans the spread of the trials, and is repeatable per seed")
    void meanIntervalSpansTheTrials() {
        double[] values = {90, 95, 100, 105, 110};
        Interval interval = new Bootstrap(7).meanInterval(values);
        assertThat(interval.contains(100)).isTrue();
        // Mean 100, standard error 3.5: the interval is about 100 +/- 6, far inside the trials'
        // 90..110 (which any resampled mean stays within) and far wider than a point.
        assertThat(interval.lower()).isBetween(91.0, 97.0);
        assertThat(interval.upper()).isBetween(103.0, 109.0);
        assertThat(new Bootstrap(7).meanInterval(values)).isEqualTo(interval);
    }

    @Test
    @DisplayName("the bootstrap interval is undefined with fewer than two trials")
    void bootstrapNeedsTwoTrials() {
        assertThat(new Bootstrap(1).meanInterval(new double[] {5})).isEqualTo(Interval.UNDEFINED);
        assertThat(new Bootstrap(1).pairedRatioOfMeans(new double[] {5}, new double[] {5}))
                .isEqualTo(Interval.UNDEFINED);
        assertThat(new Bootstrap(1).pairedRatioOfMeans(new double[] {5, 6}, new double[] {5}))
                .isEqualTo(Interval.UNDEFINED);
    }

    @Test
    @DisplayName("interpolates percentiles between ranks")
    void percentileInterpolates() {
        double[] sorted = {0, 10, 20, 30, 40};
        assertThat(Bootstrap.percentile(sorted, 0.5)).isEqualTo(20.0);
        assertThat(Bootstrap.percentile(sorted, 0.025)).isCloseTo(1.0, within(1e-12));
        assertThat(Bootstrap.percentile(sorted, 1.0)).isEqualTo(40.0);
    }

    @Test
    @DisplayName("speedup is baseline mean over candidate mean; p99 estimate is the mean of trial p99s")
    void comparesArms() {
        ArmResult candidate = arm("c", new TrialStats(10, 100, 200, 1_000), new TrialStats(10, 100, 300, 1_000));
        ArmResult baseline = arm("b", new TrialStats(10, 250, 500, 2_500), new TrialStats(10, 250, 500, 2_500));

        OperationResult result = OperationResult.of("get", Mode.SYNC, PLAN, candidate, baseline);

        assertThat(result.speedup().value()).isEqualTo(2.5);
        assertThat(result.speedup().ci95()).isEqualTo(new Interval(2.5, 2.5));
        assertThat(result.candidateP99Nanos().value()).isEqualTo(250.0);
        assertThat(result.candidateP99Nanos().ci95().lower()).isEqualTo(200.0);
        assertThat(result.candidateP99Nanos().ci95().upper()).isEqualTo(300.0);
        assertThat(result.label()).isEqualTo("get");
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

    /** An arm whose overall mean is the mean of its (equal-sized) trials. */
    static ArmResult arm(String name, TrialStats... trials) {
        double mean = java.util.Arrays.stream(trials)
                .mapToDouble(TrialStats::meanNanos)
                .average()
                .orElse(Double.NaN);
        return new ArmResult(name, name, 10L * trials.length, mean, mean, mean, mean, mean, mean, 1e6, List.of(trials));
    }
}
