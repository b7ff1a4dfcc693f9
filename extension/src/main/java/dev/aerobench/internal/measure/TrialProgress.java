package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Locale;

/**
 * One arm finished one trial of one operation: what a {@link ProgressListener} is told.
 *
 * @param operation the operation name
 * @param mode      how it was run
 * @param arm       display name of the arm that finished
 * @param trial     which trial, from 1
 * @param trials    how many trials there are
 * @param stats     what the arm did in this trial
 */
public record TrialProgress(String operation, Mode mode, String arm, int trial, int trials, TrialStats stats) {

    /** One line for people, e.g. {@code get [sync] trial 2/5 candidate done: 1000 ops, mean 0.123 ms, ...}. */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%s [%s] trial %d/%d %s done: %d ops, mean %s ms, p99 %s ms, %s ops/s",
                operation,
                mode.label(),
                trial,
                trials,
                arm,
                stats.ops(),
                number("%.3f", stats.meanNanos() / 1e6),
                number("%.3f", stats.p99Nanos() / 1e6),
                number("%.0f", stats.opsPerSecond()));
    }

    private static String number(String pattern, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, pattern, value) : "n/a";
    }
}
