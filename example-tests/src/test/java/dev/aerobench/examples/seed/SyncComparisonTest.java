package dev.aerobench.examples.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.AerospikeBenchmark.Threshold;
import dev.aerobench.Baseline;
import dev.aerobench.BenchmarkPlan;
import dev.aerobench.Candidate;
import dev.aerobench.Operation;
import dev.aerobench.adapter.ClientAdapter;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * The seed's {@code bench_sync.py}: the candidate client against the baseline client, one sync
 * operation at a time, under identical conditions: {@code put} (single-record write), {@code get}
 * (single-record read), {@code batch_get} (a batch read of 100 records) and {@code scan} (the whole
 * set). The extension prints the seed's table (avg, p50, p99 and throughput, with the speedup)
 * and the gate's verdict for each operation.
 *
 * <p>Candidate and baseline are the annotation's defaults, {@value AerospikeBenchmark#DEFAULT_CANDIDATE}
 * against {@value AerospikeBenchmark#DEFAULT_BASELINE}; {@code -Daerobench.candidate=...} and
 * {@code -Daerobench.baseline=...} compare others. {@code -Daerobench.count=5000} changes the
 * operations per fork (the seed's {@code --count}, default 1000).
 */
@DisplayName("bench_sync.py: sync 1:1 comparison")
class SyncComparisonTest {

    // How the thresholds were chosen. The gate fails an operation when the whole 95% interval of
    // its speedup, taken over forks (fresh client pairs), is below minSpeedup (or of its p99 above
    // maxP99Millis), and passes it when the whole interval is above; in between it measures more
    // forks, up to the 30 s time budget. So a line needs a same-speed comparison to clear it well
    // within the budget, and a real regression to fall below it. The gate-accuracy benchmark
    // (./mvnw -pl example-tests -Pgate-accuracy verify; README "How well it decides") measured, on
    // this project's 2-core machine, 6 runs of every built-in operation: the same client twice
    // passed 0.95 in 54 of 54 evaluations (resolving ±3-8%, in 1-20 s), a candidate 10% slower
    // failed it 54 of 54 times, and one 5% slower failed 0.98 50 of 54 times (never passed).
    // - minSpeedup 0.9 for every operation: jdk21 against jdk8 measured 0.98x-1.05x here (sync put,
    //   get, batch_get and scan, intervals ±4-10% once clear of 0.9); a 10% regression lands on
    //   the line's far side and "doubled work" (DoubledWorkAdapter) at about 0.5x, far below it.
    // - maxP99Millis: absolute bounds well above the highest p99 interval upper end measured:
    //   10 ms for put/get (1.4 ms), 30 ms for a batch of 100 (5 ms), 250 ms for a scan of 1000
    //   records (120 ms; a busy machine gives scans long tails). They catch stalls - timeouts,
    //   retries, a 40 ms delayed ACK - not drift, which is what minSpeedup is for.
    @AerospikeBenchmark(
            operations = {Operation.PUT, Operation.GET, Operation.BATCH_GET, Operation.SCAN},
            minSpeedup = 0.9,
            maxP99Millis = 10,
            thresholds = {
                @Threshold(operation = Operation.BATCH_GET, maxP99Millis = 30),
                @Threshold(operation = Operation.SCAN, maxP99Millis = 250)
            })
    @DisplayName("put, get, batch_get and scan: the candidate is not slower than the baseline")
    void syncOperations(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline, BenchmarkPlan plan) {
        // The body runs first; measuring starts when it returns. Check here what the numbers rely
        // on: both clients talk to the same server and read each other's records bin for bin.
        Map<String, Object> record = Map.of("name", "user_0", "age", 0L, "score", 0.0);
        candidate.put(plan.set(), "written-by-candidate", record);
        assertThat(baseline.get(plan.set(), "written-by-candidate")).isEqualTo(record);
        assertThat(baseline.delete(plan.set(), "written-by-candidate")).isTrue();
    }
}
