package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.GateOutcome;
import java.util.Locale;
import java.util.Map;

/**
 * Every number of each operation as JUnit report entries ({@link ReportEntries}), published on the
 * test that measured it, with the run's harness overhead: they land in Surefire's XML reports.
 */
final class JUnitReportEntries implements BenchmarkListener {

    /** The key of the harness overhead entry. */
    static final String HARNESS_OVERHEAD = ReportEntries.PREFIX + ".harness_overhead_ns";

    private RunStart run;

    @Override
    public void runStarted(RunStart run) {
        this.run = run;
    }

    @Override
    public void benchmarkFinished(BenchmarkResults results) {
        if (run != null) {
            results.benchmark()
                    .reporter()
                    .publishEntry(Map.of(
                            HARNESS_OVERHEAD,
                            String.format(Locale.ROOT, "%.1f", run.harness().nanosPerOperation())));
        }
        for (GateOutcome outcome : results.outcomes()) {
            results.benchmark().reporter().publishEntry(ReportEntries.of(outcome));
        }
    }
}
