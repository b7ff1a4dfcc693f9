package dev.aerobench.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.BenchmarkConfiguration;
import dev.aerobench.examples.launcher.LauncherOptions.UsageException;
import dev.aerobench.examples.seed.DoubledWorkAdapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The launcher's command line")
class LauncherOptionsTest {

    private static LauncherOptions parse(String... arguments) {
        return LauncherOptions.parse(List.of(arguments));
    }

    @Test
    @DisplayName("turns each option into the aerobench configuration parameter of the same name")
    void optionsBecomeConfigurationParameters() {
        LauncherOptions options = parse(
                "--count",
                "5000",
                "--concurrency=100",
                "--candidate",
                "com.aerospike:aerospike-client-jdk8:9.2.0",
                "--baseline=classpath");

        assertThat(options.help()).isFalse();
        assertThat(options.configurationParameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "aerobench.count", "5000",
                        "aerobench.concurrency", "100",
                        "aerobench.candidate", "com.aerospike:aerospike-client-jdk8:9.2.0",
                        "aerobench.baseline", "classpath"));
    }

    @Test
    @DisplayName("without options sets nothing, so the annotations' values apply")
    void noOptions() {
        assertThat(parse().configurationParameters()).isEmpty();
    }

    @Test
    @DisplayName("recognises --help and -h")
    void help() {
        assertThat(parse("--help").help()).isTrue();
        assertThat(parse("--count", "10", "-h").help()).isTrue();
        assertThat(LauncherOptions.USAGE)
                .contains("--count N", "--concurrency N", "--candidate", "--baseline", "AEROSPIKE_HOST", "Exit status");
    }

    @Test
    @DisplayName("refuses an unknown option, naming it")
    void unknownOption() {
        assertThatThrownBy(() -> parse("--cont", "5000"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unknown option '--cont'");
    }

    @Test
    @DisplayName("refuses a count or concurrency that is not a whole number above 0")
    void badNumbers() {
        assertThatThrownBy(() -> parse("--count", "many"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--count needs a whole number greater than 0, not 'many'");
        assertThatThrownBy(() -> parse("--concurrency=0"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--concurrency needs a whole number");
        assertThatThrownBy(() -> parse("--count", "99999999999"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--count needs a whole number");
    }

    @Test
    @DisplayName("refuses a client that is neither Maven coordinates, 'classpath' nor an adapter class")
    void badClient() {
        assertThatThrownBy(() -> parse("--candidate", "aerospike-client-jdk21"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--candidate needs Maven coordinates, 'classpath' or a ClientAdapter class")
                .hasMessageContaining("groupId:artifactId:version");
    }

    @Test
    @DisplayName("accepts an adapter class as a client, as the extension does")
    void adapterClassClient() {
        assertThat(parse("--candidate", DoubledWorkAdapter.class.getName()).configurationParameters())
                .containsEntry(BenchmarkConfiguration.CANDIDATE, DoubledWorkAdapter.class.getName());
    }

    @Test
    @DisplayName("refuses an option without its value, a repeated option and a bare argument")
    void malformedCommandLines() {
        assertThatThrownBy(() -> parse("--count"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--count needs a value: --count N");
        assertThatThrownBy(() -> parse("--count", "1", "--count", "2"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--count is given twice; give it once");
        assertThatThrownBy(() -> parse("5000"))
                .isInstanceOf(UsageException.class)
                .hasMessage("unexpected argument '5000'; did you mean --count 5000?");
    }
}
