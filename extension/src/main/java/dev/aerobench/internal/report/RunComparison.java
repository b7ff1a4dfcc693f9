package dev.aerobench.internal.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This run against the last stored one, per operation: how the candidate's average and p99 latency
 * changed. For summaries ("get: candidate avg 0.312 ms → 0.298 ms (−4.5%), ...").
 *
 * <pre>{@code
 * history.previous().map(previous -> RunComparison.of(previous, thisRun))
 *         .ifPresent(comparison -> markdown.append(comparison.describe()));
 * }</pre>
 *
 * @param previous the stored run compared with
 * @param changes  one per operation of this run, in its order
 */
public record RunComparison(RunRecord previous, List<Change> changes) {

    public RunComparison {
        Objects.requireNonNull(previous, "previous");
        changes = List.copyOf(changes);
    }

    /** Each operation of {@code current} against the same operation (same test and key) in {@code previous}. */
    public static RunComparison of(RunRecord previous, RunRecord current) {
        return of(previous, current.operations());
    }

    /** Each of {@code operations} against the same operation (same test and key) in {@code previous}. */
    public static RunComparison of(RunRecord previous, List<RunRecord.OperationRecord> operations) {
        Map<String, RunRecord.OperationRecord> before = previous.operations().stream()
                .collect(Collectors.toMap(
                        RunRecord.OperationRecord::id, Function.identity(), (first, second) -> second));
        return new RunComparison(
                previous,
                operations.stream()
                        .map(operation -> new Change(Optional.ofNullable(before.get(operation.id())), operation))
                        .toList());
    }

    /** The change of {@code id}'s operation, if this run measured it. */
    public Optional<Change> change(String id) {
        return changes.stream().filter(change -> change.now().id().equals(id)).findFirst();
    }

    /** A heading line naming the stored run, then one line per operation. */
    public String describe() {
        StringBuilder text = new StringBuilder("Compared with the last stored run (")
                .append(previous.date())
                .append(", commit ")
                .append(previous.shortCommit())
                .append(", on ")
                .append(previous.machine().host())
                .append("):\n");
        changes.forEach(change -> text.append("- ").append(change.describe()).append('\n'));
        return text.toString();
    }

    /**
     * One operation's change.
     *
     * @param before the operation in the stored run; empty when that run did not measure it
     * @param now    the operation in this run
     */
    public record Change(Optional<RunRecord.OperationRecord> before, RunRecord.OperationRecord now) {

        public Change {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(now, "now");
        }

        /** Candidate avg now ÷ before − 1: {@code 0.05} is 5% slower; NaN without a stored number. */
        public double avgChange() {
            return before.map(then -> now.candidate().avgMs() / then.candidate().avgMs() - 1)
                    .orElse(Double.NaN);
        }

        /** Candidate p99 now ÷ before − 1; NaN without a stored number. */
        public double p99Change() {
            return before.map(then -> now.candidate().p99Ms() / then.candidate().p99Ms() - 1)
                    .orElse(Double.NaN);
        }

        /** {@code get: candidate avg 0.312 ms → 0.298 ms (−4.5%), p99 0.902 ms → 0.950 ms (+5.3%)}. */
        public String describe() {
            if (before.isEmpty()) {
                return now.describe() + ": not in the stored run";
            }
            RunRecord.ArmNumbers then = before.get().candidate();
            return now.describe() + ": candidate avg "
                    + change(then.avgMs(), now.candidate().avgMs(), avgChange()) + ", p99 "
                    + change(then.p99Ms(), now.candidate().p99Ms(), p99Change());
        }

        /** {@code −4.5%} / {@code +5.3%} (a minus sign, not a hyphen), or n/a. */
        static String percent(double change) {
            if (!Numbers.defined(change)) {
                return Numbers.NOT_AVAILABLE;
            }
            String text = Numbers.format("%+.1f%%", 100 * change);
            return text.startsWith("-") ? "−" + text.substring(1) : text;
        }

        private static String change(double then, double now, double change) {
            return Numbers.format("%.3f ms", then) + " → " + Numbers.format("%.3f ms", now) + " (" + percent(change)
                    + ")";
        }
    }
}
