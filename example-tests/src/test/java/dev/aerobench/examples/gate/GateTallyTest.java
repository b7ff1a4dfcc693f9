package dev.aerobench.examples.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.examples.gate.GateAccuracyBenchmark.OperationOutcome;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The gate-accuracy benchmark's tally and its uneven server")
class GateTallyTest {

    @Test
    @DisplayName("counts verdicts per scenario and operation, with median speedup, resolution and time")
    void tallies() {
        GateTally tally = new GateTally();
        tally.addAll(
                Scenario.TEN_PERCENT_SLOWER,
                List.of(
                        new OperationOutcome("get", "FAIL", 0.90, 0.02, 3.0),
                        new OperationOutcome("put", "INCONCLUSIVE", 0.93, Double.NaN, 30.0)));
        tally.addAll(
                Scenario.TEN_PERCENT_SLOWER,
                List.of(
                        new OperationOutcome("get", "FAIL", 0.92, 0.04, 5.0),
                        new OperationOutcome("put", "PASS", 0.96, 0.01, 2.0)));

        String table = tally.table(2);

        assertThat(table)
                .contains("| 10% slower | 0.95 | get | 2 | 0 | 2 | 0 | 0.910 | ±3.0% | 4.0 |")
                .contains("| 10% slower | 0.95 | put | 2 | 1 | 0 | 1 | 0.945 | ±1.0% | 16.0 |");
        assertThat(GateTally.median(new double[] {Double.NaN})).isNaN();
    }

    @Test
    @DisplayName("slows about half the connections, each for its whole life")
    void unevenConnections() {
        int slow = 0;
        for (long connection = 1; connection <= 200; connection++) {
            boolean first = GateAccuracyBenchmark.isSlowConnection(42, connection);
            assertThat(GateAccuracyBenchmark.isSlowConnection(42, connection))
                    .as("connection %d keeps its speed", connection)
                    .isEqualTo(first);
            slow += first ? 1 : 0;
        }
        assertThat(slow).isBetween(70, 130);
        assertThat(GateAccuracyBenchmark.isSlowConnection(43, 1) != GateAccuracyBenchmark.isSlowConnection(42, 1)
                        || GateAccuracyBenchmark.isSlowConnection(43, 2)
                                != GateAccuracyBenchmark.isSlowConnection(42, 2)
                        || GateAccuracyBenchmark.isSlowConnection(43, 3)
                                != GateAccuracyBenchmark.isSlowConnection(42, 3))
                .as("another seed picks other connections")
                .isTrue();
    }
}
