package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Markdown summary")
class MarkdownSummaryFormatTest {

    private final String summary = new MarkdownSummaryFormat().format(SampleRuns.run());

    @Test
    @DisplayName("writes the run as in the golden file")
    void golden() {
        GoldenFiles.assertMatches(summary, "summary.md");
    }

    @Test
    @DisplayName("has one table for the run: a row per operation, every row with the header's nine cells")
    void oneTable() {
        List<String> rows = summary.lines().filter(line -> line.startsWith("|")).toList();

        assertThat(rows).hasSize(2 + 3);
        assertThat(rows.getFirst())
                .isEqualTo("| Test | Operation | Avg ms (candidate / baseline) | p50 ms | p99 ms | ops/s "
                        + "| Speedup (95% CI) | Verdict | Resolution |");
        for (String row : rows) {
            assertThat(row.split("(?<!\\\\)\\|", -1)).as(row).hasSize(9 + 2);
        }
        assertThat(rows.get(2))
                .isEqualTo("| `ClientUpgradeTest.upgrade` | put | 0.312 / 0.587 | 0.298 / 0.560 | 0.902 / 1.250 "
                        + "| 3,205 / 1,704 | 1.881x (1.850x–1.910x) | ✅ PASS | ±1.6% |");
    }

    @Test
    @DisplayName("counts the verdicts, names the arms and says why an operation did not pass")
    void headlineArmsReasons() {
        assertThat(summary)
                .startsWith("## aerobench: 3 operations in 2 tests: 1 PASS, 1 INCONCLUSIVE, 1 FAIL\n")
                .contains(
                        "- `ClientUpgradeTest.upgrade`: candidate aerospike-client-jdk21 9.0.4, baseline "
                                + "aerospike-client-jdk8 9.2.0, server embedded 8.1.0.0 at 127.0.0.1:3000, namespace test, seed 42")
                .contains("- `ClientUpgradeTest.upgrade` get (async conc), FAIL: speedup 0.893x");
    }

    @Test
    @DisplayName("shows undefined numbers as n/a and keeps a pipe in a name from ending its cell")
    void undefinedAndEscaped() {
        assertThat(summary).contains("| 83,333 / n/a |", "2.583x (CI n/a)");
        BenchmarkResults piped = new BenchmarkResults(
                SampleRuns.start(new BenchmarkId("a.B", "x|y"), new java.util.ArrayList<>()),
                List.of(SampleResults.put()));
        assertThat(new MarkdownSummaryFormat().format(List.of(piped))).contains("`B.x\\|y`");
    }

    @Test
    @DisplayName("writes summary.md and appends to $GITHUB_STEP_SUMMARY, keeping what the job wrote there")
    void stepSummary(@TempDir Path directory) throws IOException {
        Path stepSummary = directory.resolve("step_summary");
        Files.writeString(stepSummary, "# Build\n\n");
        ReportSetup setup = new ReportSetup(
                directory.resolve("reports"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                ProgressStyle.LINES,
                Map.of(MarkdownSummaryFormat.GITHUB_STEP_SUMMARY, stepSummary.toString())::get,
                SampleRuns.JVM);
        BenchmarkListener report = Report.MARKDOWN.create(setup);

        SampleRuns.run().forEach(report::benchmarkFinished);
        report.runFinished();

        assertThat(directory.resolve("reports/summary.md")).hasContent(summary);
        assertThat(Files.readString(stepSummary)).isEqualTo("# Build\n\n" + summary);
    }

    @Test
    @DisplayName("writes nothing for a run without benchmark tests, and only summary.md without $GITHUB_STEP_SUMMARY")
    void nothingToSay(@TempDir Path directory) throws IOException {
        ReportSetup setup = new ReportSetup(
                directory,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                ProgressStyle.LINES,
                name -> null,
                SampleRuns.JVM);
        BenchmarkListener empty = Report.MARKDOWN.create(setup);
        empty.runFinished();
        assertThat(directory).isEmptyDirectory();

        BenchmarkListener report = Report.MARKDOWN.create(setup);
        report.benchmarkFinished(SampleRuns.run().getFirst());
        report.runFinished();
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(directory.resolve("summary.md"));
        }
    }
}
