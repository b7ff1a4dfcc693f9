package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What one arm does for one measured operation, and so how it is measured: the variant is the
 * {@link Mode}. {@linkplain Sync Sync} calls return when the operation is done;
 * {@linkplain Sequential Sequential} and {@linkplain Concurrent Concurrent} start an operation and
 * get a future that completes when it is done, and keep one or up to
 * {@link MeasurementPlan#concurrency()} of them in flight. There is no mode to pass beside a
 * workload, so a sync workload measured in an async mode cannot be written.
 *
 * <pre>{@code
 * Workload get = Workload.sync(i -> adapter.get("bench", "key-" + (i % 1000)));
 * Workload getAsync = Workload.sequential(i -> adapter.getAsync("bench", "key-" + (i % 1000)));
 * Workload getThroughput = Workload.concurrent(i -> adapter.getAsync("bench", "key-" + (i % 1000)));
 * }</pre>
 *
 * <p>The {@code index} counts the arm's operations from 0 (warmup first, then every trial), so a
 * workload can spread its keys over a key space without keeping state of its own.
 */
public sealed interface Workload permits Workload.Sync, Workload.Sequential, Workload.Concurrent {

    /** How this workload's operations are issued and timed. */
    Mode mode();

    /** {@link Mode#SYNC}: runs one operation per call, on the calling thread. */
    @FunctionalInterface
    non-sealed interface Sync extends Workload {
        /** Performs operation number {@code index} and returns when it is done. */
        void execute(long index) throws Exception;

        @Override
        default Mode mode() {
            return Mode.SYNC;
        }
    }

    /** Starts one async operation per call. */
    @FunctionalInterface
    interface AsyncOperation {
        /** Starts operation number {@code index}; the future completes when it is done. Never null. */
        CompletableFuture<?> start(long index) throws Exception;
    }

    /** {@link Mode#ASYNC_SEQUENTIAL}: one operation in flight, each started when the one before completes. */
    record Sequential(AsyncOperation operation) implements Workload {
        public Sequential {
            Objects.requireNonNull(operation, "operation");
        }

        @Override
        public Mode mode() {
            return Mode.ASYNC_SEQUENTIAL;
        }
    }

    /** {@link Mode#ASYNC_CONCURRENT}: up to {@link MeasurementPlan#concurrency()} operations in flight. */
    record Concurrent(AsyncOperation operation) implements Workload {
        public Concurrent {
            Objects.requireNonNull(operation, "operation");
        }

        @Override
        public Mode mode() {
            return Mode.ASYNC_CONCURRENT;
        }
    }

    /** A sync workload; only here so call sites read {@code Workload.sync(i -> ...)}. */
    static Sync sync(Sync operation) {
        return operation;
    }

    /** An async workload with one operation in flight. */
    static Sequential sequential(AsyncOperation operation) {
        return new Sequential(operation);
    }

    /** An async workload with up to {@link MeasurementPlan#concurrency()} operations in flight. */
    static Concurrent concurrent(AsyncOperation operation) {
        return new Concurrent(operation);
    }
}
