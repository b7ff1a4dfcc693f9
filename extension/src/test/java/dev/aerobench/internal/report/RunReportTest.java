package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.internal.measure.GateOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("RunReport")
class RunReportTest {

    private static final List<GateOutcome> OUTCOMES = ReportSamples.outcomes();

    @TempDir
    Path directory;

    @Test
    @DisplayName("rewrites one page with every test so far, and this run's history file, after each test")
    void collectsTests() throws IOException {
        Path reports = directory.resolve("reports");
        History history = History.open(directory.resolve("history"));
        history.store(ReportSamples.run("old", "2026-11-01T10:00:00Z", "c0", ReportSamples.reported(OUTCOMES)));
        RunReport report = new RunReport(
                reports,
                Optional.of(History.open(directory.resolve("history"))),
                ReportSamples.run("now", "2026-11-02T10:00:00Z", "c1", List.of()));

        report.add("com.example.FirstTest.gets", OUTCOMES.subList(0, 1));
        Path html = report.add("com.example.SecondTest.scans", OUTCOMES.subList(1, 3));

        assertThat(html).isEqualTo(reports.resolve(RunReport.FILE_NAME));
        Pages page = Pages.parse(Files.readString(html));
        assertThat(page.all("//section[@class='operation']"))
                .extracting(section -> section.getAttribute("data-operation"))
                .containsExactly(
                        "com.example.FirstTest.gets#put",
                        "com.example.SecondTest.scans#get_async_concurrent",
                        "com.example.SecondTest.scans#scan");
        assertThat(History.open(directory.resolve("history")).runs())
                .extracting(RunRecord::id)
                .containsExactly("old", "now");
        assertThat(History.open(directory.resolve("history")).runs().getLast().operations())
                .hasSize(3);
        assertThat(report.comparison())
                .hasValueSatisfying(
                        comparison -> assertThat(comparison.previous().id()).isEqualTo("old"));
    }

    @Test
    @DisplayName("without a history, writes the page only")
    void withoutHistory() throws IOException {
        RunReport report = new RunReport(
                directory, Optional.empty(), ReportSamples.run("now", "2026-11-02T10:00:00Z", "c1", List.of()));

        report.add("com.example.FirstTest.gets", OUTCOMES);

        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly(RunReport.FILE_NAME);
        }
        assertThat(report.comparison()).isEmpty();
    }
}
