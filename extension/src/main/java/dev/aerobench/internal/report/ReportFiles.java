package dev.aerobench.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writing report files, with an error that says which file and what to do. */
final class ReportFiles {

    private ReportFiles() {}

    /** Writes {@code text} to {@code file} (UTF-8), replacing it, creating its directory. */
    static void write(Path file, String text) {
        try {
            createParent(file);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException cannotWrite) {
            throw cannotWrite(file, cannotWrite);
        }
    }

    /** Appends {@code text} to {@code file} (UTF-8), creating it if needed. */
    static void append(Path file, String text) {
        try {
            createParent(file);
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException cannotWrite) {
            throw cannotWrite(file, cannotWrite);
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static UncheckedIOException cannotWrite(Path file, IOException cause) {
        return new UncheckedIOException(
                "aerobench could not write its report " + file.toAbsolutePath() + " (" + cause + "); set "
                        + "aerobench.reportsDir to a writable directory, or leave this report out of aerobench.reports",
                cause);
    }
}
