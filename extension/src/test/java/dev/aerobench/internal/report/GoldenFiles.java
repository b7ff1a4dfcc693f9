package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with expected files under {@code src/test/resources/dev/aerobench/internal/report/}.
 * After an intended format change, regenerate them with {@code -Daerobench.updateGoldenFiles=true}
 * (run from the extension module) and review the diff.
 */
final class GoldenFiles {

    private static final Path SOURCE_DIRECTORY = Path.of("src/test/resources/dev/aerobench/internal/report");

    private GoldenFiles() {}

    static void assertMatches(String actual, String fileName) {
        if (Boolean.getBoolean("aerobench.updateGoldenFiles")) {
            write(SOURCE_DIRECTORY.resolve(fileName), actual);
            return; // the class path still holds the old copy until the next build
        }
        assertThat(actual).as("output compared with golden file %s", fileName).isEqualTo(read(fileName));
    }

    private static String read(String fileName) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(fileName)) {
            assertThat(in).as("golden file %s on the test class path", fileName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
