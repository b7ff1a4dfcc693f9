package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Locale;

/**
 * One fork of one operation ended: what a {@link ProgressListener} is told.
 *
 * @param operation    the operation name
 * @param mode         how it was run
 * @param fork         which fork, from 1
 * @param sample       what the fork measured
 * @param elapsedNanos time since the operation's first fork started, on the runner's clock
 * @param speedup      the speedup over the forks so far, with its plain 95% interval (undefined
 *                     before the second fork); a running estimate for people, not the gate's
 *                     interval, which is wider to pay for looking several times
 */
public record ForkProgress(
        String operation, Mode mode, int fork, ForkSample sample, long elapsedNanos, Estimate speedup) {

    /**
     * One line for people, e.g. {@code get [sync] fork 3: speedup 0.982x (candidate 0.008 ms,
     * baseline 0.008 ms) in 12 ms}.
     */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%s [%s] fork %d: speedup %.3fx (candidate %.3f ms, baseline %.3f ms) in %.0f ms",
                operation,
                mode.label(),
                fork,
                sample.speedup(),
                sample.candidateMeanNanos() / 1e6,
                sample.baselineMeanNanos() / 1e6,
                sample.elapsedNanos() / 1e6);
    }
}
