package dev.aerobench.internal.measure;

import static dev.aerobench.AerospikeBenchmark.NO_MAX_P99;
import static dev.aerobench.AerospikeBenchmark.NO_MIN_SPEEDUP;

import java.util.Locale;

/**
 * What the {@link RegressionGate} requires of an operation. "No threshold" is spelled as in the
 * annotation, by values that by themselves can never fail: a minimum speedup of
 * {@link dev.aerobench.AerospikeBenchmark#NO_MIN_SPEEDUP NO_MIN_SPEEDUP} (0) and a maximum p99 of
 * {@link dev.aerobench.AerospikeBenchmark#NO_MAX_P99 NO_MAX_P99} (infinity); the gate does not
 * check them.
 *
 * @param minSpeedup   the least speedup (baseline mean latency ÷ candidate mean latency) the
 *                     candidate must show, e.g. {@code 1.0} for "not slower than the baseline" or
 *                     {@code 0.9} to tolerate 10% slowdown; {@code NO_MIN_SPEEDUP} for no requirement
 * @param maxP99Millis the highest p99 latency in milliseconds the candidate may have;
 *                     {@code NO_MAX_P99} for no limit
 */
public record Thresholds(double minSpeedup, double maxP99Millis) {

    /** No thresholds: every operation passes. */
    public static final Thresholds NONE = new Thresholds(NO_MIN_SPEEDUP, NO_MAX_P99);

    public Thresholds {
        if (Double.isNaN(minSpeedup) || Double.isInfinite(minSpeedup) || minSpeedup < 0) {
            throw invalid(
                    "minSpeedup",
                    minSpeedup,
                    "a finite number >= 0 (0 = no gate)",
                    "e.g. minSpeedup = 1.0 to require the candidate to be at least as fast as the baseline");
        }
        if (Double.isNaN(maxP99Millis) || maxP99Millis <= 0) {
            throw invalid(
                    "maxP99Millis",
                    maxP99Millis,
                    "a number > 0 (infinity = no gate)",
                    "e.g. maxP99Millis = 5.0 to require a p99 latency of at most 5 ms");
        }
    }

    /** Only a minimum speedup. */
    public static Thresholds minSpeedup(double minSpeedup) {
        return new Thresholds(minSpeedup, NO_MAX_P99);
    }

    /** Only a maximum p99, in milliseconds. */
    public static Thresholds maxP99Millis(double maxP99Millis) {
        return new Thresholds(NO_MIN_SPEEDUP, maxP99Millis);
    }

    public Thresholds withMinSpeedup(double value) {
        return new Thresholds(value, maxP99Millis);
    }

    public Thresholds withMaxP99Millis(double value) {
        return new Thresholds(minSpeedup, value);
    }

    public boolean hasMinSpeedup() {
        return minSpeedup != NO_MIN_SPEEDUP;
    }

    public boolean hasMaxP99() {
        return maxP99Millis != NO_MAX_P99;
    }

    private static IllegalArgumentException invalid(String setting, double value, String expected, String example) {
        return new IllegalArgumentException(
                String.format(Locale.ROOT, "%s must be %s, but was %s; set %s", setting, expected, value, example));
    }
}
