package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scale")
class ScaleTest {

    @Test
    @DisplayName("widens a linear axis to round ticks of 1, 2 or 5 times a power of ten")
    void niceTicks() {
        Scale.Linear scale = Scale.linear(0.31, 1.79);

        assertThat(scale.ticks())
                .extracting(Scale.Tick::label)
                .as("a range of 1.48 in about five steps: 0.296, rounded to 0.5")
                .containsExactly("0.0", "0.5", "1.0", "1.5", "2.0");
        assertThat(scale.share(0)).isZero();
        assertThat(scale.share(1.0)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    @DisplayName("counts forks and runs in whole numbers, and widens a single value")
    void countingAndFlat() {
        assertThat(Scale.linear(0.31, 0.79).ticks())
                .extracting(Scale.Tick::label)
                .containsExactly("0.3", "0.4", "0.5", "0.6", "0.7", "0.8");
        assertThat(Scale.counting(1, 2).ticks()).extracting(Scale.Tick::label).containsExactly("1", "2");
        assertThat(Scale.linear(5, 5).share(5)).isCloseTo(0.5, within(1e-12));
        assertThat(Scale.linear(Double.NaN, 1).share(0)).isZero();
    }

    @Test
    @DisplayName("spans whole decades on a logarithmic axis, with 2 and 5 between them when there are few")
    void logarithmic() {
        Scale.Logarithmic narrow = Scale.logarithmic(0.031, 0.24);
        Scale.Logarithmic wide = Scale.logarithmic(0.031, 240);

        assertThat(narrow.ticks())
                .extracting(Scale.Tick::label)
                .containsExactly("0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1");
        assertThat(narrow.share(0.01)).isZero();
        assertThat(narrow.share(0.1)).isCloseTo(0.5, within(1e-12));
        assertThat(wide.ticks()).extracting(Scale.Tick::label).containsExactly("0.01", "0.1", "1", "10", "100", "1000");
    }

    @Test
    @DisplayName("places percentiles by their nines, as HdrHistogram's plotter: 90% at 1, 99.9% at 3")
    void percentileAxis() {
        Scale.Percentile scale = new Scale.Percentile(4);

        assertThat(Scale.Percentile.nines(90)).isCloseTo(1, within(1e-12));
        assertThat(Scale.Percentile.nines(99.9)).isCloseTo(3, within(1e-9));
        assertThat(scale.share(Scale.Percentile.nines(50))).isCloseTo(Math.log10(2) / 4, within(1e-12));
        assertThat(scale.ticks()).extracting(Scale.Tick::label).containsExactly("0%", "90%", "99%", "99.9%", "99.99%");
    }
}
