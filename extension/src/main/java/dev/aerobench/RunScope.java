package dev.aerobench;

import dev.aerobench.internal.measure.HarnessOverhead;
import dev.aerobench.internal.report.History;
import dev.aerobench.internal.report.Report;
import dev.aerobench.internal.report.ReportChannel;
import dev.aerobench.internal.report.ReportSetup;
import dev.aerobench.internal.report.RunStart;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a whole run (a test plan, usually one JVM) shares: its random seed and its report channel.
 * Made at the run's first benchmark test and kept in the root store; closing it, when the test
 * plan ends, finishes the reports, which then write the run-wide files.
 *
 * @param seed    one random seed per run, for every test without a seed of its own: it orders the
 *                arms' blocks, and {@code -Daerobench.seed=} with it repeats that order
 * @param reports the reports {@value BenchmarkConfiguration#REPORTS} chose
 */
record RunScope(long seed, ReportChannel reports) implements AutoCloseable {

    /**
     * Reads the report settings, then measures the harness overhead once per run and tells the
     * reports the run started.
     */
    static RunScope start(ExtensionContext context) {
        ConfigurationReader reader = new ConfigurationReader(context);
        List<Report> chosen = reader.reports();
        Optional<History> history = reader.history(chosen);
        ReportChannel reports = ReportChannel.of(chosen, ReportSetup.of(reader.reportsDirectory(), history));
        history.ifPresent(stored -> {
            reports.notice("history in " + stored.directory().toAbsolutePath() + ", "
                    + stored.runs().size() + " stored run(s)");
            stored.problems().forEach(problem -> reports.notice("skipped history file " + problem));
        });
        long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        reports.runStarted(new RunStart(seed, HarnessOverhead.measure()));
        return new RunScope(seed, reports);
    }

    @Override
    public void close() {
        reports.close();
    }
}
