package dev.aerobench.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A directory of past runs, one JSON file per run ({@code aerobench-run-<id>.json}, see
 * {@link HistoryJson}). A run only ever writes its own file: old ones are never rewritten, so two
 * CI jobs sharing the directory cannot lose each other's runs. A file that cannot be read is
 * reported in {@link #problems()} and skipped; the others still count.
 *
 * <pre>{@code
 * History history = History.open(Path.of("benchmark-history"));
 * Optional<RunRecord> last = history.previous();
 * history.store(thisRun);
 * }</pre>
 */
public final class History {

    static final String PREFIX = "aerobench-run-";
    static final String SUFFIX = ".json";

    private final Path directory;
    private final List<RunRecord> runs;
    private final List<String> problems;

    private History(Path directory, List<RunRecord> runs, List<String> problems) {
        this.directory = directory;
        this.runs = List.copyOf(runs);
        this.problems = List.copyOf(problems);
    }

    /**
     * Opens {@code directory}, creating it if needed, and reads the runs stored there.
     *
     * @throws IllegalArgumentException saying why when it is not a directory or cannot be written
     */
    public static History open(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory.toAbsolutePath() + " is a file, not a directory");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException cannotCreate) {
            throw new IllegalArgumentException(
                    "cannot create the directory " + directory.toAbsolutePath() + ": " + cannotCreate, cannotCreate);
        }
        if (!Files.isWritable(directory)) {
            throw new IllegalArgumentException(directory.toAbsolutePath() + " is not writable");
        }
        List<RunRecord> runs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    runs.add(HistoryJson.read(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (CharacterCodingException notUtf8) {
                    problems.add(file.toAbsolutePath() + ": not UTF-8 text");
                } catch (IOException | IllegalArgumentException unreadable) {
                    problems.add(file.toAbsolutePath() + ": " + unreadable.getMessage());
                }
            }
        } catch (IOException cannotList) {
            throw new IllegalArgumentException(
                    "cannot list the directory " + directory.toAbsolutePath() + ": " + cannotList, cannotList);
        }
        runs.sort(Comparator.comparing(RunRecord::date).thenComparing(RunRecord::id));
        problems.sort(Comparator.naturalOrder());
        return new History(directory, runs, problems);
    }

    /** The stored runs, oldest first. */
    public List<RunRecord> runs() {
        return runs;
    }

    /** The last stored run, if any: the one this run compares with. */
    public Optional<RunRecord> previous() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.getLast());
    }

    /** This run against {@link #previous()}, if there is a stored run. */
    public Optional<RunComparison> compare(RunRecord current) {
        return previous().map(previous -> RunComparison.of(previous, current));
    }

    /** One line per file that could not be read and was skipped: its path and why. */
    public List<String> problems() {
        return problems;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code run} to its own file, replacing only an earlier version of the same run (a run
     * rewrites its file as its tests finish); written to a temporary file first and then moved, so
     * a reader never sees half a file.
     *
     * @return the file
     */
    public Path store(RunRecord run) {
        Path file = directory.resolve(fileName(run));
        Path temporary = directory.resolve(fileName(run) + ".tmp");
        try {
            Files.writeString(temporary, HistoryJson.write(run), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException("cannot store the run in " + file.toAbsolutePath(), cannotWrite);
        }
        return file;
    }

    /** {@code aerobench-run-<id>.json}. */
    static String fileName(RunRecord run) {
        return PREFIX + run.id() + SUFFIX;
    }
}
