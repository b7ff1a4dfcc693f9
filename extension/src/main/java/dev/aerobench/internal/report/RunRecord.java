package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.OperationResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the history keeps of one run: when and where it ran, on which commit, and per operation the
 * numbers a trend needs. Latencies in milliseconds; undefined numbers are NaN.
 *
 * @param id         unique per run, also the stem of its history file name
 * @param date       when the run started
 * @param commit     the commit measured ({@code GITHUB_SHA} and the like, or {@code git rev-parse
 *                   HEAD}); {@value #UNKNOWN} when neither tells
 * @param machine    where it ran
 * @param operations the operations, in the order they were measured
 */
public record RunRecord(String id, Instant date, String commit, Machine machine, List<OperationRecord> operations) {

    /** The commit or host when nothing tells it. */
    public static final String UNKNOWN = "unknown";

    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(machine, "machine");
        operations = List.copyOf(operations);
    }

    /** This run with {@code operations} instead of its own. */
    public RunRecord withOperations(List<OperationRecord> operations) {
        return new RunRecord(id, date, commit, machine, operations);
    }

    /** The first 12 characters of the commit, as people quote it. */
    public String shortCommit() {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }

    /** The machine a run measured on. */
    public record Machine(String host, int cores, String os, String jdk) {

        public Machine {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(os, "os");
            Objects.requireNonNull(jdk, "jdk");
        }

        /** {@code ci-runner-7, 4 cores, Linux 6.1 (amd64), JDK 21.0.5 (Eclipse Temurin)}. */
        public String describe() {
            return host + ", " + cores + (cores == 1 ? " core, " : " cores, ") + os + ", JDK " + jdk;
        }
    }

    /**
     * One operation of a run.
     *
     * @param test        the test that measured it (empty when unknown)
     * @param key         the operation's key, e.g. {@code get} or {@code get_async_concurrent}
     * @param label       its name for people, e.g. {@code get (async conc)}
     * @param verdict     PASS, FAIL or INCONCLUSIVE
     * @param speedup     baseline avg ÷ candidate avg
     * @param speedupLow  lower end of its 95% interval
     * @param speedupHigh upper end of its 95% interval
     * @param candidate   the candidate's numbers
     * @param baseline    the baseline's numbers
     */
    public record OperationRecord(
            String test,
            String key,
            String label,
            String verdict,
            double speedup,
            double speedupLow,
            double speedupHigh,
            ArmNumbers candidate,
            ArmNumbers baseline) {

        public OperationRecord {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(baseline, "baseline");
        }

        static OperationRecord of(ReportedOperation operation) {
            GateOutcome outcome = operation.outcome();
            OperationResult result = outcome.result();
            return new OperationRecord(
                    operation.test(),
                    result.key(),
                    result.label(),
                    outcome.verdict().name(),
                    result.speedup().value(),
                    result.speedup().ci95().lower(),
                    result.speedup().ci95().upper(),
                    ArmNumbers.of(result.candidate()),
                    ArmNumbers.of(result.baseline()));
        }

        /** What identifies the operation across runs: {@code <test>#<key>}. */
        public String id() {
            return id(test, key);
        }

        static String id(String test, String key) {
            return test + "#" + key;
        }

        /** {@code get} or, with its test, {@code get in ClientBenchmarkTest.compareGets}. */
        public String describe() {
            return test.isEmpty() ? label : label + " in " + simpleTest(test);
        }

        /** {@code com.example.ClientBenchmarkTest.compareGets} as {@code ClientBenchmarkTest.compareGets}. */
        static String simpleTest(String test) {
            int method = test.lastIndexOf('.');
            int type = method > 0 ? test.lastIndexOf('.', method - 1) : -1;
            return test.substring(type + 1);
        }
    }

    /** One arm's numbers in one operation, latencies in milliseconds. */
    public record ArmNumbers(
            String name, String identity, double avgMs, double p50Ms, double p99Ms, double opsPerSecond) {

        public ArmNumbers {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(identity, "identity");
        }

        static ArmNumbers of(ArmResult arm) {
            return new ArmNumbers(
                    arm.name(),
                    arm.identity(),
                    arm.meanNanos() / 1e6,
                    arm.p50Nanos() / 1e6,
                    arm.p99Nanos() / 1e6,
                    arm.opsPerSecond());
        }
    }
}
