package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.ForkStats;
import dev.aerobench.internal.measure.GateOutcome;
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

    /** Each fork's throughput, in operations per second. */
    double[] forkOpsPerSecond() {
        return arm.forks().stream().mapToDouble(ForkStats::opsPerSecond).toArray();
    }
}
