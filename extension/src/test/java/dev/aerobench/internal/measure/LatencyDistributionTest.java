package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LatencyDistribution")
class LatencyDistributionTest {

    @Test
    @DisplayName("lists HdrHistogram's percentile ladder of 1..1000 µs, from the minimum to the maximum")
    void percentileLadder() {
        Histogram histogram = new Histogram(1, 3_600_000_000_000L, 3);
        for (long micros = 1; micros <= 1000; micros++) {
            histogram.recordValue(micros * 1000);
        }

        List<LatencyDistribution.Point> points =
                LatencyDistribution.of(histogram).points();

        assertThat(points.getFirst().percentile()).isEqualTo(0.0);
        assertThat(points.getFirst().valueNanos()).isBetween(1000L, 1001L);
        assertThat(points.getLast().percentile()).isEqualTo(100.0);
        assertThat(points.getLast().valueNanos()).isEqualTo(histogram.highestEquivalentValue(1_000_000));
        // Five steps per halving of the distance to 100%: 0, 10, 20, 30, 40, 50, then 55, 60, ...
        assertThat(points.subList(0, 7))
                .extracting(LatencyDistribution.Point::percentile)
                .containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 55.0);
        assertThat(points.get(5).valueNanos()).isBetween(500_000L, 501_000L);
    }

    @Test
    @DisplayName("is NONE for an empty histogram")
    void emptyHistogram() {
        assertThat(LatencyDistribution.of(new Histogram(3))).isSameAs(LatencyDistribution.NONE);
        assertThat(LatencyDistribution.NONE.isEmpty()).isTrue();
    }

    @Test
    @DisplayName("refuses percentiles that do not ascend, naming both")
    void refusesDescendingPercentiles() {
        assertThatThrownBy(() -> new LatencyDistribution(
                        List.of(new LatencyDistribution.Point(50, 10), new LatencyDistribution.Point(40, 20))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40.0 follows 50.0");
    }
}
