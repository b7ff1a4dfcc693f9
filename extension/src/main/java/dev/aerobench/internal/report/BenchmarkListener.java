package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ForkProgress;
import dev.aerobench.internal.measure.GateOutcome;

/**
 * The events of a run, in the order they come: once {@link #runStarted}, then per benchmark test
 * {@link #benchmarkStarted}, per operation {@link #operationStarted}, {@link #forkCompleted} after
 * each fork and {@link #operationFinished}, then {@link #benchmarkFinished}; once
 * {@link #runFinished} when the test plan ends. Every report (the console, the JUnit report entries,
 * each file) is one listener; the {@link ReportChannel} tells them all. A benchmark that fails with
 * an error gets no {@code benchmarkFinished}.
 *
 * <p>Every method does nothing by default, so a report implements only what it needs: a report
 * written once per run collects in {@code benchmarkFinished} and writes in {@code runFinished}
 * (see {@link RunFileReport}). Listeners are called on the thread that runs the benchmark, between
 * forks, never while timing; the channel calls one listener at a time.
 */
public interface BenchmarkListener {

    /** The run's first benchmark test is about to start: once per run. */
    default void runStarted(RunStart run) {}

    /**
     * Something about how the run is set up that a person should read, in one line: which server
     * AUTO took and why, how long a container took to serve.
     */
    default void notice(String message) {}

    /** A benchmark test measures next: its arms and server. */
    default void benchmarkStarted(BenchmarkStart benchmark) {}

    /** An operation of the current benchmark is measured next. */
    default void operationStarted(OperationStart operation) {}

    /** A fork of the current operation ended. */
    default void forkCompleted(ForkProgress progress) {}

    /** The gate decided the current operation. */
    default void operationFinished(GateOutcome outcome) {}

    /** A benchmark test measured every operation (before its verdict fails or aborts the test). */
    default void benchmarkFinished(BenchmarkResults results) {}

    /** The test plan ended: write what was collected. Called once, after every other event. */
    default void runFinished() {}
}
