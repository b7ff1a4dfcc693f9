package dev.aerobench.internal.report;

import java.time.Instant;

/**
 * The {@link Report#HTML} report: after each benchmark test, rewrites the run's page
 * ({@value RunReport#FILE_NAME}) with every test so far, and this run's file in the history when
 * one is kept (see {@link RunReport}), so that a run cut short still leaves both.
 */
final class HtmlReport implements BenchmarkListener {

    private final RunReport report;

    HtmlReport(ReportSetup setup) {
        this.report = new RunReport(
                setup.directory(), setup.history(), RunEnvironment.describe(Instant.now(), setup.environment()));
    }

    @Override
    public void benchmarkFinished(BenchmarkResults results) {
        report.add(results.id().qualifiedName(), results.outcomes());
    }
}
