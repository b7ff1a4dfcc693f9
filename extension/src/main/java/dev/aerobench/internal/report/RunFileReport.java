package dev.aerobench.internal.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report written once per run: collects every benchmark test's results and, when the run
 * finishes, writes each of its files from all of them, so there is one coherent file per run. A
 * run without benchmark tests writes nothing.
 */
final class RunFileReport implements BenchmarkListener {

    /**
     * One file of the report.
     *
     * @param path   where
     * @param format what it holds
     * @param append whether to append to it (as to {@code $GITHUB_STEP_SUMMARY}) instead of replacing it
     */
    record RunFile(Path path, RunFormat format, boolean append) {
        RunFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(format, "format");
        }

        static RunFile replacing(Path path, RunFormat format) {
            return new RunFile(path, format, false);
        }
    }

    private final List<RunFile> files;
    private final List<BenchmarkResults> run = new ArrayList<>();

    RunFileReport(List<RunFile> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public void benchmarkFinished(BenchmarkResults results) {
        run.add(results);
    }

    @Override
    public void runFinished() {
        if (run.isEmpty()) {
            return;
        }
        for (RunFile file : files) {
            String text = file.format().format(run);
            if (file.append()) {
                ReportFiles.append(file.path(), text);
            } else {
                ReportFiles.write(file.path(), text);
            }
        }
    }
}
