package dev.aerobench.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.DiscoverySelector;

/** The launcher, run on small fixture classes instead of the (slow) seed suite. */
@DisplayName("The examples launcher")
class ExamplesLauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Class<?> fixture, String... arguments) {
        return run(selectClass(fixture), arguments);
    }

    private int run(DiscoverySelector suite, String... arguments) {
        ExamplesLauncher launcher = new ExamplesLauncher(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return launcher.run(List.of(arguments), suite);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("passes the options to the tests as configuration parameters and exits 0 when they pass")
    void passingRun() {
        int status = run(ExpectsCountAndConcurrencyTestCase.class, "--count", "5000", "--concurrency", "100");

        assertThat(status).isEqualTo(ExamplesLauncher.EXIT_PASSED);
        assertThat(out())
                .contains(
                        "PASSED   ExamplesLauncherTest$ExpectsCountAndConcurrencyTestCase > seesOptions()",
                        "aerobench-examples: 1 passed, 0 failed, 0 skipped");
    }

    @Test
    @DisplayName("exits 1 when a test fails, printing the head of its message")
    void failingRun() {
        int status = run(ExpectsCountAndConcurrencyTestCase.class, "--count", "10");

        assertThat(status).isEqualTo(ExamplesLauncher.EXIT_FAILED);
        assertThat(out())
                .contains(
                        "FAILED   ExamplesLauncherTest$ExpectsCountAndConcurrencyTestCase > seesOptions()",
                        "expected aerobench.count 5000",
                        "1 failed");
        assertThat(out()).doesNotContain("the rest of the message");
    }

    @Test
    @DisplayName("exits 0 when a test is only skipped (an inconclusive verdict), saying why")
    void abortedRun() {
        int status = run(InconclusiveTestCase.class);

        assertThat(status).isEqualTo(ExamplesLauncher.EXIT_PASSED);
        assertThat(out())
                .contains(
                        "SKIPPED  ExamplesLauncherTest$InconclusiveTestCase > inconclusive()",
                        "speedup straddles minSpeedup",
                        "0 passed, 0 failed, 1 skipped");
    }

    @Test
    @DisplayName("exits 1 when it finds no tests: an incomplete jar must not look like a green run")
    void noTests() {
        int status = run(NoTestsHere.class);

        assertThat(status).isEqualTo(ExamplesLauncher.EXIT_FAILED);
        assertThat(err()).contains("no tests found");
    }

    @Test
    @DisplayName("prints the help and exits 0 for --help, without running anything")
    void help() {
        int status = run(ExpectsCountAndConcurrencyTestCase.class, "--help");

        assertThat(status).isEqualTo(ExamplesLauncher.EXIT_PASSED);
        assertThat(out()).startsWith("Usage: java -jar aerobench-examples.jar").doesNotContain("PASSED");
    }

    @Test
    @DisplayName("exits 2 for a bad command line, saying what is wrong and where the help is")
    void badCommandLine() {
        int status = run(ExpectsCountAndConcurrencyTestCase.class, "--count", "lots");

        assertThat(status).isEqualTo(ExamplesLauncher.EXIT_USAGE);
        assertThat(err()).isEqualTo("""
                aerobench-examples: --count needs a whole number greater than 0, not 'lots'
                Run with --help to see the options.
                """);
        assertThat(out()).isEmpty();
    }

    /** Fails unless the configuration parameters carry the options of {@link #passingRun()}. */
    @ExtendWith(ExpectCountAndConcurrency.class)
    static class ExpectsCountAndConcurrencyTestCase {
        @Test
        void seesOptions() {}
    }

    static class ExpectCountAndConcurrency implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            assertThat(context.getConfigurationParameter("aerobench.count"))
                    .as("expected aerobench.count 5000\n\nthe rest of the message")
                    .contains("5000");
            assertThat(context.getConfigurationParameter("aerobench.concurrency"))
                    .contains("100");
        }
    }

    static class InconclusiveTestCase {
        @Test
        void inconclusive() {
            Assumptions.abort("aerobench inconclusive: speedup straddles minSpeedup\n\n  Avg Latency (ms) table");
        }
    }

    static class NoTestsHere {}
}
