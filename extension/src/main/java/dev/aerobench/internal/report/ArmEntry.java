package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkIntervals;
import dev.aerobench.internal.measure.ForkStats;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.Interval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One arm of one operation of one test: the unit the JMH, Bencher and github-action-benchmark
 * formats list, named {@code com.example.ClientUpgradeTest.get:get_async_concurrent[candidate]}
 * (the test class, its method, the operation's {@link dev.aerobench.internal.measure.OperationResult#key()
 * key}, the arm's role). The name stays the same from run to run, whichever client versions the
 * arms are, so that tools can chart it across commits.
 *
 * @param name    the unique name
 * @param test    the test's results
 * @param outcome the operation's outcome
 * @param role    {@code candidate} or {@code baseline}
 * @param arm     the arm's numbers
 */
record ArmEntry(String name, BenchmarkResults test, GateOutcome outcome, String role, ArmResult arm) {

    static final String CANDIDATE = "candidate";
    static final String BASELINE = "baseline";

    /** Both arms of every operation of every test, in order; a name seen before gets {@code #2}, {@code #3}. */
    static List<ArmEntry> of(List<BenchmarkResults> run) {
        List<ArmEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (BenchmarkResults test : run) {
            for (GateOutcome outcome : test.outcomes()) {
                for (String role : List.of(CANDIDATE, BASELINE)) {
                    String name =
                            test.id().qualifiedName() + ":" + outcome.result().key() + "[" + role + "]";
                    int count = seen.merge(name, 1, Integer::sum);
                    ArmResult arm = role.equals(CANDIDATE)
                            ? outcome.result().candidate()
                            : outcome.result().baseline();
                    entries.add(new ArmEntry(count == 1 ? name : name + " #" + count, test, outcome, role, arm));
                }
            }
        }
        return entries;
    }

    /** Each fork's mean latency, in nanoseconds. */
    double[] forkMeansNanos() {
        return arm.forks().stream().mapToDouble(ForkStats::meanNanos).toArray();
    }

    /**
     * Throughput in operations per second with its {@code confidence} interval over forks: the
     * reciprocal of the mean time per operation over forks (the forks run equally many operations,
     * so this is the arm's operations over its time, as the tables show it), the interval the
     * reciprocals of that mean's Student-t bounds. An upper bound beyond reach (the time's lower
     * bound at or below 0) is infinite.
     */
    Estimate throughput(double confidence) {
        double[] secondsPerOp = arm.forks().stream()
                .mapToDouble(fork -> 1 / fork.opsPerSecond())
                .toArray();
        Estimate time = ForkIntervals.arithmeticMean(secondsPerOp, confidence);
        Interval interval = time.ci95().isDefined()
                ? new Interval(
                        1 / time.ci95().upper(),
                        time.ci95().lower() > 0 ? 1 / time.ci95().lower() : Double.POSITIVE_INFINITY)
                : Interval.UNDEFINED;
        return new Estimate(1 / time.value(), interval);
    }
}
