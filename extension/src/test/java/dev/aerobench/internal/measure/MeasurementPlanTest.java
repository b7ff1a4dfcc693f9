package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.Mode;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MeasurementPlan")
class MeasurementPlanTest {

    @Test
    @DisplayName("defaults to the seed suite's 1000 ops per fork and concurrency 50, 5 to 1000 forks, 30 s")
    void defaults() {
        assertThat(MeasurementPlan.defaults())
                .isEqualTo(new MeasurementPlan(10_000, 1000, 5, 1000, Duration.ofSeconds(30), 50, 42L));
        assertThat(MeasurementPlan.defaults().lookSchedule().looks())
                .containsExactly(5, 8, 12, 18, 27, 41, 62, 93, 140, 210, 315, 473, 710, 1000);
    }

    @Test
    @DisplayName("changes one setting at a time")
    void withers() {
        MeasurementPlan plan = MeasurementPlan.defaults()
                .withWarmupOps(0)
                .withOpsPerFork(7)
                .withForks(3, 4)
                .withBudget(Duration.ofSeconds(2))
                .withConcurrency(2)
                .withSeed(9);
        assertThat(plan).isEqualTo(new MeasurementPlan(0, 7, 3, 4, Duration.ofSeconds(2), 2, 9));
    }

    @Test
    @DisplayName("cuts a fork into ten blocks per arm, blocks of at least twice the window when concurrent")
    void blocks() {
        MeasurementPlan plan = MeasurementPlan.defaults();
        assertThat(plan.blockOps(Mode.SYNC)).isEqualTo(100);
        assertThat(plan.blockOps(Mode.ASYNC_CONCURRENT)).isEqualTo(100);
        assertThat(plan.withConcurrency(200).blockOps(Mode.ASYNC_CONCURRENT)).isEqualTo(400);
        assertThat(plan.withOpsPerFork(20).blockOps(Mode.SYNC)).isEqualTo(2);
        assertThat(plan.withOpsPerFork(5).blockOps(Mode.SYNC)).isEqualTo(1);
        assertThat(plan.withOpsPerFork(30).blockOps(Mode.ASYNC_CONCURRENT))
                .as("never above a fork")
                .isEqualTo(30);
        assertThat(plan.forkWarmupOps(Mode.SYNC)).isEqualTo(200);
        assertThat(plan.withWarmupOps(0).forkWarmupOps(Mode.SYNC)).isZero();
    }

    @Test
    @DisplayName("rejects counts out of range, naming the setting and what it means")
    void validates() {
        MeasurementPlan plan = MeasurementPlan.defaults();
        assertThatThrownBy(() -> plan.withOpsPerFork(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "MeasurementPlan: opsPerFork must be at least 1 but was 0; set it to the number of operations each arm runs per fork");
        assertThatThrownBy(() -> plan.withWarmupOps(-1))
                .hasMessageContaining("warmupOps must be at least 0 but was -1");
        assertThatThrownBy(() -> plan.withForks(1, 5)).hasMessageContaining("minForks must be at least 2");
        assertThatThrownBy(() -> plan.withForks(5, 4)).hasMessageContaining("maxForks must be at least 5");
        assertThatThrownBy(() -> plan.withConcurrency(0)).hasMessageContaining("concurrency must be at least 1");
        assertThatThrownBy(() -> plan.withBudget(Duration.ZERO)).hasMessageContaining("budget must be a positive");
    }
}
