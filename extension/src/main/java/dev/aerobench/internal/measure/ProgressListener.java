package dev.aerobench.internal.measure;

/**
 * Live progress for people watching a benchmark run: told each time an arm finishes a trial.
 * Called on the thread that runs the benchmark, between trials (never while timing).
 *
 * <pre>{@code
 * runner.withProgress(progress -> System.out.println(progress.describe()));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /** Tells nobody. */
    ProgressListener NONE = progress -> {};

    /** An arm finished a trial. */
    void trialCompleted(TrialProgress progress);
}
