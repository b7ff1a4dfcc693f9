package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Intervals over forks")
class ForkIntervalsTest {

    private static final int EXPERIMENTS = 4000;

    @Test
    @DisplayName("uses Student's t quantiles (known values)")
    void studentQuantiles() {
        assertThat(ForkIntervals.tQuantile(4, 0.95)).isCloseTo(2.776, within(0.001));
        assertThat(ForkIntervals.tQuantile(19, 0.95)).isCloseTo(2.093, within(0.001));
        assertThat(ForkIntervals.tQuantile(9, 0.99)).isCloseTo(3.250, within(0.001));
    }

    @Test
    @DisplayName("the ratio is the geometric mean of the per-fork ratios, its interval exact for known data")
    void knownRatio() {
        // Per-fork ratios 1.1, 1.0, 0.9 (log mean -0.0035; log sd 0.1003): t(2, 95%) = 4.303.
        Estimate ratio = ForkIntervals.ratio(new double[] {110, 100, 90}, new double[] {100, 100, 100}, 0.95);
        double logMean = (Math.log(1.1) + Math.log(0.9)) / 3;
        double logSd = Math.sqrt((sq(Math.log(1.1) - logMean) + sq(-logMean) + sq(Math.log(0.9) - logMean)) / 2);
        double half = 4.303 * logSd / Math.sqrt(3);
        assertThat(ratio.value()).isCloseTo(Math.exp(logMean), within(1e-12));
        assertThat(ratio.ci95().lower()).isCloseTo(Math.exp(logMean - half), within(1e-4));
        assertThat(ratio.ci95().upper()).isCloseTo(Math.exp(logMean + half), within(1e-4));
        assertThat(ForkIntervals.relativeHalfWidth(ratio))
                .isCloseTo((ratio.ci95().upper() - ratio.ci95().lower()) / 2 / ratio.value(), within(1e-12));
    }

    @Test
    @DisplayName("is undefined with one fork and NaN, never 0, with none")
    void undefinedWithTooFewForks() {
        Estimate one = ForkIntervals.ratio(new double[] {2}, new double[] {1}, 0.95);
        assertThat(one.value()).isEqualTo(2.0);
        assertThat(one.ci95().isDefined()).isFalse();
        Estimate none = ForkIntervals.geometricMean(new double[0], 0.95);
        assertThat(none.value()).isNaN();
        assertThat(ForkIntervals.relativeHalfWidth(none)).isNaN();
    }

    @ParameterizedTest(name = "{0} forks, instance effect sd {1}, within-fork sd {2}")
    @CsvSource({"5, 0.03, 0.01", "10, 0.03, 0.01", "20, 0.0, 0.02", "20, 0.05, 0.005", "40, 0.02, 0.02"})
    @DisplayName("covers the true ratio 95% of the time when client instances differ persistently")
    void coversWithInstanceEffects(int forks, double instanceSd, double withinSd) {
        Random random = new Random(20261129L + forks);
        double trueRatio = 0.9;
        int covered = 0;
        for (int experiment = 0; experiment < EXPERIMENTS; experiment++) {
            double[] baseline = new double[forks];
            double[] candidate = new double[forks];
            for (int fork = 0; fork < forks; fork++) {
                // Each fork: a fresh pair of instances, each with its own persistent effect, plus noise.
                baseline[fork] = 1000 * Math.exp(instanceSd * random.nextGaussian() + withinSd * random.nextGaussian());
                candidate[fork] = 1000
                        / trueRatio
                        * Math.exp(instanceSd * random.nextGaussian() + withinSd * random.nextGaussian());
            }
            if (ForkIntervals.ratio(baseline, candidate, 0.95).ci95().contains(trueRatio)) {
                covered++;
            }
        }
        assertThat(covered / (double) EXPERIMENTS).isBetween(0.935, 0.965);
    }

