package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.HarnessOverhead;
import java.util.Objects;

/**
 * What a whole run shares.
 *
 * @param seed    the run's random seed, used by every test without a seed of its own
 * @param harness what measuring itself costs on this machine
 */
public record RunStart(long seed, HarnessOverhead harness) {

    public RunStart {
        Objects.requireNonNull(harness, "harness");
    }
}
