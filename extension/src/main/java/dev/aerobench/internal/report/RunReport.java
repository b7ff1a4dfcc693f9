package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.GateOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report of a whole run (a test plan: every benchmark test of the JVM), collected test by test.
 * After each test it rewrites {@value #FILE_NAME} in the reports directory with every operation so
 * far, and, with a {@link History}, this run's own history file, so that a run cut short still
 * leaves both. Thread-safe: tests may finish in parallel.
 */
public final class RunReport {

    /** The HTML report's file name in the reports directory. */
    public static final String FILE_NAME = "aerobench-report.html";

    private final Path reportsDirectory;
    private final Optional<History> history;
    private final RunRecord run;
    private final List<ReportedOperation> operations = new ArrayList<>();

    /**
     * @param reportsDirectory where the HTML report goes
     * @param history          the stored runs (opened before this run stored anything), if kept
     * @param run              this run: its id, date, commit and machine (its operations are added here)
     */
    public RunReport(Path reportsDirectory, Optional<History> history, RunRecord run) {
        this.reportsDirectory = reportsDirectory;
        this.history = history;
        this.run = run;
    }

    /**
     * Adds one test's outcomes and rewrites the HTML report and this run's history file.
     *
     * @param test the test's name, e.g. {@code com.example.ClientBenchmarkTest.compareGets}
     * @return the HTML report
     * @throws UncheckedIOException naming the file that could not be written
     */
    public synchronized Path add(String test, List<GateOutcome> outcomes) {
        outcomes.forEach(outcome -> operations.add(new ReportedOperation(test, outcome)));
        RunRecord now = current();
        history.ifPresent(stored -> stored.store(now));
        String page =
                new HtmlReportFormat().page(Optional.of(now), List.copyOf(operations), history.map(History::runs));
        return write(reportsDirectory, page);
    }

    /** This run with every operation so far. */
    public synchronized RunRecord current() {
        return run.withOperations(
                operations.stream().map(RunRecord.OperationRecord::of).toList());
    }

    /** This run so far against the last stored run, when a history is kept and holds a run. */
    public Optional<RunComparison> comparison() {
        RunRecord now = current();
        return history.flatMap(stored -> stored.compare(now));
    }

    public Optional<History> history() {
        return history;
    }

    private static Path write(Path directory, String text) {
        Path file = directory.resolve(FILE_NAME);
        Path temporary = directory.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(directory);
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException("cannot write the HTML report " + file.toAbsolutePath(), cannotWrite);
        }
        return file;
    }
}
