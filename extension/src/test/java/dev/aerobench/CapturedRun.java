package dev.aerobench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * One engine run of a fixture with everything it put out kept: what went to {@code System.out} and
 * {@code System.err} (still passed on), java.util.logging records, report entries, the failures
 * with their whole cause and suppressed chains and stack traces, and every file under the reports
 * directory. What a user could ever see of a run, to search for what must not be there.
 */
record CapturedRun(EngineExecutionResults results, String console, String log, Path reportsDirectory) {

    static CapturedRun of(Class<?> testCase, Map<String, String> configuration, Path reportsDirectory) {
        java.util.HashMap<String, String> withReports = new java.util.HashMap<>(configuration);
        withReports.put(BenchmarkConfiguration.REPORTS_DIR, reportsDirectory.toString());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        StringBuilder log = new StringBuilder();
        Handler logHandler = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public synchronized void publish(LogRecord record) {
                log.append(format.format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        PrintStream out = System.out;
        PrintStream err = System.err;
        Logger root = Logger.getLogger("");
        root.addHandler(logHandler);
        try {
            System.setOut(new PrintStream(new Tee(out, console), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(err, console), true, StandardCharsets.UTF_8));
            EngineExecutionResults results = EngineRuns.run(testCase, withReports);
            String logged;
            synchronized (logHandler) {
                logged = log.toString();
            }
            return new CapturedRun(results, console.toString(StandardCharsets.UTF_8), logged, reportsDirectory);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(logHandler);
        }
    }

    /** The one test's failure or abort, if it had one. */
    Optional<Throwable> failure() {
        return results.testEvents().finished().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class))
                .flatMap(result -> result.getThrowable().stream())
                .findFirst()
                .or(() -> results.containerEvents().finished().stream()
                        .map(event -> event.getRequiredPayload(TestExecutionResult.class))
                        .flatMap(result -> result.getThrowable().stream())
                        .findFirst());
    }

    /** The failure's message, or empty when the test passed. */
    String failureMessage() {
        return failure().map(Throwable::getMessage).orElse("");
    }

    List<Map<String, String>> reportEntries() {
        return EngineRuns.reportEntries(results);
    }

    /** Everything a person or a tool could read of this run, as one text. */
    String everything() {
        List<String> parts = new ArrayList<>();
        parts.add(console);
        parts.add(log);
        reportEntries().forEach(entry -> parts.add(entry.toString()));
        results.allEvents().stream()
                .map(Event::getPayload)
                .flatMap(Optional::stream)
                .filter(TestExecutionResult.class::isInstance)
                .map(TestExecutionResult.class::cast)
                .flatMap(result -> result.getThrowable().stream())
                .forEach(thrown -> parts.add(printed(thrown)));
        parts.addAll(files());
        return String.join("\n", parts);
    }

    /** The names and contents of every file under the reports directory. */
    List<String> files() {
        if (!Files.isDirectory(reportsDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(reportsDirectory)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file + "\n" + read(file))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A throwable as a stack trace prints it: every message, cause and suppressed exception. */
    private static String printed(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    /** Writes to the original stream and keeps a copy. */
    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final OutputStream copy;

        Tee(OutputStream original, OutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            original.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            original.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
        }
    }
}
