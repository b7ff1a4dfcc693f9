package dev.aerobench.internal.measure;

import java.util.Objects;
import java.util.Optional;

/**
 * The final word of the gate on one operation, with the results it rests on.
 *
 * @param decision     the final verdict and its reason
 * @param result       the first measurement
 * @param confirmation the re-run made because the first measurement failed; {@code null} when there
 *                     was none (see {@link #confirmationRun()})
 */
public record GateOutcome(GateDecision decision, OperationResult result, OperationResult confirmation) {

    public GateOutcome {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(result, "result");
    }

    /** An outcome decided on a single measurement. */
    public static GateOutcome of(GateDecision decision, OperationResult result) {
        return new GateOutcome(decision, result, null);
    }

    public Verdict verdict() {
        return decision.verdict();
    }

    public String reason() {
        return decision.reason();
    }

    /** Whether the test should fail: only on a confirmed {@link Verdict#FAIL}. */
    public boolean failed() {
        return decision.verdict() == Verdict.FAIL;
    }

    /** The confirmation re-run, if the first measurement failed and one was made. */
    public Optional<OperationResult> confirmationRun() {
        return Optional.ofNullable(confirmation);
    }
}
