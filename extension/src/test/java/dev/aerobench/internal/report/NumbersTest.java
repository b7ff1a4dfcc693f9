package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Numbers")
class NumbersTest {

    @Test
    @DisplayName("says faster at or above 1 and slower, inverted, below 1")
    void speedupWords() {
        assertThat(Numbers.speedup(1.88)).isEqualTo("1.88x faster");
        assertThat(Numbers.speedup(1.0)).isEqualTo("1.00x faster");
        assertThat(Numbers.speedup(1 / 1.12)).isEqualTo("1.12x slower");
        assertThat(Numbers.speedup(0.5)).isEqualTo("2.00x slower");
    }

    @Test
    @DisplayName("shows undefined values as n/a")
    void notAvailable() {
        assertThat(Numbers.speedup(Double.NaN)).isEqualTo("n/a");
        assertThat(Numbers.speedup(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
        assertThat(Numbers.speedup(0)).isEqualTo("n/a");
        assertThat(Numbers.millis(Double.NaN)).isEqualTo("n/a");
        assertThat(Numbers.opsPerSecond(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    @DisplayName("converts nanoseconds to milliseconds with three decimals")
    void millis() {
        assertThat(Numbers.millis(312_000)).isEqualTo("0.312ms");
        assertThat(Numbers.millis(0)).isEqualTo("0.000ms");
        assertThat(Numbers.opsPerSecond(1_234_567.8)).isEqualTo("1,234,568");
    }
}
