package dev.aerobench;

import static dev.aerobench.AerospikeBenchmark.TEST_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("Reports of a run")
class ReportsEndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = ReportingTestCase.class.getName();

    @Test
    @DisplayName("by default: JUnit report entries, a JSON file per test, and one summary, HTML, JMH, Bencher and "
            + "github-action-benchmark file for the run, each readable")
    void everyReport(@TempDir Path reports) throws IOException {
        EngineExecutionResults results =
                EngineRuns.run(ReportingTestCase.class, Map.of(BenchmarkConfiguration.REPORTS_DIR, reports.toString()));

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            CASE + ".gets.json",
                            CASE + ".getsAndPuts.json",
                            "summary.md",
                            "aerobench-report.html",
                            "jmh-result.json",
                            "bencher.json",
                            "custom-smaller-is-better.json",
                            "custom-bigger-is-better.json");
        }
        JsonNode perTest = read(reports.resolve(CASE + ".getsAndPuts.json"));
        assertThat(perTest.get("schema").asText()).isEqualTo("aerobench-results/2");
        assertThat(perTest.get("operations")).hasSize(2);

        List<String> names = new ArrayList<>();
        read(reports.resolve("jmh-result.json")).forEach(entry -> {
            names.add(entry.get("benchmark").asText());
            assertThat(entry.get("mode").asText()).isEqualTo("avgt");
            assertThat(entry.get("forks").asInt()).isEqualTo(2);
            assertThat(entry.get("primaryMetric").get("score").asDouble()).isPositive();
            assertThat(entry.get("primaryMetric").get("scoreError").isNumber()).isTrue();
        });
        assertThat(names)
                .containsExactly(
                        CASE + ".gets:get[candidate]",
                        CASE + ".gets:get[baseline]",
                        CASE + ".getsAndPuts:put[candidate]",
                        CASE + ".getsAndPuts:put[baseline]",
                        CASE + ".getsAndPuts:get[candidate]",
                        CASE + ".getsAndPuts:get[baseline]");

        JsonNode bencher = read(reports.resolve("bencher.json"));
        List<String> bencherNames = new ArrayList<>();
        bencher.fieldNames().forEachRemaining(bencherNames::add);
        assertThat(bencherNames).containsExactlyElementsOf(names);
        bencher.forEach(benchmark -> {
            assertThat(benchmark.get("latency").get("value").asDouble()).isPositive();
            assertThat(benchmark.get("throughput").get("value").asDouble()).isPositive();
        });
        assertThat(read(reports.resolve("custom-smaller-is-better.json"))).hasSize(6);
        assertThat(read(reports.resolve("custom-bigger-is-better.json"))).hasSize(6 + 3);

        String summary = Files.readString(reports.resolve("summary.md"));
        assertThat(summary).startsWith("## aerobench: 3 operations in 2 tests: 3 PASS\n");
        assertThat(summary.lines().filter(line -> line.startsWith("| `ReportsEndToEndTest$ReportingTestCase.")))
                .hasSize(3);

        List<Map<String, String>> entries = EngineRuns.reportEntries(results);
        assertThat(entries)
                .anySatisfy(entry -> assertThat(entry).containsEntry("aerobench.put.verdict", "PASS"))
                .anySatisfy(entry -> assertThat(entry).containsKey("aerobench.harness_overhead_ns"))
                .anySatisfy(entry -> assertThat(entry)
                        .containsEntry(
                                "aerobench.results_file",
                                reports.resolve(CASE + ".gets.json")
                                        .toAbsolutePath()
                                        .toString()));
    }

    @Test
    @DisplayName("writes only the reports aerobench.reports names")
    void chosenReports(@TempDir Path reports) throws IOException {
        EngineExecutionResults results = EngineRuns.run(
                ReportingTestCase.class,
                Map.of(BenchmarkConfiguration.REPORTS_DIR, reports.toString(), BenchmarkConfiguration.REPORTS, "jmh"));

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        try (Stream<Path> files = Files.list(reports)) {
            assertThat(files).containsExactly(reports.resolve("jmh-result.json"));
        }
        assertThat(read(reports.resolve("jmh-result.json"))).hasSize(6);
        assertThat(EngineRuns.reportEntries(results)).isEmpty();
    }

    @Test
    @DisplayName("fails every benchmark test with a configuration error naming the known reports when one is unknown")
    void unknownReport(@TempDir Path reports) {
        EngineExecutionResults results = EngineRuns.run(
                ReportingTestCase.class,
                Map.of(
                        BenchmarkConfiguration.REPORTS_DIR,
                        reports.toString(),
                        BenchmarkConfiguration.REPORTS,
                        "markdown,xml"));

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        2,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message("Configuration error: aerobench.reports names an unknown report 'xml'. Use a "
                                        + "comma-separated list of console, junit, json, markdown, html, jmh, bmf, "
                                        + "github-action-benchmark."))));
        assertThat(reports).isEmptyDirectory();
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    static class ReportingTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 20,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void gets() {}

        @AerospikeBenchmark(
                operations = {Operation.PUT, Operation.GET},
                count = 20,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void getsAndPuts() {}
    }
}
