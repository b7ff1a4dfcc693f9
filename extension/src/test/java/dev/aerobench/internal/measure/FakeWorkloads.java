package dev.aerobench.internal.measure;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongUnaryOperator;

/** Workloads that take a controlled, simulated time on a {@link FakeClock}. */
final class FakeWorkloads {

    private FakeWorkloads() {}

    /** A sync workload whose operation {@code i} takes {@code latency(i)} nanoseconds. */
    static Workload.Sync sync(FakeClock clock, LongUnaryOperator latency) {
        return index -> clock.advance(latency.applyAsLong(index));
    }

    /** An async workload whose operation {@code i} takes {@code latency(i)} and is done when start returns. */
    static Workload.AsyncOperation completedAsync(FakeClock clock, LongUnaryOperator latency) {
        return index -> {
            clock.advance(latency.applyAsLong(index));
            return CompletableFuture.completedFuture(null);
        };
    }

    /** {@code meanNanos} with seeded uniform jitter of ±{@code jitterFraction}, per operation. */
    static LongUnaryOperator jittered(long meanNanos, double jitterFraction, long seed) {
        Random random = new Random(seed);
        return index -> Math.round(meanNanos * (1 + jitterFraction * (2 * random.nextDouble() - 1)));
    }

    /** Wraps a sync workload so that every executed index is logged as {@code name:index}. */
    static Workload.Sync logged(String name, List<String> log, Workload.Sync workload) {
        return index -> {
            log.add(name + ":" + index);
            workload.execute(index);
        };
    }
}
