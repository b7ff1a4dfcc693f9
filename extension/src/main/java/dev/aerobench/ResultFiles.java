package dev.aerobench;

import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.report.ResultFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes each benchmark test's full results as JSON to the directory
 * {@value BenchmarkConfiguration#REPORTS_DIR} names (default
 * {@value BenchmarkConfiguration#DEFAULT_REPORTS_DIR}, relative to the working directory: the module
 * under Maven), one file per test, named after its class and method.
 */
final class ResultFiles {

    private ResultFiles() {}

    static Path write(ExtensionContext context, Path directory, List<GateOutcome> outcomes) {
        ResultFormat json = ResultFormat.json();
        String name = context.getRequiredTestClass().getName() + "."
                + context.getRequiredTestMethod().getName() + "." + json.fileExtension();
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
}
