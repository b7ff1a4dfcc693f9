package dev.aerobench.internal.report;

import java.nio.file.Path;

/**
 * Each benchmark test's full results as JSON ({@link ResultFormat#json()}), one file per test named
 * after its class and method, e.g. {@code com.example.ClientUpgradeTest.get.json}; the file's path
 * is published as the report entry {@value #RESULTS_FILE}.
 */
final class JsonFileReport implements BenchmarkListener {

    /** The report entry naming the file. */
    static final String RESULTS_FILE = "aerobench.results_file";

    private final Path directory;

    JsonFileReport(Path directory) {
        this.directory = directory;
    }

    @Override
    public void benchmarkFinished(BenchmarkResults results) {
        ResultFormat json = ResultFormat.json();
        Path file = directory.resolve(results.id().qualifiedName() + "." + json.fileExtension());
        ReportFiles.write(file, json.format(results.outcomes()));
        results.benchmark()
                .reporter()
                .publishEntry(RESULTS_FILE, file.toAbsolutePath().toString());
    }
}
