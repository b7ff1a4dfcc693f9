package dev.aerobench.internal.report;

import java.util.Locale;

/** Number formatting shared by the formats: {@link Locale#ROOT}, and {@code n/a} for undefined. */
final class Numbers {

    static final String NOT_AVAILABLE = "n/a";

    private Numbers() {}

    /** Nanoseconds as milliseconds with 3 decimals and the unit: {@code 0.312ms}. */
    static String millis(double nanos) {
        return defined(nanos) ? String.format(Locale.ROOT, "%.3fms", nanos / 1e6) : NOT_AVAILABLE;
    }

    /** Nanoseconds as milliseconds with 3 decimals, without the unit (for a column that names it): {@code 0.312}. */
    static String millisValue(double nanos) {
        return format("%.3f", nanos / 1e6);
    }

    /** Throughput with thousands separators: {@code 12,345}. */
    static String opsPerSecond(double value) {
        return defined(value) ? String.format(Locale.ROOT, "%,.0f", value) : NOT_AVAILABLE;
    }

    /**
     * A speedup as people say it: {@code 1.88x faster} at or above 1, else {@code 1.12x slower}
     * (showing 1 ÷ speedup, so a candidate twice as slow reads {@code 2.00x slower}).
     */
    static String speedup(double speedup) {
        if (!defined(speedup) || speedup <= 0) {
            return NOT_AVAILABLE;
        }
        return speedup >= 1
                ? String.format(Locale.ROOT, "%.2fx faster", speedup)
                : String.format(Locale.ROOT, "%.2fx slower", 1 / speedup);
    }

    /** A plain number with {@code pattern}, or {@code n/a}. */
    static String format(String pattern, double value) {
        return defined(value) ? String.format(Locale.ROOT, pattern, value) : NOT_AVAILABLE;
    }

    static boolean defined(double value) {
        return Double.isFinite(value);
    }
}
