package dev.aerobench.internal.measure;

import java.util.Objects;

/**
 * The gate's verdict on one result, with the reason in words.
 *
 * @param verdict PASS, FAIL or INCONCLUSIVE
 * @param reason  why, with the numbers, e.g.
 *                {@code speedup 0.81x (95% CI 0.78x..0.84x) is entirely below minSpeedup 1.00x}
 */
public record GateDecision(Verdict verdict, String reason) {

    public GateDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
