package dev.aerobench.internal.report;

import java.util.Objects;
import org.junit.jupiter.api.TestReporter;

/**
 * A benchmark test about to measure.
 *
 * @param id          which test
 * @param description the test as messages name it, e.g. {@code method [get()] of ClientUpgradeTest}
 * @param candidate   the candidate arm: identity, what was asked for and its jar
 * @param baseline    the baseline arm, likewise
 * @param server      the server both arms talk to
 * @param seed        the seed of the arms' order in this test
 * @param reporter    publishes JUnit report entries for this test
 */
public record BenchmarkStart(
        BenchmarkId id,
        String description,
        String candidate,
        String baseline,
        String server,
        long seed,
        TestReporter reporter) {

    public BenchmarkStart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(reporter, "reporter");
    }
}
