package dev.aerobench.internal.measure;

import java.util.Objects;

/**
 * The final word of the gate on one operation, with the result it rests on.
 *
 * @param decision   the verdict and its reason
 * @param result     the measurement, over every fork it took to decide
 * @param thresholds what the gate required, for reports that draw it
 */
public record GateOutcome(GateDecision decision, OperationResult result, Thresholds thresholds) {

    public GateOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * An outcome whose thresholds are not known ({@link Thresholds#NONE}): reports draw no threshold
     * line for it.
     */
    public GateOutcome(GateDecision decision, OperationResult result) {
        this(decision, result, Thresholds.NONE);
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
