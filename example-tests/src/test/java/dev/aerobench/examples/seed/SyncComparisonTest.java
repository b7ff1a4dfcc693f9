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
 * operations per trial (the seed's {@code --count}, default 1000).
 */
@DisplayName("bench_sync.py: sync 1:1 comparison")
class SyncComparisonTest {

    // How the thresholds were chosen. The gate fails an operation only when the whole 95% interval
    // of its speedup is below minSpeedup (or of its p99 above maxP99Millis), in the run and in the
    // re-run aerobench makes, with fresh clients, to confirm a failure. So two things decide a line:
    // the interval's upper end for same-speed clients must stay above it, on a busy machine too,
    // and a candidate twice as slow must land wholly below it. Measured on this project's 2-core
    // machine with the one-thread embedded server: jdk21 against jdk8, idle and with two or four
    // CPU hogs beside the build (load 4 to 6); and "doubled work", an adapter making each call twice.
    // - get, 0.65: same-speed upper ends at least 0.98x; doubled work 0.50x..0.53x, upper end 0.54x.
    // - put, 0.65 as get: same-speed intervals widen most under load (lower ends down to 0.30x:
    //   the server's write path allocates, and a young GC lands in one arm's block now and then),
    //   but their upper ends stayed at or above 0.95x; doubled work 0.51x..0.55x, upper end 0.60x.
    // - batch_get, 0.55: same-speed upper ends at least 0.97x; doubled work 0.48x..0.51x, upper end
    //   0.534x.
    // - scan, 0.6: only 20 scans a trial (of 1000 records each), so intervals are wider: same-speed
    //   lower ends down to 0.71x, upper ends at least 1.0x; doubled work 0.49x..0.51x, upper end
    //   0.546x.
    // - maxP99Millis: absolute bounds well above the highest p99 interval upper end measured:
    //   10 ms for put/get (1.4 ms), 30 ms for a batch of 100 (5 ms), 250 ms for a scan of 1000
    //   records (120 ms; a busy machine gives scans long tails). They catch stalls - timeouts,
    //   retries, a 40 ms delayed ACK - not drift, which is what minSpeedup is for.
    @AerospikeBenchmark(
            operations = {Operation.PUT, Operation.GET, Operation.BATCH_GET, Operation.SCAN},
            minSpeedup = 0.65,
            maxP99Millis = 10,
            thresholds = {
                @Threshold(operation = Operation.BATCH_GET, minSpeedup = 0.55, maxP99Millis = 30),
                @Threshold(operation = Operation.SCAN, minSpeedup = 0.6, maxP99Millis = 250)
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
