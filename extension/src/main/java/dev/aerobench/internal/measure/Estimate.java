package dev.aerobench.internal.measure;

/**
 * A point estimate with its 95% confidence interval.
 *
 * @param value the estimate; NaN when undefined
 * @param ci95  its 95% confidence interval; {@link Interval#UNDEFINED} when it cannot be computed
 */
public record Estimate(double value, Interval ci95) {

    public Estimate {
        java.util.Objects.requireNonNull(ci95, "ci95");
    }

    /** This estimate with value and interval divided by {@code divisor}: {@code dividedBy(1e6)} turns ns into ms. */
    public Estimate dividedBy(double divisor) {
        return new Estimate(value / divisor, ci95.dividedBy(divisor));
    }
}
