package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("History")
class HistoryTest {

    private static final List<ReportedOperation> OPERATIONS = ReportSamples.reported(ReportSamples.outcomes());

    @TempDir
    Path directory;

    @Test
    @DisplayName("stores a run as JSON and reads it back with every number, undefined ones as NaN")
    void roundTrip() {
        RunRecord run = ReportSamples.run("r1", "2026-11-01T10:00:00Z", "abc123", OPERATIONS);

        History.open(directory).store(run);
        List<RunRecord> read = History.open(directory).runs();

        assertThat(read).containsExactly(run);
        assertThat(read.getFirst().operations().get(2).speedupLow()).isNaN();
        assertThat(read.getFirst().operations().get(2).baseline().opsPerSecond())
                .isNaN();
    }

    @Test
    @DisplayName("writes the commit, date, machine, arms and per-operation numbers a reader of the file expects")
    void fileContents() throws IOException {
        RunRecord run = ReportSamples.run("r1", "2026-11-01T10:00:00Z", "abc123", OPERATIONS.subList(0, 1));

        Path file = History.open(directory).store(run);

        assertThat(file.getFileName()).hasToString("aerobench-run-r1.json");
        assertThat(Files.readString(file))
                .contains("\"schema\": \"aerobench-history/1\"")
                .contains("\"commit\": \"abc123\"")
                .contains("\"date\": \"2026-11-01T10:00:00Z\"")
                .contains("\"host\": \"ci-runner\"", "\"cores\": 4")
                .contains("\"candidate\": [\n      \"aerospike-client-jdk21 9.0.4\"\n    ]")
                .contains("\"avg_ms\": 0.312", "\"p99_ms\": 0.902");
    }

    @Test
    @DisplayName("lists the runs oldest first; the last is the one to compare with")
    void previous() {
        History history = History.open(directory);
        history.store(ReportSamples.run("b", "2026-11-02T10:00:00Z", "c2", OPERATIONS));
        history.store(ReportSamples.run("a", "2026-11-01T10:00:00Z", "c1", OPERATIONS));
        history.store(ReportSamples.run("c", "2026-11-03T10:00:00Z", "c3", OPERATIONS));

        History reopened = History.open(directory);

        assertThat(reopened.runs()).extracting(RunRecord::commit).containsExactly("c1", "c2", "c3");
        assertThat(reopened.previous())
                .hasValueSatisfying(run -> assertThat(run.commit()).isEqualTo("c3"));
        assertThat(History.open(directory.resolve("new")).previous()).isEmpty();
    }

    @Test
    @DisplayName("reports a corrupt or foreign file and skips it, keeping the others")
    void corruptFilesSkipped() throws IOException {
        History.open(directory).store(ReportSamples.run("good", "2026-11-01T10:00:00Z", "c1", OPERATIONS));
        Files.writeString(directory.resolve("aerobench-run-cut.json"), "{\"schema\": \"aerobench-history/1\", \"id\"");
        Files.writeString(directory.resolve("aerobench-run-other.json"), "{\"schema\": \"something-else/3\"}");
        Files.write(directory.resolve("aerobench-run-binary.json"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        Files.writeString(directory.resolve("notes.txt"), "not a run");

        History history = History.open(directory);

        assertThat(history.runs()).extracting(RunRecord::id).containsExactly("good");
        assertThat(history.problems())
                .hasSize(3)
                .anySatisfy(problem -> assertThat(problem).contains("aerobench-run-cut.json", "malformed JSON"))
                .anySatisfy(problem -> assertThat(problem).contains("aerobench-run-other.json", "something-else/3"))
                .anySatisfy(problem -> assertThat(problem).contains("aerobench-run-binary.json", "not UTF-8"));
    }

    @Test
    @DisplayName("names the missing field of a file that lacks one")
    void missingField() throws IOException {
        String json = HistoryJson.write(ReportSamples.run("r", "2026-11-01T10:00:00Z", "c", OPERATIONS))
                .replace("\"p99_ms\"", "\"p99\"");
        Files.writeString(directory.resolve("aerobench-run-r.json"), json);

        assertThat(History.open(directory).problems())
                .singleElement()
                .asString()
                .endsWith(": missing field operations[0].candidate.p99_ms");
    }

    @Test
    @DisplayName("rewrites only its own run's file, never another run's")
    void ownFileOnly() throws IOException {
        History history = History.open(directory);
        Path other = history.store(ReportSamples.run("other", "2026-11-01T10:00:00Z", "c1", OPERATIONS));
        String before = Files.readString(other);

        history.store(ReportSamples.run("mine", "2026-11-02T10:00:00Z", "c2", OPERATIONS.subList(0, 1)));
        history.store(ReportSamples.run("mine", "2026-11-02T10:00:00Z", "c2", OPERATIONS));

        assertThat(Files.readString(other)).isEqualTo(before);
        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("aerobench-run-other.json", "aerobench-run-mine.json");
        }
        assertThat(History.open(directory).runs().getLast().operations()).hasSize(3);
    }

    @Test
    @DisplayName("refuses a file where a directory should be, saying so")
    void notADirectory() throws IOException {
        Path file = Files.writeString(directory.resolve("history"), "x");

        assertThatThrownBy(() -> History.open(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("history is a file, not a directory");
    }
}