    @Test
    @DisplayName("covers the true ratio with skewed latencies and occasional pauses in one arm's blocks")
    void coversWithPauses() {
        Random random = new Random(7);
        int forks = 10;
        int covered = 0;
        for (int experiment = 0; experiment < EXPERIMENTS; experiment++) {
            double[] baseline = new double[forks];
            double[] candidate = new double[forks];
            for (int fork = 0; fork < forks; fork++) {
                baseline[fork] = forkMean(random, 8_000);
                candidate[fork] = forkMean(random, 8_000);
            }
            if (ForkIntervals.ratio(baseline, candidate, 0.95).ci95().contains(1.0)) {
                covered++;
            }
        }
        // The t interval is conservative, never liberal, with such outliers: they widen it.
        assertThat(covered / (double) EXPERIMENTS).isBetween(0.94, 0.995);
    }

    @Test
    @DisplayName("sees a drift of the per-fork ratio with the fork number, and none in exchangeable forks")
    void drift() {
        double[] ones = new double[20];
        java.util.Arrays.fill(ones, 100);
        double[] rising = new double[20];
        for (int fork = 0; fork < 20; fork++) {
            rising[fork] = 100 * (1 + 0.01 * fork);
        }
        double rho = ForkIntervals.drift(rising, ones);
        assertThat(rho).isCloseTo(1.0, within(1e-12));
        assertThat(ForkIntervals.isDrift(rho, 20)).isTrue();
        assertThat(ForkIntervals.drift(ones, ones)).as("all tied").isZero();
        assertThat(ForkIntervals.drift(new double[] {1, 2}, new double[] {1, 1}))
                .isNaN();

        Random random = new Random(13);
        double[] baseline = new double[30];
        java.util.Arrays.fill(baseline, 100);
        int falseAlarms = 0;
        for (int run = 0; run < 2000; run++) {
            double[] noise = new double[30];
            for (int fork = 0; fork < 30; fork++) {
                noise[fork] = 100 * Math.exp(0.05 * random.nextGaussian());
            }
            if (ForkIntervals.isDrift(ForkIntervals.drift(noise, baseline), 30)) {
                falseAlarms++;
            }
        }
        assertThat(falseAlarms / 2000.0).as("about 1% of exchangeable runs").isBetween(0.002, 0.025);
    }

    @Test
    @DisplayName("is wider when client instances differ persistently than when they do not")
    void widensWithInstanceEffects() {
        Random random = new Random(3);
        double withoutEffect = medianHalfWidth(random, 0.0);
        double withEffect = medianHalfWidth(random, 0.04);
        assertThat(withEffect).isGreaterThan(2 * withoutEffect);
    }

    /** The mean of 200 lognormal latencies, one of which may be stretched by a 0.5 ms pause. */
    private static double forkMean(Random random, double medianNanos) {
        double sum = 0;
        for (int op = 0; op < 200; op++) {
            sum += medianNanos * Math.exp(0.3 * random.nextGaussian());
        }
        if (random.nextDouble() < 0.1) {
            sum += 500_000;
        }
        return sum / 200;
    }

    private static double medianHalfWidth(Random random, double instanceSd) {
        double[] widths = new double[501];
        for (int experiment = 0; experiment < widths.length; experiment++) {
            double[] baseline = new double[10];
            double[] candidate = new double[10];
            for (int fork = 0; fork < 10; fork++) {
                baseline[fork] = Math.exp(instanceSd * random.nextGaussian() + 0.005 * random.nextGaussian());
                candidate[fork] = Math.exp(instanceSd * random.nextGaussian() + 0.005 * random.nextGaussian());
            }
            widths[experiment] = ForkIntervals.relativeHalfWidth(ForkIntervals.ratio(baseline, candidate, 0.95));
        }
        java.util.Arrays.sort(widths);
        return widths[widths.length / 2];
    }

    private static double sq(double value) {
        return value * value;
    }
}
