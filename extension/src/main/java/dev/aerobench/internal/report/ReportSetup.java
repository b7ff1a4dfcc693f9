package dev.aerobench.internal.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What the reports of a run are built on.
 *
 * @param directory   where files go ({@code aerobench.reportsDir}, default {@code target/aerobench-reports})
 * @param console     where the console report prints
 * @param progress    how it shows progress
 * @param environment the environment variables ({@code GITHUB_STEP_SUMMARY}, ...), a seam for tests
 * @param jvm         the JVM the JMH result names
 */
public record ReportSetup(
        Path directory, PrintStream console, ProgressStyle progress, UnaryOperator<String> environment, JvmInfo jvm) {

    public ReportSetup {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(jvm, "jvm");
    }

    /** Reports into {@code directory}, printing on {@link System#out}, with this process's environment and JVM. */
    public static ReportSetup of(Path directory) {
        return new ReportSetup(
                directory, System.out, ProgressStyle.detect(System::getenv), System::getenv, JvmInfo.current());
    }
}
