package dev.aerobench.internal.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the reports of a run are built on.
 *
 * @param directory   where files go ({@code aerobench.reportsDir}, default {@code target/aerobench-reports})
 * @param console     where the console report prints
 * @param progress    how it shows progress
 * @param environment the environment variables ({@code GITHUB_STEP_SUMMARY}, ...), a seam for tests
 * @param jvm         the JVM the JMH result names
 * @param history     the stored runs ({@code aerobench.history}), opened before this run stored
 *                    anything; empty when no history is kept
 */
public record ReportSetup(
        Path directory,
        PrintStream console,
        ProgressStyle progress,
        UnaryOperator<String> environment,
        JvmInfo jvm,
        Optional<History> history) {

    /** A setup without history. */
    public ReportSetup(
            Path directory,
            PrintStream console,
            ProgressStyle progress,
            UnaryOperator<String> environment,
            JvmInfo jvm) {
        this(directory, console, progress, environment, jvm, Optional.empty());
    }

    public ReportSetup {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(jvm, "jvm");
    }

    /** Reports into {@code directory}, printing on {@link System#out}, with this process's environment and JVM. */
    public static ReportSetup of(Path directory) {
        return of(directory, Optional.empty());
    }

    /** As {@link #of(Path)}, with the run history {@code history}. */
    public static ReportSetup of(Path directory, Optional<History> history) {
        return new ReportSetup(
                directory,
                System.out,
                ProgressStyle.detect(System::getenv),
                System::getenv,
                JvmInfo.current(),
                history);
    }
}
