package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * An arm's latency distribution as HdrHistogram's percentile distribution lists it
 * ({@code Histogram.outputPercentileDistribution}): the latency at a ladder of percentiles that
 * halves the distance to 100% every {@value #TICKS_PER_HALF_DISTANCE} steps, ending at the maximum.
 * A few hundred points at most, kept instead of the histogram itself (half a megabyte per arm at 1 ns
 * to 1 hour and 3 significant digits) so that a run of many operations stays small.
 *
 * @param points the latencies, percentiles ascending; empty when no distribution was recorded
 */
public record LatencyDistribution(List<Point> points) {

    /** Percentile steps per halving of the distance to 100%, as in HdrHistogram's own output. */
    public static final int TICKS_PER_HALF_DISTANCE = 5;

    /** No distribution recorded (results made by hand, or no operations). */
    public static final LatencyDistribution NONE = new LatencyDistribution(List.of());

    /**
     * One point of the distribution.
     *
     * @param percentile  0 to 100: this share of the operations took at most {@code valueNanos}
     * @param valueNanos  the latency, in nanoseconds (the histogram bucket's highest equivalent value)
     */
    public record Point(double percentile, long valueNanos) {

        public Point {
            if (!(percentile >= 0 && percentile <= 100)) {
                throw new IllegalArgumentException("Point: percentile must be in 0..100 but was " + percentile);
            }
        }
    }

    public LatencyDistribution {
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).percentile() < points.get(i - 1).percentile()) {
                throw new IllegalArgumentException("LatencyDistribution: percentiles must ascend, but "
                        + points.get(i).percentile() + " follows "
                        + points.get(i - 1).percentile());
            }
        }
    }

    /** The percentile distribution of {@code histogram}; {@link #NONE} when it is empty. */
    public static LatencyDistribution of(Histogram histogram) {
        if (histogram.getTotalCount() == 0) {
            return NONE;
        }
        List<Point> points = new ArrayList<>();
        for (HistogramIterationValue value : histogram.percentiles(TICKS_PER_HALF_DISTANCE)) {
            points.add(new Point(
                    value.getPercentileLevelIteratedTo(),
                    histogram.highestEquivalentValue(value.getValueIteratedTo())));
        }
        return new LatencyDistribution(points);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}
