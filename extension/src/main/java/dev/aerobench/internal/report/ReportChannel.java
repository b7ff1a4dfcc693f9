package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ForkProgress;
import dev.aerobench.internal.measure.GateOutcome;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one output channel of a run: tells every chosen report each event, one report at a time.
 * Kept in the root store of the run, so JUnit closes it when the test plan ends, and closing it
 * is {@link #runFinished()}: the run-wide files are written then.
 *
 * <p>A report that fails does not keep the others from their event: all are told, then the first
 * failure is thrown with the others suppressed.
 *
 * <pre>{@code
 * ReportChannel channel = ReportChannel.of(Report.DEFAULTS, setup);
 * channel.runStarted(new RunStart(seed, HarnessOverhead.measure()));
 * ...
 * channel.close(); // runFinished
 * }</pre>
 */
public final class ReportChannel implements BenchmarkListener, AutoCloseable {

    private final List<BenchmarkListener> listeners;
    private boolean finished;

    public ReportChannel(List<BenchmarkListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** A channel to the {@code reports}, each built on {@code setup}. */
    public static ReportChannel of(List<Report> reports, ReportSetup setup) {
        return new ReportChannel(
                reports.stream().map(report -> report.create(setup)).toList());
    }

    @Override
    public synchronized void runStarted(RunStart run) {
        tell(listener -> listener.runStarted(run));
    }

    @Override
    public synchronized void notice(String message) {
        tell(listener -> listener.notice(message));
    }

    @Override
    public synchronized void benchmarkStarted(BenchmarkStart benchmark) {
        tell(listener -> listener.benchmarkStarted(benchmark));
    }

    @Override
    public synchronized void operationStarted(OperationStart operation) {
        tell(listener -> listener.operationStarted(operation));
    }

    @Override
    public synchronized void forkCompleted(ForkProgress progress) {
        tell(listener -> listener.forkCompleted(progress));
    }

    @Override
    public synchronized void operationFinished(GateOutcome outcome) {
        tell(listener -> listener.operationFinished(outcome));
    }

    @Override
    public synchronized void benchmarkFinished(BenchmarkResults results) {
        tell(listener -> listener.benchmarkFinished(results));
    }

    /** Tells the reports the run ended, once; later calls do nothing. */
    @Override
    public synchronized void runFinished() {
        if (finished) {
            return;
        }
        finished = true;
        tell(BenchmarkListener::runFinished);
    }

    /** {@link #runFinished()}: what JUnit calls when the root store closes. */
    @Override
    public void close() {
        runFinished();
    }

    private void tell(Consumer<BenchmarkListener> event) {
        RuntimeException failure = null;
        for (BenchmarkListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException failed) {
                if (failure == null) {
                    failure = failed;
                } else {
                    failure.addSuppressed(failed);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
