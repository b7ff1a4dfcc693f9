package dev.aerobench.examples.gate;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.Operation;

/**
 * The benchmark test the gate-accuracy benchmark runs again and again, each time with other
 * configuration parameters (arms, threshold, server). Not a test of its own: Surefire's default
 * includes do not match its name, and only {@link GateAccuracyBenchmark} selects it.
 */
class GateAccuracyCase {

    @AerospikeBenchmark(
            operations = {
                Operation.PUT,
                Operation.GET,
                Operation.BATCH_GET,
                Operation.SCAN,
                Operation.PUT_ASYNC,
                Operation.GET_ASYNC,
                Operation.PUT_CONCURRENT,
                Operation.GET_CONCURRENT,
                Operation.BATCH_GET_CONCURRENT
            })
    void gate() {}
}
