package dev.aerobench.internal.measure;

import java.util.Arrays;
import java.util.Random;

/**
 * Percentile bootstrap over trial-level values. Trials, not single operations, are the unit of
 * resampling: operations within a trial share its GC pauses, JIT state and server noise, so only
 * the spread between trials says how repeatable a number is.
 *
 * <p>With few trials the percentile interval is somewhat too narrow (it cannot see variation the
 * trials did not show); more trials give more honest intervals.
 */
final class Bootstrap {

    /** Resamples per interval: enough for stable 2.5% and 97.5% percentiles. */
    static final int RESAMPLES = 2000;

    private final Random random;

    Bootstrap(long seed) {
        this.random = new Random(seed);
    }

    /**
     * 95% interval of {@code mean(numerator) / mean(denominator)} for values paired by trial: each
     * resample draws trial numbers and takes both arms' values of those trials. Both arms of a trial
     * ran back to back, so a load spike or a slow phase of the machine that hits a trial hits both,
     * and the pairing keeps it from widening the interval. Undefined with fewer than two trials or
     * unequal lengths.
     */
    Interval pairedRatioOfMeans(double[] numerator, double[] denominator) {
        if (numerator.length < 2 || numerator.length != denominator.length) {
            return Interval.UNDEFINED;
        }
        double[] ratios = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double numeratorSum = 0;
            double denominatorSum = 0;
            for (int i = 0; i < numerator.length; i++) {
                int trial = random.nextInt(numerator.length);
                numeratorSum += numerator[trial];
                denominatorSum += denominator[trial];
            }
            ratios[b] = numeratorSum / denominatorSum;
        }
        return percentileInterval(ratios);
    }

    /** 95% interval of {@code mean(values)}; undefined with fewer than two values. */
    Interval meanInterval(double[] values) {
        if (values.length < 2) {
            return Interval.UNDEFINED;
        }
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            means[b] = resampledMean(values);
        }
        return percentileInterval(means);
    }

    private double resampledMean(double[] values) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    private static Interval percentileInterval(double[] statistics) {
        if (Arrays.stream(statistics).anyMatch(value -> Double.isNaN(value))) {
            return Interval.UNDEFINED;
        }
        Arrays.sort(statistics);
        return new Interval(percentile(statistics, 0.025), percentile(statistics, 0.975));
    }

    /** Linear interpolation between the closest ranks of a sorted array. */
    static double percentile(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /** Mean of the values; NaN for none. */
    static double average(double[] values) {
        return values.length == 0 ? Double.NaN : Arrays.stream(values).sum() / values.length;
    }
}
