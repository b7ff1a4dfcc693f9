package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ReportEntries")
class ReportEntriesTest {

    @Test
    @DisplayName("publishes every number of an operation under aerobench.<operation>.<arm>.<field>")
    void entriesOfOnePass() {
        Map<String, String> entries = ReportEntries.of(SampleResults.put());

        assertThat(entries)
                .contains(
                        entry("aerobench.put.verdict", "PASS"),
                        entry("aerobench.put.mode", "sync"),
                        entry("aerobench.put.speedup", "1.8810"),
                        entry("aerobench.put.speedup_ci95_low", "1.8500"),
                        entry("aerobench.put.speedup_ci95_high", "1.9100"),
                        entry("aerobench.put.candidate_p99_ms", "0.902000"),
                        entry("aerobench.put.candidate.name", "jdk21"),
                        entry("aerobench.put.candidate.identity", "aerospike-client-jdk21 9.0.4"),
                        entry("aerobench.put.candidate.count", "2000"),
                        entry("aerobench.put.candidate.avg_ms", "0.312000"),
                        entry("aerobench.put.candidate.p50_ms", "0.298000"),
                        entry("aerobench.put.candidate.p90_ms", "0.401000"),
                        entry("aerobench.put.candidate.p99_ms", "0.902000"),
                        entry("aerobench.put.candidate.p999_ms", "1.400000"),
                        entry("aerobench.put.candidate.max_ms", "3.100000"),
                        entry("aerobench.put.candidate.ops_per_sec", "3205.1"),
                        entry("aerobench.put.baseline.avg_ms", "0.587000"));
        assertThat(entries.keySet()).allMatch(key -> key.startsWith("aerobench.put."));
    }

    @Test
    @DisplayName("says what the measurement resolved, on how many forks, and how long it took")
    void resolutionAndTime() {
        Map<String, String> entries = ReportEntries.of(SampleResults.getAsyncConcurrent());

        assertThat(entries)
                .contains(
                        entry("aerobench.get_async_concurrent.verdict", "FAIL"),
                        entry("aerobench.get_async_concurrent.speedup", "0.8929"),
                        entry("aerobench.get_async_concurrent.resolution", "0.0560"),
                        entry("aerobench.get_async_concurrent.forks", "2"),
                        entry("aerobench.get_async_concurrent.looks", "2"),
                        entry("aerobench.get_async_concurrent.elapsed_s", "2.500"),
                        entry("aerobench.get_async_concurrent.seed", "42"));
    }

    @Test
    @DisplayName("shows undefined numbers as n/a")
    void undefinedNumbers() {
        Map<String, String> entries = ReportEntries.of(SampleResults.scanSingleFork());
        assertThat(entries)
                .contains(
                        entry("aerobench.scan.speedup_ci95_low", "n/a"),
                        entry("aerobench.scan.baseline.ops_per_sec", "n/a"),
                        entry("aerobench.scan.throughput_ratio", "n/a"));
    }
}
