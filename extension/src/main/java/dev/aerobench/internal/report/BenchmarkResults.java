package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.GateOutcome;
import java.util.List;
import java.util.Objects;

/**
 * One benchmark test's results: what the run-wide reports collect.
 *
 * @param benchmark the test, its arms and server
 * @param outcomes  one per operation, in the order measured
 */
public record BenchmarkResults(BenchmarkStart benchmark, List<GateOutcome> outcomes) {

    public BenchmarkResults {
        Objects.requireNonNull(benchmark, "benchmark");
        outcomes = List.copyOf(outcomes);
    }

    public BenchmarkId id() {
        return benchmark.id();
    }
}
