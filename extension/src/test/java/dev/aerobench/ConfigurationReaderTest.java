package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.internal.report.Report;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

@DisplayName("Configuration reader")
class ConfigurationReaderTest {

    private static ConfigurationReader reader(Map<String, String> parameters, Map<String, String> environment)
            throws NoSuchMethodException {
        Method method = BenchmarkSettingsTest.Fixtures.class.getDeclaredMethod("plain");
        ExtensionContext context = BenchmarkSettingsTest.context(method, parameters);
        return new ConfigurationReader(context, environment::get);
    }

    @Test
    @DisplayName("treats an absent, empty or blank value as unset, and trims the others")
    void unsetConvention() throws Exception {
        ConfigurationReader reader = reader(
                Map.of(BenchmarkConfiguration.HOST, "  ", BenchmarkConfiguration.NAMESPACE, " bench "),
                Map.of(BenchmarkConfiguration.ENV_USER, ""));

        assertThat(reader.parameter(BenchmarkConfiguration.HOST)).isEmpty();
        assertThat(reader.parameter(BenchmarkConfiguration.PORT)).isEmpty();
        assertThat(reader.parameter(BenchmarkConfiguration.NAMESPACE)).contains("bench");
        assertThat(reader.parameterOrEnvironment(BenchmarkConfiguration.USER, BenchmarkConfiguration.ENV_USER))
                .isEmpty();
    }

    @Test
    @DisplayName("falls back on the environment variable only when the parameter is unset")
    void environmentFallback() throws Exception {
        Map<String, String> environment = Map.of(BenchmarkConfiguration.ENV_HOST, " db.example ");

        assertThat(reader(Map.of(), environment)
                        .parameterOrEnvironment(BenchmarkConfiguration.HOST, BenchmarkConfiguration.ENV_HOST))
                .isEqualTo(Optional.of("db.example"));
        assertThat(reader(Map.of(BenchmarkConfiguration.HOST, "10.0.0.1"), environment)
                        .parameterOrEnvironment(BenchmarkConfiguration.HOST, BenchmarkConfiguration.ENV_HOST))
                .contains("10.0.0.1");
    }

    @Test
    @DisplayName("builds errors in the one shape: Configuration error, the benchmark, the problem, the fix")
    void errorShape() throws Exception {
        assertThat(reader(Map.of(), Map.of()).error("has x='y'", "Set x to z."))
                .hasMessage("Configuration error: @AerospikeBenchmark on method [plain()] of Fixtures has x='y'. "
                        + "Set x to z.");
        assertThat(ConfigurationError.ofRun().problem("no host is set", "Set aerobench.host."))
                .hasMessage("Configuration error: no host is set. Set aerobench.host.");
    }

    @Test
    @DisplayName("reads the reports directory like every other key: blank is unset, the value is trimmed")
    void reportsDirectory() throws Exception {
        assertThat(reader(Map.of(BenchmarkConfiguration.REPORTS_DIR, "  "), Map.of())
                        .reportsDirectory())
                .isEqualTo(Path.of(BenchmarkConfiguration.DEFAULT_REPORTS_DIR));
        assertThat(reader(Map.of(BenchmarkConfiguration.REPORTS_DIR, " build/reports "), Map.of())
                        .reportsDirectory())
                .isEqualTo(Path.of("build/reports"));
    }

    @Test
    @DisplayName("writes every report by default, and the ones aerobench.reports names, in its order, once each")
    void reports() throws Exception {
        assertThat(reader(Map.of(), Map.of()).reports()).isEqualTo(Report.DEFAULTS);
        assertThat(reader(
                                Map.of(BenchmarkConfiguration.REPORTS, " JMH, console,,jmh , github-action-benchmark"),
                                Map.of())
                        .reports())
                .containsExactly(Report.JMH, Report.CONSOLE, Report.GITHUB_ACTION_BENCHMARK);
    }

    @Test
    @DisplayName("refuses an unknown report name, listing the known ones")
    void unknownReport() throws Exception {
        ConfigurationReader reader = reader(Map.of(BenchmarkConfiguration.REPORTS, "console,xml"), Map.of());

        assertThatThrownBy(reader::reports)
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessage(
                        "Configuration error: aerobench.reports names an unknown report 'xml'. Use a "
                                + "comma-separated list of console, junit, json, markdown, html, jmh, bmf, github-action-benchmark.");
        assertThatThrownBy(reader(Map.of(BenchmarkConfiguration.REPORTS, " , "), Map.of())::reports)
                .hasMessageContaining("names no report");
    }
}
