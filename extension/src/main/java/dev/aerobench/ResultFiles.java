package dev.aerobench;

import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.report.History;
import dev.aerobench.internal.report.ResultFormat;
import dev.aerobench.internal.report.RunEnvironment;
import dev.aerobench.internal.report.RunReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes each benchmark test's full results as JSON to the directory
 * {@value BenchmarkConfiguration#REPORTS_DIR} names (default
 * {@value BenchmarkConfiguration#DEFAULT_REPORTS_DIR}, relative to the working directory: the module
 * under Maven), one file per test, named after its class and method; and the run's HTML report
 * there, with every test so far, and its history file in {@value BenchmarkConfiguration#HISTORY}.
 */
final class ResultFiles {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ResultFiles.class);

    private ResultFiles() {}

    static Path write(ExtensionContext context, Path directory, List<GateOutcome> outcomes) {
        ResultFormat json = ResultFormat.json();
        String name = testName(context) + "." + json.fileExtension();
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, json.format(outcomes));
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException(
                    "aerobench could not write its results to " + file.toAbsolutePath() + "; set "
                            + BenchmarkConfiguration.REPORTS_DIR + " to a writable directory",
                    cannotWrite);
        }
        context.publishReportEntry(
                "aerobench.results_file", file.toAbsolutePath().toString());
        return file;
    }

    /**
     * Adds the test's outcomes to the run's report (one per run, in the root store) and rewrites its
     * HTML page and history file.
     */
    static Path writeRunReport(ExtensionContext context, Path directory, List<GateOutcome> outcomes) {
        RunReport report = runReport(context, directory);
        Path html;
        try {
            html = report.add(testName(context), outcomes);
        } catch (UncheckedIOException cannotWrite) {
            throw new UncheckedIOException(
                    "aerobench could not write its run report: " + cannotWrite.getMessage() + "; set "
                            + BenchmarkConfiguration.REPORTS_DIR + " and " + BenchmarkConfiguration.HISTORY
                            + " to writable directories",
                    cannotWrite.getCause());
        }
        context.publishReportEntry(
                "aerobench.html_report", html.toAbsolutePath().toString());
        return html;
    }

    /**
     * The run's report, started by the first test that asks: before measuring, so that an unusable
     * {@value BenchmarkConfiguration#HISTORY} fails the test at once rather than after the measurement.
     */
    static RunReport runReport(ExtensionContext context, Path directory) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunReport.class, key -> startRunReport(context, directory), RunReport.class);
    }

    private static RunReport startRunReport(ExtensionContext context, Path directory) {
        ConfigurationReader reader = new ConfigurationReader(context);
        Optional<History> history =
                reader.parameter(BenchmarkConfiguration.HISTORY).map(value -> openHistory(reader, value));
        history.ifPresent(stored -> {
            System.out.println("aerobench: history in " + stored.directory().toAbsolutePath() + ", "
                    + stored.runs().size() + " stored run(s)");
            stored.problems().forEach(problem -> System.out.println("aerobench: skipped history file " + problem));
        });
        return new RunReport(directory, history, RunEnvironment.describe(Instant.now(), System::getenv));
    }

    private static History openHistory(ConfigurationReader reader, String value) {
        try {
            return History.open(Path.of(value));
        } catch (IllegalArgumentException unusable) {
            throw reader.error(
                    "has " + BenchmarkConfiguration.HISTORY + "='" + value + "', which cannot hold the run history: "
                            + unusable.getMessage(),
                    "Set " + BenchmarkConfiguration.HISTORY
                            + " to a writable directory (it is created if missing), or leave it out to keep no"
                            + " history.");
        }
    }

    private static String testName(ExtensionContext context) {
        return context.getRequiredTestClass().getName() + "."
                + context.getRequiredTestMethod().getName();
    }
}
