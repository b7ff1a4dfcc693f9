package dev.aerobench.internal.measure;

/**
 * What the {@link RegressionGate} requires of an operation. Either threshold may be
 * {@link #UNSET}, which the gate then does not check.
 *
 * @param minSpeedup   the least speedup (baseline mean latency ÷ candidate mean latency) the
 *                     candidate must show, e.g. {@code 1.0} for "not slower than the baseline" or
 *                     {@code 0.9} to tolerate 10% slowdown; {@link #UNSET} for no requirement
 * @param maxP99Millis the highest p99 latency in milliseconds the candidate may have;
 *                     {@link #UNSET} for no limit
 */
public record Thresholds(double minSpeedup, double maxP99Millis) {

    /**
     * The value of a threshold that is not set: {@value}. A speedup of at least 0 and a p99 of at
     * most 0 ms are never meant as real requirements, so 0 doubles as "no threshold", which also
     * makes it usable as an annotation default.
     */
    public static final double UNSET = 0.0;

    /** No thresholds: every operation passes. */
    public static final Thresholds NONE = new Thresholds(UNSET, UNSET);

    public Thresholds {
        requireValid(
                "minSpeedup",
                minSpeedup,
                "e.g. minSpeedup = 1.0 to require the candidate to be at least as fast as the baseline");
        requireValid("maxP99Millis", maxP99Millis, "e.g. maxP99Millis = 5.0 to require a p99 latency of at most 5 ms");
    }

    /** Only a minimum speedup. */
    public static Thresholds minSpeedup(double minSpeedup) {
        return new Thresholds(minSpeedup, UNSET);
    }

    /** Only a maximum p99, in milliseconds. */
    public static Thresholds maxP99Millis(double maxP99Millis) {
        return new Thresholds(UNSET, maxP99Millis);
    }

    public Thresholds withMinSpeedup(double value) {
        return new Thresholds(value, maxP99Millis);
    }

    public Thresholds withMaxP99Millis(double value) {
        return new Thresholds(minSpeedup, value);
    }

    public boolean hasMinSpeedup() {
        return minSpeedup != UNSET;
    }

    public boolean hasMaxP99() {
        return maxP99Millis != UNSET;
    }

    private static void requireValid(String setting, double value, String example) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new IllegalArgumentException(String.format(
                    java.util.Locale.ROOT,
                    "Configuration error: %s must be a finite number >= 0 (0 = not set), but was %s; set %s",
                    setting,
                    value,
                    example));
        }
    }
}
