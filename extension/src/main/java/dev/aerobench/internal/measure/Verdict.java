package dev.aerobench.internal.measure;

/** The gate's decision for one operation. */
public enum Verdict {
    /** Every set threshold is met with the whole confidence interval on the good side. */
    PASS,
    /**
     * The evidence is not clear either way: a confidence interval still straddles a threshold, or
     * could not be computed, when the measurement's time ran out. Does not fail the test, but is
     * reported distinctly (a skipped test) so it is not mistaken for a pass.
     */
    INCONCLUSIVE,
    /** A threshold is missed with the whole confidence interval on the bad side. */
    FAIL
}
