package dev.aerobench.examples.app;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.AerospikeBenchmark.Threshold;
import dev.aerobench.Operation;
import org.junit.jupiter.api.DisplayName;

/**
 * An upgrade gate: before the application bumps its client from {@value #CURRENT} to
 * {@value #UPGRADE}, CI checks that the new release is not slower. Both are resolved from Maven
 * (the local repository first) and each runs in a class loader of its own, so the two versions of
 * the same artifact never meet on one class path.
 *
 * <p>Keep this test next to the dependency: when a bot proposes the next version, change
 * {@link #UPGRADE} with it and the pull request's build answers "is it slower?".
 */
@DisplayName("Upgrading aerospike-client-jdk8")
class ClientUpgradeGateTest {

    /** The release the application uses today. */
    static final String CURRENT = "com.aerospike:aerospike-client-jdk8:9.1.0";

    /** The release it is about to move to. */
    static final String UPGRADE = "com.aerospike:aerospike-client-jdk8:9.2.0";

    // How the thresholds were chosen. The gate fails an operation when the whole 95% interval of
    // its speedup, taken over forks (fresh client pairs), is below minSpeedup (or of its p99 above
    // maxP99Millis), and measures more forks, up to its 30 s budget, while the interval straddles.
    // - minSpeedup 0.9: 9.2.0 measured 0.96x-1.05x of 9.1.0; in the gate-accuracy benchmark the
    //   same client twice passed 0.95 in 54 of 54 evaluations and a client 10% slower failed it in
    //   54 of 54, so an upgrade that costs 10% or more fails here.
    // - maxP99Millis 10 for single records (measured up to 0.17 ms, interval upper end 0.26 ms),
    //   30 for batches of 100 (up to 5.1 ms) and 500 with 50 in flight, where queueing for a slot
    //   counts as latency (up to 77 ms, interval upper ends up to 230 ms). Stalls, not drift.
    @AerospikeBenchmark(
            candidate = UPGRADE,
            baseline = CURRENT,
            operations = {
                Operation.PUT,
                Operation.GET,
                Operation.BATCH_GET,
                Operation.PUT_CONCURRENT,
                Operation.GET_CONCURRENT
            },
            minSpeedup = 0.9,
            maxP99Millis = 10,
            thresholds = {
                @Threshold(operation = Operation.BATCH_GET, maxP99Millis = 30),
                @Threshold(operation = Operation.PUT_CONCURRENT, maxP99Millis = 500),
                @Threshold(operation = Operation.GET_CONCURRENT, maxP99Millis = 500)
            })
    @DisplayName("9.1.0 to 9.2.0 does not make the application slower")
    void upgradeIsNotSlower() {
        // Nothing to set up: aerobench seeds the data, measures after this body returns, prints
        // the tables and fails the test if a gate fails.
    }
}
