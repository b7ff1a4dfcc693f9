package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.LatencyDistribution;
import dev.aerobench.internal.measure.OperationResult;
import java.time.Instant;
import java.util.List;
import org.HdrHistogram.Histogram;

/** {@link SampleResults} with what the HTML report and the history add: distributions and runs. */
final class ReportSamples {

    static final RunRecord.Machine MACHINE = new RunRecord.Machine("ci-runner", 4, "Linux 6.1 (amd64)", "21.0.5");

    private ReportSamples() {}

    /** The sample outcomes, each arm with the distribution of {@link #uniform} from its p50 to twice its p99. */
    static List<GateOutcome> outcomes() {
        return SampleResults.outcomes().stream()
                .map(ReportSamples::withDistributions)
                .toList();
    }

    static GateOutcome withDistributions(GateOutcome outcome) {
        OperationResult result = outcome.result();
        return new GateOutcome(
                outcome.decision(),
                new OperationResult(
                        result.operation(),
                        result.mode(),
                        result.plan(),
                        withDistribution(result.candidate()),
                        withDistribution(result.baseline()),
                        result.estimates(),
                        result.looks(),
                        result.elapsedNanos()),
                outcome.thresholds());
    }

    private static ArmResult withDistribution(ArmResult arm) {
        return new ArmResult(
                arm.name(),
                arm.identity(),
                arm.count(),
                arm.meanNanos(),
                arm.p50Nanos(),
                arm.p90Nanos(),
                arm.p99Nanos(),
                arm.p999Nanos(),
                arm.maxNanos(),
                arm.opsPerSecond(),
                arm.forks(),
                LatencyDistribution.of(uniform((long) arm.p50Nanos(), 2 * (long) arm.p99Nanos(), arm.count())));
    }

    /** {@code count} latencies evenly spread from {@code lowNanos} to {@code highNanos}. */
    static Histogram uniform(long lowNanos, long highNanos, long count) {
        Histogram histogram = new Histogram(1, 3_600_000_000_000L, 3);
        for (long i = 0; i < count; i++) {
            histogram.recordValue(lowNanos + (highNanos - lowNanos) * i / Math.max(1, count - 1));
        }
        return histogram;
    }

    static List<ReportedOperation> reported(List<GateOutcome> outcomes) {
        return outcomes.stream()
                .map(outcome -> new ReportedOperation("com.example.ClientBenchmarkTest.compare", outcome))
                .toList();
    }

    /** A run of {@code operations} at {@code date}. */
    static RunRecord run(String id, String date, String commit, List<ReportedOperation> operations) {
        return new RunRecord(
                id,
                Instant.parse(date),
                commit,
                MACHINE,
                operations.stream().map(RunRecord.OperationRecord::of).toList());
    }
}
