package dev.aerobench.examples.launcher;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.aerobench.BenchmarkConfiguration;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the seed benchmark suite ({@code dev.aerobench.examples.seed}) outside Maven, through the
 * JUnit Platform Launcher, the way {@code run_all.sh} ran the Python seed:
 *
 * <pre>
 * java -jar example-tests/target/aerobench-examples.jar --count 5000 --concurrency 100
 * </pre>
 *
 * <p>The options become JUnit configuration parameters ({@link LauncherOptions}), so a run here
 * and a Maven run with the same {@code -Daerobench.*} settings measure the same thing and print the
 * same tables. The JSON results go to {@value #REPORTS_DIRECTORY} in the working directory. The jar is built by {@code ./mvnw -pl example-tests package} (and by
 * {@code verify}).
 *
 * <p>Exit status: {@value #EXIT_PASSED} when no test failed (passed, or skipped as inconclusive),
 * {@value #EXIT_FAILED} when a test failed or none ran, {@value #EXIT_USAGE} for a bad command line.
 */
public final class ExamplesLauncher {

    /** The package whose tests the launcher runs: the seed suite. */
    static final String SUITE_PACKAGE = "dev.aerobench.examples.seed";

    /** Where the JSON results go, relative to the working directory, unless configured. */
    static final String REPORTS_DIRECTORY = "aerobench-reports";

    static final int EXIT_PASSED = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    ExamplesLauncher(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ExamplesLauncher(System.out, System.err).run(List.of(args), selectPackage(SUITE_PACKAGE)));
    }

    /** Reads the command line and runs the tests {@code suite} selects; returns the exit status. */
    int run(List<String> arguments, DiscoverySelector suite) {
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(arguments);
        } catch (LauncherOptions.UsageException badCommandLine) {
            err.println("aerobench-examples: " + badCommandLine.getMessage());
            err.println("Run with --help to see the options.");
            return EXIT_USAGE;
        }
        if (options.help()) {
            out.print(LauncherOptions.USAGE);
            return EXIT_PASSED;
        }
        return execute(options, suite);
    }

    private int execute(LauncherOptions options, DiscoverySelector suite) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(suite)
                .configurationParameters(reportsDirectory())
                .configurationParameters(options.configurationParameters())
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new ProgressPrinter(out), summary);
        return report(summary.getSummary());
    }

    /**
     * Where aerobench writes its report files: {@value #REPORTS_DIRECTORY} in the working directory,
     * rather than the Maven-style {@code target/aerobench-reports}, unless
     * {@code -Daerobench.reportsDir} says otherwise.
     */
    private static Map<String, String> reportsDirectory() {
        return System.getProperty(BenchmarkConfiguration.REPORTS_DIR) == null
                ? Map.of(BenchmarkConfiguration.REPORTS_DIR, REPORTS_DIRECTORY)
                : Map.of();
    }

    private int report(TestExecutionSummary summary) {
        long failed = summary.getTestsFailedCount() + summary.getContainersFailedCount();
        out.printf(
                "%naerobench-examples: %d passed, %d failed, %d skipped (inconclusive or disabled)%n",
                summary.getTestsSucceededCount(),
                failed,
                summary.getTestsAbortedCount() + summary.getTestsSkippedCount());
        if (summary.getTestsFoundCount() == 0) {
            err.println("aerobench-examples: no tests found in " + SUITE_PACKAGE
                    + "; the jar is incomplete: rebuild it with ./mvnw -pl example-tests package");
            return EXIT_FAILED;
        }
        return failed > 0 ? EXIT_FAILED : EXIT_PASSED;
    }
}
