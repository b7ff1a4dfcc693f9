package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RunComparison")
class RunComparisonTest {

    private static final List<ReportedOperation> OPERATIONS = ReportSamples.reported(ReportSamples.outcomes());

    @Test
    @DisplayName("says per operation how the candidate's avg and p99 changed since the stored run")
    void describesChanges() {
        RunRecord previous =
                ReportSamples.run("a", "2026-11-01T10:00:00Z", "1111111111111111", OPERATIONS.subList(0, 2));
        RunRecord current = ReportSamples.run("b", "2026-11-02T10:00:00Z", "2222", OPERATIONS);
        RunRecord.OperationRecord put = previous.operations().getFirst();
        RunRecord slowerPut = previous.withOperations(List.of(new RunRecord.OperationRecord(
                put.test(),
                put.key(),
                put.label(),
                put.verdict(),
                put.speedup(),
                put.speedupLow(),
                put.speedupHigh(),
                new RunRecord.ArmNumbers("candidate", "c", 0.260, 0.2, 1.0, 100),
                put.baseline())));

        RunComparison comparison = RunComparison.of(slowerPut, current);

        RunComparison.Change change = comparison.changes().getFirst();
        assertThat(change.avgChange()).isCloseTo(0.312 / 0.260 - 1, within(1e-9));
        assertThat(change.p99Change()).isCloseTo(0.902 / 1.0 - 1, within(1e-9));
        assertThat(comparison.describe()).isEqualTo("""
                        Compared with the last stored run (2026-11-01T10:00:00Z, commit 111111111111, on ci-runner):
                        - put in ClientBenchmarkTest.compare: candidate avg 0.260 ms → 0.312 ms (+20.0%), \
                        p99 1.000 ms → 0.902 ms (−9.8%)
                        - get (async conc) in ClientBenchmarkTest.compare: not in the stored run
                        - scan in ClientBenchmarkTest.compare: not in the stored run
                        """);
        assertThat(comparison.changes().get(2).avgChange()).isNaN();
    }
}
