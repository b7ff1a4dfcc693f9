package dev.aerobench.internal.report;

import dev.aerobench.Mode;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkProgress;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.OperationResult;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The console: the run's harness overhead and seed, each test's arms and server, what each
 * operation measures, its progress, its verdict, and the seed suite's tables at the end of each
 * test.
 *
 * <p>Progress ({@code get (sync) fork 12, 3.4 s: speedup 1.012x (0.981x..1.044x) so far}) is one
 * line rewritten in place on a terminal, at most every {@value #LIVE_EVERY_MILLIS} ms; in CI logs
 * a plain line every {@value #LINES_EVERY_SECONDS} s of an operation, so a long measurement shows
 * it is alive and a short one adds nothing. Both go by the elapsed time the runner reports, not
 * by a clock of their own.
 */
final class ConsoleReport implements BenchmarkListener {

    static final long LIVE_EVERY_MILLIS = 100;
    static final long LINES_EVERY_SECONDS = 5;

    private final PrintStream out;
    private final ProgressStyle style;
    private final long progressEveryNanos;
    /** Elapsed time of the operation when progress was last shown. */
    private long progressShownAt;
    /** Length of the live line on screen; 0 when none is. */
    private int liveWidth;

    ConsoleReport(ReportSetup setup) {
        this(setup.console(), setup.progress());
    }

    ConsoleReport(PrintStream out, ProgressStyle style) {
        this.out = out;
        this.style = style;
        this.progressEveryNanos = style == ProgressStyle.LIVE
                ? TimeUnit.MILLISECONDS.toNanos(LIVE_EVERY_MILLIS)
                : TimeUnit.SECONDS.toNanos(LINES_EVERY_SECONDS);
    }

    @Override
    public void runStarted(RunStart run) {
        line("aerobench: " + run.harness().describe());
        line("aerobench: seed " + run.seed() + " for tests without a seed of their own (-Daerobench.seed=" + run.seed()
                + " repeats this run's order)");
    }

    @Override
    public void notice(String message) {
        line("aerobench: " + message);
    }

    @Override
    public void benchmarkStarted(BenchmarkStart benchmark) {
        line("aerobench: " + benchmark.description());
        line("  candidate: " + benchmark.candidate());
        line("  baseline:  " + benchmark.baseline());
        line("  server:    " + benchmark.server());
    }

    @Override
    public void operationStarted(OperationStart operation) {
        MeasurementPlan plan = operation.plan();
        Mode mode = operation.mode();
        progressShownAt = style == ProgressStyle.LIVE ? -progressEveryNanos : 0;
        line(String.format(
                Locale.ROOT,
                "aerobench: measuring %s (%s): forks of %d ops per arm in blocks of %d%s, until decided "
                        + "(%d to %d forks, at most %d s)",
                operation.operation(),
                mode.label(),
                plan.opsPerFork(),
                plan.blockOps(mode),
                mode == Mode.ASYNC_CONCURRENT ? ", " + plan.concurrency() + " in flight" : "",
                plan.minForks(),
                plan.maxForks(),
                plan.budget().toSeconds()));
    }

    @Override
    public void forkCompleted(ForkProgress progress) {
        if (progress.elapsedNanos() - progressShownAt < progressEveryNanos) {
            return;
        }
        progressShownAt = progress.elapsedNanos();
        String text = "aerobench: " + progressText(progress);
        if (style == ProgressStyle.LIVE) {
            live(text);
        } else {
            line(text);
        }
    }

    @Override
    public void operationFinished(GateOutcome outcome) {
        OperationResult result = outcome.result();
        line("aerobench: " + result.label() + ": " + outcome.verdict() + ", speedup "
                + speedup(result.speedup()) + ", " + result.forks() + (result.forks() == 1 ? " fork" : " forks")
                + Numbers.format(" in %.1f s", result.elapsedNanos() / 1e9));
    }

    @Override
    public void benchmarkFinished(BenchmarkResults results) {
        endLive();
        out.print(ResultFormat.consoleTable().format(results.outcomes()));
        out.flush();
    }

    @Override
    public void runFinished() {
        endLive();
        out.flush();
    }

    /** {@code get (sync) fork 12, 3.4 s: speedup 1.012x (0.981x..1.044x) so far}. */
    static String progressText(ForkProgress progress) {
        return progress.operation() + " (" + progress.mode().label() + ") fork " + progress.fork()
                + Numbers.format(", %.1f s: speedup ", progress.elapsedNanos() / 1e9) + speedup(progress.speedup())
                + " so far";
    }

    /** {@code 1.012x (0.981x..1.044x)}, or {@code 1.012x} while the interval is undefined. */
    private static String speedup(Estimate speedup) {
        String value = Numbers.format("%.3fx", speedup.value());
        if (!speedup.ci95().isDefined()) {
            return value;
        }
        return value + " (" + Numbers.format("%.3fx", speedup.ci95().lower()) + ".."
                + Numbers.format("%.3fx", speedup.ci95().upper()) + ")";
    }

    private void line(String text) {
        endLive();
        out.println(text);
        out.flush();
    }

    private void live(String text) {
        out.print("\r" + text + " ".repeat(Math.max(0, liveWidth - text.length())));
        out.flush();
        liveWidth = text.length();
    }

    /** Clears the live line, if one is showing, so that what follows starts on a clean line. */
    private void endLive() {
        if (liveWidth > 0) {
            out.print("\r" + " ".repeat(liveWidth) + "\r");
            liveWidth = 0;
        }
    }
}
