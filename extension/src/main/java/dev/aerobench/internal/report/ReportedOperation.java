package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.GateOutcome;
import java.util.Objects;

/**
 * One operation's outcome in a run, with the test that measured it.
 *
 * @param test    the test's name, e.g. {@code com.example.ClientBenchmarkTest.compareGets}; empty
 *                when unknown
 * @param outcome the gate's outcome
 */
public record ReportedOperation(String test, GateOutcome outcome) {

    public ReportedOperation {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What identifies the operation across runs: {@code <test>#<key>}. */
    public String id() {
        return RunRecord.OperationRecord.id(test, outcome.result().key());
    }
}
