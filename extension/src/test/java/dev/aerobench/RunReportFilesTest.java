package dev.aerobench;

import static dev.aerobench.AerospikeBenchmark.TEST_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.aerobench.internal.report.History;
import dev.aerobench.internal.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("The run's HTML report and history")
class RunReportFilesTest {

    private static final Pattern OPERATION_SECTION = Pattern.compile("<section class=\"operation\"");

    @TempDir
    Path directory;

    @Test
    @DisplayName("one page per run with every test's operations; each run adds its own history file")
    void pageAndHistory() throws IOException {
        Path reports = directory.resolve("reports");
        Path history = directory.resolve("history");
        Map<String, String> settings = Map.of(
                BenchmarkConfiguration.REPORTS_DIR, reports.toString(),
                BenchmarkConfiguration.HISTORY, history.toString());

        EngineRuns.run(TwoTestsTestCase.class, settings).testEvents().assertStatistics(stats -> stats.succeeded(2));
        String first = Files.readString(reports.resolve(RunReport.FILE_NAME));
        EngineRuns.run(TwoTestsTestCase.class, settings).testEvents().assertStatistics(stats -> stats.succeeded(2));
        String second = Files.readString(reports.resolve(RunReport.FILE_NAME));

        assertThat(OPERATION_SECTION.matcher(first).results().count()).isEqualTo(2);
        assertThat(first)
                .contains("TwoTestsTestCase.gets", "TwoTestsTestCase.puts")
                .doesNotContain("-trend");
        assertThat(History.open(history).runs())
                .hasSize(2)
                .allSatisfy(run -> assertThat(run.operations()).hasSize(2));
        assertThat(OPERATION_SECTION.matcher(second).results().count()).isEqualTo(2);
        assertThat(second).contains("op1-trend", "op2-trend", "Compared with the last stored run");
        assertThat(Files.readString(reports.resolve("summary.md")))
                .as("the Markdown summary says how this run compares with the last stored one")
                .contains(
                        "Compared with the last stored run",
                        "get in RunReportFilesTest$TwoTestsTestCase.gets: candidate avg");
    }

    @Test
    @DisplayName("a history without the html report, which stores it, fails naming both settings")
    void historyNeedsHtml() {
        EngineExecutionResults results = EngineRuns.run(
                TwoTestsTestCase.class,
                Map.of(
                        BenchmarkConfiguration.HISTORY,
                        directory.resolve("history").toString(),
                        BenchmarkConfiguration.REPORTS,
                        "console,markdown"));

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        2,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message(text -> text.contains(
                                        "aerobench.history is set but aerobench.reports leaves out" + " html")))));
    }

    @Test
    @DisplayName("a history path that is a file fails the test before measuring, naming the setting and the fix")
    void historyIsAFile() throws IOException {
        Path file = Files.writeString(directory.resolve("history.txt"), "not a directory");

        EngineExecutionResults results =
                EngineRuns.run(TwoTestsTestCase.class, Map.of(BenchmarkConfiguration.HISTORY, file.toString()));

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        2,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message(text -> text.startsWith("Configuration error: ")
                                        && text.contains("aerobench.history='" + file + "'")
                                        && text.contains("is a file, not a directory")
                                        && text.contains("Set aerobench.history to a writable directory")))));
    }

    static class TwoTestsTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 50,
                warmup = 10,
                forks = 3,
                candidate = TEST_CLASSPATH,
                baselineAdapter = DelayedClientAdapter.class)
        void gets() {}

        @AerospikeBenchmark(
                operations = Operation.PUT,
                count = 50,
                warmup = 10,
                forks = 3,
                candidate = TEST_CLASSPATH,
                baselineAdapter = DelayedClientAdapter.class)
        void puts() {}
    }
}
