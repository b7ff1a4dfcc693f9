package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ResultFormat")
class ResultFormatTest {

    @Test
    @DisplayName("prints the seed's console tables and the verdicts, as in the golden file")
    void consoleTableGolden() {
        GoldenFiles.assertMatches(ResultFormat.consoleTable().format(SampleResults.outcomes()), "console-table.txt");
    }

    @Test
    @DisplayName("writes the full results as JSON, as in the golden file")
    void jsonGolden() {
        GoldenFiles.assertMatches(ResultFormat.json().format(SampleResults.outcomes()), "results.json");
    }

    @Test
    @DisplayName("keeps the seed's exact row layout")
    void seedRowLayout() {
        String table = ResultFormat.consoleTable().format(List.of(SampleResults.put()));
        assertThat(table)
                .contains("  Avg Latency (ms) - lower is better\n"
                        + "  ────────────────────────────────────────────────────────────\n"
                        + "  Operation    |          jdk21 |           jdk8 |        Speedup\n"
                        + "  ────────────────────────────────────────────────────────────\n"
                        + "  put          |        0.312ms |        0.587ms |   1.88x faster\n");
    }

    @Test
    @DisplayName("formats numbers the same in every default locale")
    void localeIndependent() {
        Locale original = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = ResultFormat.consoleTable().format(SampleResults.outcomes())
                    + ResultFormat.json().format(SampleResults.outcomes());
            Locale.setDefault(Locale.ROOT);
            String root = ResultFormat.consoleTable().format(SampleResults.outcomes())
                    + ResultFormat.json().format(SampleResults.outcomes());
            assertThat(german).isEqualTo(root).contains("0.312ms", "3,205");
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    @DisplayName("shows undefined numbers as n/a in tables and null in JSON, never as 0")
    void undefinedNumbers() {
        String table = ResultFormat.consoleTable().format(List.of(SampleResults.scanSingleFork()));
        assertThat(table)
                .contains("  scan         |         83,333 |            n/a |            n/a\n")
                .contains("speedup 2.583x (CI n/a), candidate p99 0.020ms (CI n/a)");
        String json = ResultFormat.json().format(List.of(SampleResults.scanSingleFork()));
        assertThat(json)
                .contains("\"ci95_low\": null", "\"p999_ms\": null", "\"ops_per_sec\": null")
                .doesNotContain("NaN");
    }

    @Test
    @DisplayName("widens the table for long operation names instead of breaking the columns")
    void widensForLongNames() {
        String table = ResultFormat.consoleTable().format(List.of(SampleResults.getAsyncConcurrent()));
        assertThat(table).contains("  get (async conc) |        0.150ms |        0.168ms |   1.12x slower\n");
        assertThat(table).contains("  " + "─".repeat(64) + "\n");
    }

    @Test
    @DisplayName("says so when there is nothing to show")
    void empty() {
        assertThat(ResultFormat.consoleTable().format(List.of())).contains("No operations were measured.");
        assertThat(ResultFormat.json().format(List.of()))
                .isEqualTo("{\n  \"schema\": \"aerobench-results/2\",\n  \"operations\": []\n}\n");
    }

    @Test
    @DisplayName("names its file extension")
    void fileExtensions() {
        assertThat(ResultFormat.consoleTable().fileExtension()).isEqualTo("txt");
        assertThat(ResultFormat.json().fileExtension()).isEqualTo("json");
    }
}
