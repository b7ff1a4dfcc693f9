package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.OperationResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Every number of one operation as flat key/value pairs, for JUnit's
 * {@code TestReporter.publishEntry(Map)} / {@code ExtensionContext.publishReportEntry(Map)}, which
 * land in the Surefire XML report.
 *
 * <p>Keys are {@value #PREFIX}{@code .<key>.<field>}, where {@code <key>} is
 * {@link OperationResult#key()}, e.g. {@code aerobench.get.candidate.p99_ms},
 * {@code aerobench.get.speedup_ci95_low}, {@code aerobench.get.verdict},
 * {@code aerobench.get.resolution}. Latencies are in milliseconds, times in seconds,
 * numbers use {@link java.util.Locale#ROOT}, undefined numbers are {@code n/a}.
 */
public final class ReportEntries {

    /** The first segment of every key. */
    public static final String PREFIX = "aerobench";

    private ReportEntries() {}

    /** The entries of one operation, in a stable order. */
    public static Map<String, String> of(GateOutcome outcome) {
        Map<String, String> entries = new LinkedHashMap<>();
        String prefix = PREFIX + "." + outcome.result().key() + ".";
        entries.put(prefix + "verdict", outcome.verdict().name());
        entries.put(prefix + "reason", outcome.reason());
        putResult(entries, prefix, outcome.result());
        return Collections.unmodifiableMap(entries);
    }

    private static void putResult(Map<String, String> entries, String prefix, OperationResult result) {
        entries.put(prefix + "operation", result.operation());
        entries.put(prefix + "mode", result.mode().id());
        putEstimate(entries, prefix + "speedup", result.speedup(), ReportEntries::ratio);
        entries.put(prefix + "resolution", ratio(result.resolution()));
        entries.put(prefix + "elapsed_s", Numbers.format("%.3f", result.elapsedNanos() / 1e9));
        entries.put(prefix + "forks", Integer.toString(result.forks()));
        entries.put(prefix + "looks", Integer.toString(result.looks()));
        entries.put(prefix + "throughput_ratio", ratio(result.throughputRatio()));
        putEstimate(entries, prefix + "candidate_p99_ms", result.candidateP99Nanos(), ReportEntries::millis);
        entries.put(prefix + "ops_per_fork", Integer.toString(result.plan().opsPerFork()));
        entries.put(prefix + "seed", Long.toString(result.plan().seed()));
        putArm(entries, prefix + "candidate.", result.candidate());
        putArm(entries, prefix + "baseline.", result.baseline());
    }

    private static void putEstimate(
            Map<String, String> entries, String name, Estimate estimate, DoubleFunction<String> text) {
        entries.put(name, text.apply(estimate.value()));
        entries.put(name + "_ci95_low", text.apply(estimate.ci95().lower()));
        entries.put(name + "_ci95_high", text.apply(estimate.ci95().upper()));
    }

    private static void putArm(Map<String, String> entries, String prefix, ArmResult arm) {
        entries.put(prefix + "name", arm.name());
        entries.put(prefix + "identity", arm.identity());
        entries.put(prefix + "count", Long.toString(arm.count()));
        entries.put(prefix + "avg_ms", millis(arm.meanNanos()));
        entries.put(prefix + "p50_ms", millis(arm.p50Nanos()));
        entries.put(prefix + "p90_ms", millis(arm.p90Nanos()));
        entries.put(prefix + "p99_ms", millis(arm.p99Nanos()));
        entries.put(prefix + "p999_ms", millis(arm.p999Nanos()));
        entries.put(prefix + "max_ms", millis(arm.maxNanos()));
        entries.put(prefix + "ops_per_sec", Numbers.format("%.1f", arm.opsPerSecond()));
    }

    private static String millis(double nanos) {
        return Numbers.format("%.6f", nanos / 1e6);
    }

    private static String ratio(double value) {
        return Numbers.format("%.4f", value);
    }
}
