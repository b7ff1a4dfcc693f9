package dev.aerobench.benchmark.server;

import org.HdrHistogram.Histogram;

/**
 * The raw outcome of driving one case for one measured window.
 *
 * @param latencyNanos one value per completed operation
 * @param elapsedNanos from the window's start until the last operation completed
 * @param failures operations that threw or answered wrongly
 */
record Measurement(Histogram latencyNanos, long elapsedNanos, long failures) {

    /** Highest latency a histogram tracks: far above any timeout the adapter sets. */
    static final long HIGHEST_TRACKABLE_NANOS = 60_000_000_000L;

    /** Significant digits the histograms keep: percentiles to 0.1 %. */
    static final int SIGNIFICANT_DIGITS = 3;

    static Histogram newHistogram() {
        return new Histogram(HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);
    }
}
