package dev.aerobench.internal.measure;

import java.util.Objects;

/**
 * The final word of the gate on one operation, with the result it rests on.
 *
 * @param decision the verdict and its reason
 * @param result   the measurement, over every fork it took to decide
 */
public record GateOutcome(GateDecision decision, OperationResult result) {

    public GateOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(result, "result");
    }

    public Verdict verdict() {
        return decision.verdict();
    }

    public String reason() {
        return decision.reason();
    }

    /** Whether the test should fail: only on {@link Verdict#FAIL}. */
    public boolean failed() {
        return decision.verdict() == Verdict.FAIL;
    }
}
