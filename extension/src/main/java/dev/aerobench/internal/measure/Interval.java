package dev.aerobench.internal.measure;

/**
 * A closed interval {@code [lower, upper]}, here a 95% confidence interval. Both ends are NaN when
 * the interval is undefined (for instance with fewer than two forks).
 */
public record Interval(double lower, double upper) {

    /** The interval that could not be computed. */
    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public Interval {
        if (Double.isNaN(lower) != Double.isNaN(upper)) {
            throw new IllegalArgumentException(
                    "Interval: both ends must be NaN or neither, but was [" + lower + ", " + upper + "]");
        }
        if (lower > upper) {
            throw new IllegalArgumentException("Interval: lower end " + lower + " is above upper end " + upper);
        }
    }

    /** Whether both ends are numbers. */
    public boolean isDefined() {
        return !Double.isNaN(lower);
    }

    /** Whether {@code value} lies within the interval, ends included; false when undefined. */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** Whether the whole interval lies strictly below {@code value}; false when undefined. */
    public boolean isEntirelyBelow(double value) {
        return upper < value;
    }

    /** Whether the whole interval lies strictly above {@code value}; false when undefined. */
    public boolean isEntirelyAbove(double value) {
        return lower > value;
    }

    /** This interval with both ends divided by {@code divisor}: {@code dividedBy(1e6)} turns ns into ms. */
    public Interval dividedBy(double divisor) {
        return isDefined() ? new Interval(lower / divisor, upper / divisor) : UNDEFINED;
    }
}
