package dev.aerobench.internal.measure;

/** The gate's decision for one operation. */
public enum Verdict {
    /** Every set threshold is met with the whole confidence interval on the good side. */
    PASS,
    /**
     * The evidence is not clear either way: a confidence interval straddles a threshold, or could
     * not be computed, or a failure was not confirmed by a re-run. Does not fail the test, but is
     * reported distinctly so it is not mistaken for a pass.
     */
    INCONCLUSIVE,
    /** A threshold is missed with the whole confidence interval on the bad side (and confirmed). */
    FAIL
}
