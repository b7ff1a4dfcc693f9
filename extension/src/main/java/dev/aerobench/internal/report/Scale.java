package dev.aerobench.internal.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a chart's data values to a share of its axis (0 at the start, 1 at the end), with the ticks
 * the axis shows.
 */
sealed interface Scale permits Scale.Linear, Scale.Logarithmic, Scale.Percentile {

    /** Where {@code value} lies on the axis: 0 at its start, 1 at its end (outside for values out of range). */
    double share(double value);

    List<Tick> ticks();

    /** A labelled mark on an axis. */
    record Tick(double value, String label) {}

    /**
     * A linear axis from {@code min} to {@code max}, widened to "nice" round ticks (steps of 1, 2 or
     * 5 times a power of ten), about five of them.
     */
    static Linear linear(double low, double high) {
        return linear(low, high, 0);
    }

    /** A linear axis of whole numbers (forks, runs): ticks at least 1 apart. */
    static Linear counting(double low, double high) {
        return linear(low, Math.max(high, low + 1), 1);
    }

    private static Linear linear(double low, double high, double leastStep) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return linear(0, 1, leastStep);
        }
        if (high - low <= Math.abs(high) * 1e-9) {
            double pad = high == 0 ? 1 : Math.abs(high) * 0.1;
            return linear(low - pad, high + pad, leastStep);
        }
        double step = Math.max(leastStep, niceStep((high - low) / 5));
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; min + i * step <= max + step / 2; i++) {
            double value = min + i * step;
            ticks.add(new Tick(value, Numbers.format("%." + decimals + "f", value == 0 ? 0 : value)));
        }
        return new Linear(min, max, ticks);
    }

    /**
     * A logarithmic axis from the power of ten at or below {@code low} to the one at or above
     * {@code high}, ticks at each power of ten, and at 2 and 5 times it when the axis spans at most
     * two decades. For latencies whose tail is orders of magnitude above the median.
     */
    static Logarithmic logarithmic(double low, double high) {
        double bottom = Double.isFinite(low) && low > 0 ? low : 1e-3;
        double top = Double.isFinite(high) && high > bottom ? high : bottom * 10;
        int first = (int) Math.floor(Math.log10(bottom) + 1e-9);
        int last = Math.max(first + 1, (int) Math.ceil(Math.log10(top) - 1e-9));
        List<Tick> ticks = new ArrayList<>();
        for (int decade = first; decade <= last; decade++) {
            for (int multiple : last - first <= 2 && decade < last ? new int[] {1, 2, 5} : new int[] {1}) {
                double value = multiple * Math.pow(10, decade);
                ticks.add(new Tick(value, plain(value)));
            }
        }
        return new Logarithmic(Math.log10(Math.pow(10, first)), last, ticks);
    }

    /** {@code 0.05}, {@code 2}, {@code 100}: no exponent, no trailing zeros. */
    private static String plain(double value) {
        return new BigDecimal(Numbers.format("%.6g", value))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    /** A logarithmic axis from 10^{@code firstDecade} to 10^{@code lastDecade}. */
    record Logarithmic(double firstDecade, double lastDecade, List<Tick> ticks) implements Scale {

        @Override
        public double share(double value) {
            return (Math.log10(value) - firstDecade) / (lastDecade - firstDecade);
        }
    }

    /** A linear axis. */
    record Linear(double min, double max, List<Tick> ticks) implements Scale {

        @Override
        public double share(double value) {
            return (value - min) / (max - min);
        }
    }

    /**
     * HdrHistogram's percentile axis: a percentile p is placed at log10(1 / (1 - p)), its "nines",
     * so that 0%, 90%, 99%, 99.9% ... are evenly spaced; values on this axis are nines, from 0 to
     * {@code nines}.
     */
    record Percentile(int nines) implements Scale {

        /** The nines of the percentile {@code percentile} (0..100): 1 for 90%, 2 for 99%. */
        static double nines(double percentile) {
            return Math.log10(1 / (1 - percentile / 100));
        }

        @Override
        public double share(double nines) {
            return nines / this.nines;
        }

        @Override
        public List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            for (int nine = 0; nine <= nines; nine++) {
                String label = switch (nine) {
                    case 0 -> "0%";
                    case 1 -> "90%";
                    default -> "99" + (nine == 2 ? "" : "." + "9".repeat(nine - 2)) + "%";
                };
                ticks.add(new Tick(nine, label));
            }
            return ticks;
        }
    }
}
