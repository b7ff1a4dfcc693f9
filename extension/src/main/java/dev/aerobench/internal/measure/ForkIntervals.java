package dev.aerobench.internal.measure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Confidence intervals whose unit is the fork: one independently opened pair of clients, measured
 * in short interleaved blocks (see {@link ForkSample}).
 *
 * <p>Why forks and not blocks or operations: a client instance keeps its connections, threads and
 * pools, and the machine treats each instance's threads in its own way (a CPU that sleeps between
 * one instance's requests and not another's), so two instances of the same client can differ
 * persistently by a few percent on the embedded server, and by 2x for seconds against a real node
 * on a small VM. More blocks with the same two instances only narrow the interval around that
 * instance effect. Each fork's value already contains both its instance effect and its
 * within-fork noise, so the spread between fork values is the two-level variance (between and
 * within pairs) that an honest interval needs; a Student-t interval over forks uses exactly that,
 * and its {@code n - 1} degrees of freedom pay for estimating it from few forks. (A percentile
 * bootstrap over so few units covers noticeably less than its nominal level.)
 *
 * <p>Ratios and latencies are positive and right-skewed, so intervals are computed on the log
 * scale and returned as geometric means with multiplicative bounds.
 */
public final class ForkIntervals {

    private ForkIntervals() {}

    /**
     * The ratio {@code numerator / denominator} of paired per-fork means, e.g. baseline mean latency
     * over candidate mean latency: the geometric mean of the per-fork ratios, with a two-sided
     * {@code confidence} interval over forks. Undefined interval with fewer than two forks.
     */
    public static Estimate ratio(double[] numerators, double[] denominators, double confidence) {
        if (numerators.length != denominators.length) {
            throw new IllegalArgumentException(
                    "ratio: " + numerators.length + " numerators but " + denominators.length + " denominators");
        }
        double[] logRatios = new double[numerators.length];
        for (int i = 0; i < logRatios.length; i++) {
            logRatios[i] = Math.log(numerators[i] / denominators[i]);
        }
        return geometric(logRatios, confidence);
    }

    /** The geometric mean of positive per-fork values, with a two-sided {@code confidence} interval. */
    public static Estimate geometricMean(double[] values, double confidence) {
        double[] logs = new double[values.length];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return geometric(logs, confidence);
    }

    /**
     * The arithmetic mean of per-fork values with a two-sided {@code confidence} Student-t interval
     * on the linear scale: the interval JMH puts around a score (its {@code scoreError} is the half
     * width at 99.9%), for reports read by JMH's tools. The gate itself uses the log scale. NaN when
     * a value is not finite; undefined interval with fewer than two forks.
     */
    public static Estimate arithmeticMean(double[] values, double confidence) {
        requireConfidence(confidence);
        int n = values.length;
        double mean = 0;
        for (double value : values) {
            mean += value;
        }
        mean /= n;
        if (n == 0 || !Double.isFinite(mean)) {
            return new Estimate(Double.NaN, Interval.UNDEFINED);
        }
        if (n < 2) {
            return new Estimate(mean, Interval.UNDEFINED);
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double halfWidth = tQuantile(n - 1, confidence) * Math.sqrt(squares / (n - 1) / n);
        return new Estimate(mean, new Interval(mean - halfWidth, mean + halfWidth));
    }

    /**
     * Half the interval's width relative to its estimate, e.g. 0.021 for "resolves ±2.1%": the
     * smallest change the measurement could tell from none. NaN when undefined.
     */
    public static double relativeHalfWidth(Estimate estimate) {
        Interval ci = estimate.ci95();
        return ci.isDefined() ? (ci.upper() - ci.lower()) / 2 / estimate.value() : Double.NaN;
    }

    /**
     * Spearman's rank correlation between the fork number and the per-fork log ratio: near 0 when
     * the forks are exchangeable, near ±1 when the ratio drifts over the measurement (a warm-up
     * that was not over, a machine that slowed one arm more and more). NaN with fewer than three
     * forks. Ties get the mean of their ranks.
     */
    public static double drift(double[] numerators, double[] denominators) {
        int n = numerators.length;
        if (n < 3 || denominators.length != n) {
            return Double.NaN;
        }
        double[] logRatios = new double[n];
        for (int i = 0; i < n; i++) {
            logRatios[i] = Math.log(numerators[i] / denominators[i]);
        }
        double[] ranks = ranks(logRatios);
        double meanRank = (n + 1) / 2.0;
        double covariance = 0;
        double rankSquares = 0;
        double orderSquares = 0;
        for (int i = 0; i < n; i++) {
            double order = i + 1 - meanRank;
            double rank = ranks[i] - meanRank;
            covariance += order * rank;
            rankSquares += rank * rank;
            orderSquares += order * order;
        }
        return rankSquares == 0 ? 0 : covariance / Math.sqrt(rankSquares * orderSquares);
    }

    /**
     * Whether {@code rho} over {@code forks} forks is a drift beyond chance at 1% (two-sided, the
     * normal approximation {@code |rho| sqrt(n - 1) > 2.576}, fine from about ten forks on).
     */
    public static boolean isDrift(double rho, int forks) {
        return forks >= 10 && Math.abs(rho) * Math.sqrt(forks - 1) > 2.576;
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[values.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int i = start; i <= end; i++) {
                ranks[order[i]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** Student's t quantile with {@code degreesOfFreedom} for a two-sided {@code confidence} interval. */
    static double tQuantile(int degreesOfFreedom, double confidence) {
        // Commons Math's TDistribution (the JDK has none) inverts the distribution iteratively: keep
        // the few quantiles a run needs. Its default constructor seeds a random generator we never
        // use; this one does not.
        return QUANTILES.computeIfAbsent(
                new QuantileKey(degreesOfFreedom, confidence),
                key -> new TDistribution(null, key.degreesOfFreedom(), TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
                        .inverseCumulativeProbability(1 - (1 - key.confidence()) / 2));
    }

    private record QuantileKey(int degreesOfFreedom, double confidence) {}

    private static final Map<QuantileKey, Double> QUANTILES = new ConcurrentHashMap<>();

    private static Estimate geometric(double[] logs, double confidence) {
        requireConfidence(confidence);
        int n = logs.length;
        if (n == 0) {
            return new Estimate(Double.NaN, Interval.UNDEFINED);
        }
        double mean = 0;
        for (double value : logs) {
            mean += value;
        }
        mean /= n;
        if (Double.isNaN(mean) || Double.isInfinite(mean)) {
            return new Estimate(Double.NaN, Interval.UNDEFINED);
        }
        if (n < 2) {
            return new Estimate(Math.exp(mean), Interval.UNDEFINED);
        }
        double squares = 0;
        for (double value : logs) {
            squares += (value - mean) * (value - mean);
        }
        double standardError = Math.sqrt(squares / (n - 1) / n);
        double halfWidth = tQuantile(n - 1, confidence) * standardError;
        return new Estimate(Math.exp(mean), new Interval(Math.exp(mean - halfWidth), Math.exp(mean + halfWidth)));
    }

    private static void requireConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 but was " + confidence);
        }
    }
}
