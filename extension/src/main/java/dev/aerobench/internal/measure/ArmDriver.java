package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.concurrent.CompletionException;

/**
 * Issues and times the operations of one arm in the {@link Mode} of its {@link Workload}. Each call to {@link #run} runs
 * the next {@code ops} operations (indexes continue across calls) and writes their latencies into
 * the buffer, so the measured loop neither allocates nor touches a histogram.
 */
sealed interface ArmDriver permits SyncDriver, AsyncSequentialDriver, AsyncConcurrentDriver {

    /**
     * Runs {@code ops} operations, writing latency {@code i} to {@code latencies[i]}.
     *
     * @return nanoseconds from the first operation's start to the last one's end
     * @throws MeasurementException if an operation fails; the message names arm, operation and index
     */
    long run(long[] latencies, int ops);

    /** The driver for {@code workload}, in the mode its variant names; {@code context} names operation and arm in errors. */
    static ArmDriver create(Workload workload, NanoClock clock, int concurrency, String context) {
        return switch (workload) {
            case Workload.Sync sync -> new SyncDriver(sync, clock, context);
            case Workload.Sequential sequential -> new AsyncSequentialDriver(sequential.operation(), clock, context);
            case Workload.Concurrent concurrent ->
                new AsyncConcurrentDriver(concurrent.operation(), clock, concurrency, context);
        };
    }

    /** The exception for operation {@code index} failing with {@code cause}. */
    static MeasurementException failure(String context, long index, Throwable cause) {
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable reason = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        return new MeasurementException(context + " failed at operation index " + index + ": " + reason, reason);
    }

    /**
     * {@code first}, the first failure of a block of {@code ops} operations of which {@code started}
     * were started (none after a failure), with what {@code tally} counted in it.
     */
    static MeasurementException counted(MeasurementException first, FailureTally tally, int ops, long started) {
        return first.with("; of this block's " + ops + " operations, " + started + " started and " + tally.describe());
    }

    /** The exception for an async workload that returned no future for operation {@code index}. */
    static MeasurementException nullFuture(String context, long index) {
        return new MeasurementException(context + ": the async workload returned null for operation index " + index
                + "; it must return the operation's CompletableFuture");
    }
}
