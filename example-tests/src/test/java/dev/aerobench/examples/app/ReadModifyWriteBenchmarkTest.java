package dev.aerobench.examples.app;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.ArmContext;
import dev.aerobench.BenchmarkPlan;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;

/**
 * Operations of your own: when the built-in ones ({@link dev.aerobench.Operation}) are not what
 * your application does, add yours through the {@link BenchmarkPlan} parameter. aerobench measures
 * them after the test body exactly like the built-in ones (same warmup, forks of interleaved
 * blocks, statistics, tables and gate), on both arms.
 *
 * <p>Here: the application's "add a point to a user's score" is a read-modify-write, a get
 * followed by a put of the changed record, measured once as sync calls and once async with
 * {@code concurrency} (default 50) in flight, each in a test of its own, so each has thresholds
 * of its own. Each operation receives the arm it runs on
 * ({@link ArmContext}: its adapter, its set, and the records aerobench seeded for it) and the index
 * of the call, to spread the calls over the seeded keys.
 *
 * <p>Operations of your own are judged by the annotation's {@code minSpeedup} and
 * {@code maxP99Millis}: per-operation {@code thresholds} name built-in operations only.
 */
@DisplayName("Read-modify-write, an operation of the application's own")
class ReadModifyWriteBenchmarkTest {

    // How the thresholds were chosen. The gate fails only when the whole 95% interval (over forks,
    // fresh client pairs) is past a threshold, and measures more forks, up to its 30 s budget,
    // while an interval straddles one.
    // - minSpeedup 0.9: the default clients (jdk21 candidate, jdk8 baseline) measured 0.99x sync
    //   and 1.1x with 50 in flight; a read-modify-write 10% slower fails.
    // - maxP99Millis: a read-modify-write is two round trips. Sync p99s measured up to 0.1 ms
    //   (interval upper end 0.18 ms): 10 ms. With 50 in flight, up to 38 ms (upper end 74 ms):
    //   500 ms. Both catch stalls - timeouts, retries - not drift.
    @AerospikeBenchmark(
            operations = {},
            minSpeedup = 0.9,
            maxP99Millis = 10)
    @DisplayName("sync: a get, then a put of the changed record")
    void addPoint(BenchmarkPlan plan) {
        plan.add("add point", (arm, i) -> {
            Map<String, Object> user = arm.adapter().get(arm.set(), arm.key(i));
            arm.adapter().put(arm.set(), arm.key(i), withOneMorePoint(user));
        });
    }

    @AerospikeBenchmark(
            operations = {},
            minSpeedup = 0.9,
            maxP99Millis = 500)
    @DisplayName("async, N in flight: the put starts when the get completes")
    void addPointConcurrently(BenchmarkPlan plan) {
        plan.addConcurrent("add point", ReadModifyWriteBenchmarkTest::addPointAsync);
    }

    private static CompletableFuture<Void> addPointAsync(ArmContext arm, long i) {
        String key = arm.key(i);
        return arm.adapter()
                .getAsync(arm.set(), key)
                .thenCompose(user -> arm.adapter().putAsync(arm.set(), key, withOneMorePoint(user)));
    }

    private static Map<String, Object> withOneMorePoint(Map<String, Object> user) {
        if (user == null) {
            throw new IllegalStateException("a seeded user is missing: something deleted the benchmark data");
        }
        Map<String, Object> changed = new HashMap<>(user);
        changed.put("score", (Double) user.get("score") + 1);
        return changed;
    }
}
