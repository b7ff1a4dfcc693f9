package dev.aerobench.internal.report;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** What a run records about where it ran: the commit, the machine, and an id for its history file. */
public final class RunEnvironment {

    /**
     * Environment variables CI systems set to the commit being built, in the order they are asked:
     * GitHub Actions, GitLab CI, Buildkite, CircleCI, Jenkins (Git plugin), Bitbucket Pipelines,
     * Travis CI, Azure Pipelines.
     */
    public static final List<String> COMMIT_VARIABLES = List.of(
            "GITHUB_SHA",
            "CI_COMMIT_SHA",
            "BUILDKITE_COMMIT",
            "CIRCLE_SHA1",
            "GIT_COMMIT",
            "BITBUCKET_COMMIT",
            "TRAVIS_COMMIT",
            "BUILD_SOURCEVERSION");

    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(10);
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunEnvironment() {}

    /**
     * A run started at {@code start} (to the second), without operations yet: the commit from the first of
     * {@link #COMMIT_VARIABLES} that is set, else from {@code git rev-parse HEAD} in the working
     * directory, else {@value RunRecord#UNKNOWN}.
     */
    public static RunRecord describe(Instant start, UnaryOperator<String> environment) {
        Instant date = start.truncatedTo(ChronoUnit.SECONDS);
        String commit =
                commitFromEnvironment(environment).or(RunEnvironment::gitHead).orElse(RunRecord.UNKNOWN);
        return new RunRecord(id(date), date, commit, machine(environment), List.of());
    }

    /** The first of {@link #COMMIT_VARIABLES} that is set. */
    static Optional<String> commitFromEnvironment(UnaryOperator<String> environment) {
        return COMMIT_VARIABLES.stream()
                .map(environment)
                .filter(value -> value != null && !value.isBlank())
                .map(String::trim)
                .findFirst();
    }

    /** {@code 20261130T013710Z-1a2b3c4d}: sorts by time, unique by its random part. */
    static String id(Instant date) {
        return ID_TIME.format(date) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    static RunRecord.Machine machine(UnaryOperator<String> environment) {
        return new RunRecord.Machine(
                host(environment),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                System.getProperty("java.version") + " (" + System.getProperty("java.vm.vendor") + ")");
    }

    private static String host(UnaryOperator<String> environment) {
        for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
            String value = environment.apply(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return RunRecord.UNKNOWN;
        }
    }

    /** {@code git rev-parse HEAD}, when git is installed and the working directory is in a repository. */
    private static Optional<String> gitHead() {
        return commitFromCommand(List.of("git", "rev-parse", "HEAD"), GIT_TIMEOUT);
    }

    /**
     * What {@code command} prints, when it is a commit hash and the command exits with 0 within {@code
     * timeout}; empty when it fails, prints something else, or hangs (it is then killed).
     *
     * <p>Its output goes to a file rather than a pipe: reading a pipe blocks until the command (and
     * every child that inherited the pipe) ends, so a hung git would hold up the run without limit.
     * A file is read only after the command ended or was killed.
     */
    static Optional<String> commitFromCommand(List<String> command, Duration timeout) {
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile("aerobench-git-", ".out");
            process = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8).trim();
            return printed.matches("[0-9a-f]{7,64}") ? Optional.of(printed) : Optional.empty();
        } catch (IOException noGit) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            // A few bytes in the temporary directory; the commit is what matters here.
        }
    }
}
