package dev.aerobench.internal.measure;

/**
 * Live progress for people watching a benchmark run: told each time a fork ends. Called on the
 * thread that runs the benchmark, between forks (never while timing).
 *
 * <pre>{@code
 * runner.withProgress(progress -> System.out.println(progress.describe()));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /** Tells nobody. */
    ProgressListener NONE = progress -> {};

    /** A fork ended. */
    void forkCompleted(ForkProgress progress);
}
