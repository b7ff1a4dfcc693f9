package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * One measurement of 10 million operations (10 forks of 500,000 sync reads per arm, through the
 * official client against the embedded server in this JVM) keeps the heap flat: used heap after
 * GC, sampled after every fork, does not grow after the first fork. It takes minutes, so it runs
 * only when asked for:
 *
 * <pre>
 * ./mvnw -o -pl extension -am test -Dtest=LongMeasurementTest -Daerobench.longRun=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
@EnabledIfSystemProperty(
        named = "aerobench.longRun",
        matches = "true",
        disabledReason = "takes minutes: " + "run with -Daerobench.longRun=true")
@DisplayName("A measurement of 10 million operations")
class LongMeasurementTest {

    private static final int FORKS = 10;
    private static final int OPS_PER_FORK = 500_000;
    private static final int KEYS = 1_000;
    /** What a heap that does not grow with the operations may still vary by: GC and JIT noise. */
    private static final long FLAT_SLACK_BYTES = 16L * 1024 * 1024;

    @Test
    @DisplayName("keeps the used heap after GC flat from fork to fork")
    void heapStaysFlat() throws Exception {
        List<Long> heapAfterFork = new ArrayList<>();
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start();
                ClientAdapter candidate = open(server);
                ClientAdapter baseline = open(server)) {
            for (int i = 0; i < KEYS; i++) {
                candidate.put("long", "k" + i, Map.of("v", (long) i));
            }
            long before = usedHeapAfterGc();
            MeasurementPlan plan = MeasurementPlan.defaults()
                    .withWarmupOps(10_000)
                    .withOpsPerFork(OPS_PER_FORK)
                    .withForks(FORKS, FORKS)
                    .withBudget(Duration.ofHours(1));
            GateOutcome outcome = new BenchmarkRunner(plan)
                    .withProgress(progress -> heapAfterFork.add(usedHeapAfterGc()))
                    .run(
                            "get",
                            Thresholds.NONE,
                            fork -> BenchmarkRunner.forkArms(
                                    Arm.of("candidate", reads(candidate)),
                                    Arm.of("baseline", reads(baseline)),
                                    () -> {}));

            long operations = outcome.result().candidate().count()
                    + outcome.result().baseline().count();
            System.out.printf(
                    Locale.ROOT,
                    "%,d operations measured; used heap after GC: %.1f MB before, after each fork %s%n",
                    operations,
                    before / 1e6,
                    heapAfterFork.stream()
                            .map(bytes -> String.format(Locale.ROOT, "%.1f", bytes / 1e6))
                            .toList());
            assertThat(operations).isEqualTo(2L * FORKS * OPS_PER_FORK);
        }
        long afterFirst = heapAfterFork.getFirst();
        assertThat(heapAfterFork.stream().mapToLong(Long::longValue).max().orElseThrow())
                .as("largest used heap after GC, against the first fork's %d bytes", afterFirst)
                .isLessThanOrEqualTo(afterFirst + FLAT_SLACK_BYTES);
    }

    private static Workload.Sync reads(ClientAdapter adapter) {
        return index -> adapter.get("long", "k" + (index % KEYS));
    }

    private static ClientAdapter open(EmbeddedAerospikeServer server) {
        return new OfficialClientAdapter(ConnectionSettings.plain(server.host(), server.port(), "test"));
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
