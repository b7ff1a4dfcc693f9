package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The look schedule of a sequential measurement")
class LookScheduleTest {

    @Test
    @DisplayName("looks first at minForks, then whenever the forks have grown by half, last at maxForks")
    void looksGrowByHalf() {
        assertThat(new LookSchedule(5, 60, 0.95).looks()).containsExactly(5, 8, 12, 18, 27, 41, 60);
        assertThat(new LookSchedule(2, 4, 0.95).looks()).containsExactly(2, 3, 4);
        assertThat(new LookSchedule(3, 3, 0.95).looks()).containsExactly(3);
    }

    @Test
    @DisplayName("splits the error over the looks, so the whole procedure keeps its confidence")
    void splitsError() {
        LookSchedule schedule = new LookSchedule(5, 60, 0.95);
        assertThat(schedule.perLookConfidence(1)).isCloseTo(1 - 0.05 / 7, within(1e-12));
        assertThat(schedule.perLookConfidence(2)).as("two thresholds").isCloseTo(1 - 0.05 / 14, within(1e-12));
        assertThat(schedule.isLook(8)).isTrue();
        assertThat(schedule.isLook(9)).isFalse();
    }

    @Test
    @DisplayName("refuses fewer than two forks and a maximum below the minimum, saying why")
    void refusesBadBounds() {
        assertThatThrownBy(() -> new LookSchedule(1, 10, 0.95)).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> new LookSchedule(5, 4, 0.95)).hasMessageContaining("maxForks (4)");
        assertThatThrownBy(() -> new LookSchedule(5, 10, 1.0)).hasMessageContaining("confidence");
    }
}
