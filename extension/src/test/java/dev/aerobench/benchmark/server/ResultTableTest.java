package dev.aerobench.benchmark.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Server benchmark result table")
class ResultTableTest {

    private static CaseResult result(BenchmarkCase benchmarkCase, double opsPerSecond, double p50, double p99) {
        return new CaseResult(
                "aerospike-client-jdk21 9.0.4", benchmarkCase, 1_000, opsPerSecond, p50, p99, 0, 3.25, 8.5);
    }

    @Test
    @DisplayName("prints each result next to the reference figures, with the throughput ratio")
    void rowsWithReference() {
        String table = ResultTable.format(List.of(result(BenchmarkCase.SYNC_GET_1_THREAD, 44_000, 6.04, 30.75)));

        assertThat(table.lines())
                .containsExactly(
                        "client                       | case               |  ops/s | p50 µs | p99 µs | failures"
                                + " | server CPU µs/op | JVM CPU µs/op | ref ops/s | ref p50 µs | ref p99 µs | ops/s vs ref",
                        "-----------------------------|--------------------|--------|--------|--------|---------"
                                + "-|------------------|---------------|-----------|------------|------------|-------------",
                        "aerospike-client-jdk21 9.0.4 | sync get, 1 thread | 44,000 |    6.0 |   30.8 |        0"
                                + " |              3.3 |           8.5 |    22,000 |         38 |        112 |        2.00x");
    }

    @Test
    @DisplayName("shows n/a for figures that are undefined, never 0")
    void undefinedFigures() {
        String table = ResultTable.format(
                List.of(result(BenchmarkCase.SYNC_PUT_1_THREAD, Double.NaN, Double.NaN, Double.NaN)));

        String row = table.lines().toList().get(2);
        assertThat(row.split("\\s*\\|\\s*"))
                .containsExactly(
                        "aerospike-client-jdk21 9.0.4",
                        "sync put, 1 thread",
                        "n/a",
                        "n/a",
                        "n/a",
                        "0",
                        "3.3",
                        "8.5",
                        "21,000",
                        "n/a",
                        "n/a",
                        "n/a");
    }

    @Test
    @DisplayName("computes how a result compares with the real server's throughput")
    void throughputVersusReference() {
        assertThat(result(BenchmarkCase.BATCH_GET_100_KEYS, 5_400, 70, 150).throughputVersusReference())
                .isEqualTo(2.0);
    }
}
