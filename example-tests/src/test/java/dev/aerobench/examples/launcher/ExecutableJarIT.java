package dev.aerobench.examples.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code aerobench-examples.jar}, run as a user runs it ({@code java -jar}), after
 * {@code package}: proof that the jar holds everything (the suite, JUnit's engine registration,
 * the extension and its resolver) and that the options reach the benchmarks.
 */
@DisplayName("The executable examples jar")
class ExecutableJarIT {

    private static final Path JAR =
            Path.of(System.getProperty("aerobench.examplesJar", "target/aerobench-examples.jar"));

    @TempDir
    Path workingDirectory;

    @Test
    @DisplayName("runs the seed suite with --count, prints the tables and writes the JSON results")
    void runsTheSuite() throws Exception {
        // Few operations and no gates: this checks the jar, not the clients' speed (the seed
        // tests in the test phase do that).
        Result run = run(
                List.of(
                        "-Daerobench.forks=2",
                        "-Daerobench.maxForks=2",
                        "-Daerobench.warmup=20",
                        "-Daerobench.minSpeedup=0",
                        "-Daerobench.maxP99Millis=Infinity"),
                "--count",
                "100");

        assertThat(run.output())
                .contains(
                        "aerobench: measuring put (sync): forks of 100 ops per arm in blocks of 10, until decided",
                        "Avg Latency (ms)",
                        "get (async seq)",
                        "put (async conc)",
                        "batch_get (async conc)",
                        "aerobench-examples: 4 passed, 0 failed, 0 skipped");
        assertThat(run.status()).as(run.output()).isZero();
        try (var files = Files.list(workingDirectory.resolve(ExamplesLauncher.REPORTS_DIRECTORY))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("a JSON file per test, and the run's reports")
                    .hasSize(4 + 6)
                    .contains("summary.md", "jmh-result.json", "bencher.json", "aerobench-report.html");
        }
    }

    @Test
    @DisplayName("explains a bad option and exits with status 2")
    void badOption() throws Exception {
        Result run = run(List.of(), "--concurrency", "none");

        assertThat(run.status()).isEqualTo(ExamplesLauncher.EXIT_USAGE);
        assertThat(run.output())
                .contains("--concurrency needs a whole number greater than 0, not 'none'", "Run with --help");
    }

    private record Result(int status, String output) {}

    private Result run(List<String> jvmOptions, String... arguments) throws IOException, InterruptedException {
        assertThat(JAR).as("built by ./mvnw -pl example-tests package").exists();
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Path output = workingDirectory.resolve("output.txt");
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + JAR + " did not finish within 5 minutes:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
