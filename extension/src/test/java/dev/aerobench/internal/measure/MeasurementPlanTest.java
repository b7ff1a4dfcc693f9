package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MeasurementPlan")
class MeasurementPlanTest {

    @Test
    @DisplayName("defaults to the seed suite's 1000 ops per trial and concurrency 50, with 5 trials")
    void defaults() {
        assertThat(MeasurementPlan.defaults()).isEqualTo(new MeasurementPlan(1000, 1000, 5, 50, 42L));
    }

    @Test
    @DisplayName("changes one setting at a time")
    void withers() {
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(0)
                .withOpsPerTrial(7)
                .withTrials(3)
                .withConcurrency(2)
                .withSeed(9);
        assertThat(plan).isEqualTo(new MeasurementPlan(0, 7, 3, 2, 9));
    }

    @Test
    @DisplayName("rejects counts out of range, naming the setting and what it means")
    void validates() {
        MeasurementPlan plan = MeasurementPlan.defaults();
        assertThatThrownBy(() -> plan.withOpsPerTrial(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "MeasurementPlan: opsPerTrial must be at least 1 but was 0; set it to the number of operations each arm runs per trial");
        assertThatThrownBy(() -> plan.withWarmupOps(-1))
                .hasMessageContaining("warmupOps must be at least 0 but was -1");
        assertThatThrownBy(() -> plan.withTrials(0)).hasMessageContaining("trials must be at least 1");
        assertThatThrownBy(() -> plan.withConcurrency(0)).hasMessageContaining("concurrency must be at least 1");
    }
}
