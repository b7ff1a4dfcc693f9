package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sampling until decided (simulated forks on a fake clock)")
class SequentialMeasurementTest {

    private static final LookSchedule SCHEDULE = new LookSchedule(5, 60, 0.95);
    private static final long BUDGET = TimeUnit.SECONDS.toNanos(30);
    private static final long FORK_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

    @Test
    @DisplayName("an A/A pair with persistent instance effects passes at 0.95 and never fails")
    void sameSpeedPasses() {
        Tally tally = simulate(1.0, 0.95, 0.03, 1000, 1);
        assertThat(tally.fail).isZero();
        assertThat(tally.inconclusive).isLessThanOrEqualTo(10);
        assertThat(tally.pass).isGreaterThanOrEqualTo(990);
    }

    @Test
    @DisplayName("a candidate 10% slower fails at 0.95, nearly always")
    void tenPercentSlowerFails() {
        Tally tally = simulate(1 / 1.1, 0.95, 0.02, 1000, 2);
        assertThat(tally.fail).isGreaterThanOrEqualTo(990);
        assertThat(tally.pass).isZero();
    }

    @Test
    @DisplayName("a candidate exactly at the line fails at most 2.5% of the time, though looking seven times")
    void atTheLineRarelyFails() {
        Tally tally = simulate(0.95, 0.95, 0.02, 4000, 3);
        assertThat(tally.fail / 4000.0).isLessThanOrEqualTo(0.025);
        assertThat(tally.pass / 4000.0).isLessThanOrEqualTo(0.025);
    }

    @Test
    @DisplayName("the same seven looks with a 95% interval each would fail a candidate at the line too often")
    void naiveLooksWouldNotHold() {
        // The scenario of atTheLineRarelyFails, judged with unadjusted intervals: it must exceed 2.5%,
        // or that test could not tell the adjusted procedure from a naive one.
        Random random = new Random(3);
        int failures = 0;
        for (int run = 0; run < 4000; run++) {
            double[] baseline = new double[SCHEDULE.maxForks()];
            double[] candidate = new double[SCHEDULE.maxForks()];
            for (int fork = 0; fork < SCHEDULE.maxForks(); fork++) {
                baseline[fork] = 1000 * Math.exp(0.02 * random.nextGaussian());
                candidate[fork] = 1000 / 0.95 * Math.exp(0.02 * random.nextGaussian());
            }
            for (int look : SCHEDULE.looks()) {
                Interval ci = ForkIntervals.ratio(
                                java.util.Arrays.copyOf(baseline, look), java.util.Arrays.copyOf(candidate, look), 0.95)
                        .ci95();
                if (ci.isEntirelyBelow(0.95)) {
                    failures++;
                    break;
                }
                if (ci.lower() >= 0.95) {
                    break;
                }
            }
        }
        assertThat(failures / 4000.0).isGreaterThan(0.025);
    }

    @Test
    @DisplayName("stops at the first look that decides")
    void stopsWhenDecided() {
        FakeClock clock = new FakeClock();
        SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                        new RegressionGate(Thresholds.minSpeedup(0.9)), SCHEDULE, BUDGET, clock)
                .run(fork -> {
                    clock.advance(FORK_NANOS);
                    return new ForkSample(1000, 1000 + fork % 2, 1500, FORK_NANOS);
                });
        assertThat(outcome.decision().verdict()).isEqualTo(Verdict.PASS);
        assertThat(outcome.forks()).hasSize(5);
        assertThat(outcome.looks()).isEqualTo(1);
        assertThat(outcome.elapsedNanos()).isEqualTo(5 * FORK_NANOS);
        assertThat(outcome.estimates().resolution()).isLessThan(0.01);
    }

    @Test
    @DisplayName("says INCONCLUSIVE only when the time budget ran out, with one last look there")
    void inconclusiveWhenBudgetRunsOut() {
        FakeClock clock = new FakeClock();
        long forkNanos = TimeUnit.SECONDS.toNanos(3);
        Random random = new Random(11);
        SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                        new RegressionGate(Thresholds.minSpeedup(1.0)), SCHEDULE, BUDGET, clock)
                .run(fork -> {
                    clock.advance(forkNanos);
                    return new ForkSample(1000, 1000 * Math.exp(0.02 * random.nextGaussian()), 1500, forkNanos);
                });
        assertThat(outcome.decision().verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(outcome.decision().reason()).contains("straddles").contains("time budget of 30 s ran out");
        assertThat(outcome.forks()).hasSize(10);
        assertThat(outcome.looks()).as("looks at 5 and 8, then the last at 10").isEqualTo(3);
    }

    @Test
    @DisplayName("measures at least minForks even when one fork takes longer than the whole budget")
    void minForksWhateverTheBudget() {
        FakeClock clock = new FakeClock();
        SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                        new RegressionGate(Thresholds.minSpeedup(0.9)), SCHEDULE, BUDGET, clock)
                .run(fork -> {
                    clock.advance(2 * BUDGET);
                    return new ForkSample(1000, 1000, 1500, 2 * BUDGET);
                });
        assertThat(outcome.forks()).hasSize(5);
        assertThat(outcome.decision().verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    @DisplayName("says so when the speedup drifts from fork to fork, and keeps the verdict")
    void reportsDrift() {
        FakeClock clock = new FakeClock();
        SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                        new RegressionGate(Thresholds.minSpeedup(0.5)), new LookSchedule(12, 12, 0.95), BUDGET, clock)
                .run(fork -> {
                    clock.advance(FORK_NANOS);
                    return new ForkSample(1000 * (1 + 0.01 * fork), 1000, 1500, FORK_NANOS);
                });
        assertThat(outcome.decision().verdict()).isEqualTo(Verdict.PASS);
        assertThat(outcome.decision().reason()).contains("drifts from fork to fork (Spearman rho -1.00 over 12 forks)");
    }

    @Test
    @DisplayName("fails on the p99 limit when every fork's p99 is above it")
    void p99Gate() {
        FakeClock clock = new FakeClock();
        SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                        new RegressionGate(Thresholds.maxP99Millis(1.0)), SCHEDULE, BUDGET, clock)
                .run(fork -> {
                    clock.advance(FORK_NANOS);
                    return new ForkSample(1000, 1000, 2_000_000 + 1000 * fork, FORK_NANOS);
                });
        assertThat(outcome.decision().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(outcome.decision().reason()).contains("entirely above maxP99Millis 1.000ms");
    }

    /** Runs simulated measurements: fork speedups lognormal around {@code trueSpeedup}. */
    private static Tally simulate(double trueSpeedup, double minSpeedup, double forkSd, int runs, long seed) {
        Random random = new Random(seed);
        Tally tally = new Tally();
        for (int run = 0; run < runs; run++) {
            FakeClock clock = new FakeClock();
            SequentialMeasurement.Outcome outcome = new SequentialMeasurement(
                            new RegressionGate(Thresholds.minSpeedup(minSpeedup)), SCHEDULE, BUDGET, clock)
                    .run(fork -> {
                        clock.advance(FORK_NANOS);
                        return new ForkSample(
                                1000 / trueSpeedup * Math.exp(forkSd * random.nextGaussian()),
                                1000 * Math.exp(forkSd * random.nextGaussian()),
                                1500,
                                FORK_NANOS);
                    });
            switch (outcome.decision().verdict()) {
                case PASS -> tally.pass++;
                case FAIL -> tally.fail++;
                case INCONCLUSIVE -> tally.inconclusive++;
            }
        }
        return tally;
    }

    private static final class Tally {
        int pass;
        int fail;
        int inconclusive;
    }
}
