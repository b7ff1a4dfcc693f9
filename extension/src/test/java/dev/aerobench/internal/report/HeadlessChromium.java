package dev.aerobench.internal.report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, for tests that open a page in a real browser: its DOM after
 * rendering, a screenshot, and what the page logged (script errors land on stderr as
 * {@code Uncaught ...} with {@code --enable-logging=stderr}).
 *
 * <p>Started with a fresh profile and without background networking, component updates or sync:
 * on a machine without network Chromium otherwise waits for them.
 */
final class HeadlessChromium {

    /** Names Chromium goes by on Linux distributions and in CI images. */
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private static final long TIMEOUT_SECONDS = 120;

    private final Path executable;

    private HeadlessChromium(Path executable) {
        this.executable = executable;
    }

    /** The first of {@link #NAMES} on the {@code PATH}, if any. */
    static Optional<HeadlessChromium> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return NAMES.stream()
                .flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(directory -> Path.of(directory, name)))
                .filter(Files::isExecutable)
                .findFirst()
                .map(HeadlessChromium::new);
    }

    /** What one run of Chromium printed: the DOM (for {@code --dump-dom}) and its log. */
    record Output(String stdout, String stderr) {

        /** The log lines that report a script error. */
        List<String> scriptErrors() {
            return stderr.lines()
                    .filter(line -> line.contains("Uncaught") || line.contains("CONSOLE") && line.contains("Error"))
                    .toList();
        }
    }

    /** Opens {@code page} and returns its DOM after loading (its scripts run). */
    Output dumpDom(Path page, Path workDirectory) throws IOException, InterruptedException {
        return run(workDirectory, "--dump-dom", page.toUri().toString());
    }

    /** Opens {@code page} in a {@code width} × {@code height} window and writes a PNG of it to {@code png}. */
    Output screenshot(Path page, Path png, int width, int height, Path workDirectory)
            throws IOException, InterruptedException {
        return run(
                workDirectory,
                "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                page.toUri().toString());
    }

    private Output run(Path workDirectory, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDirectory, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--enable-logging=stderr",
                "--v=0"));
        command.addAll(List.of(arguments));
        Path stdout = workDirectory.resolve("chromium.out");
        Path stderr = workDirectory.resolve("chromium.err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        Output output = new Output(
                Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
        if (process.exitValue() != 0) {
            throw new AssertionError("Chromium exited with " + process.exitValue() + ": " + output.stderr());
        }
        return output;
    }
}
