package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.concurrent.CompletableFuture;

/**
 * What one arm does for one measured operation: either {@linkplain Sync sync} (the call returns
 * when the operation is done) or {@linkplain Async async} (the call starts the operation and
 * returns a future that completes when it is done).
 *
 * <p>Both are functional interfaces, so a workload is usually a lambda over a client adapter:
 *
 * <pre>{@code
 * Workload get = Workload.sync(i -> adapter.get("bench", "key-" + (i % 1000)));
 * Workload getAsync = Workload.async(i -> adapter.getAsync("bench", "key-" + (i % 1000)));
 * }</pre>
 *
 * <p>The {@code index} counts the arm's operations from 0 (warmup first, then every trial), so a
 * workload can spread its keys over a key space without keeping state of its own.
 */
public sealed interface Workload permits Workload.Sync, Workload.Async {

    /** Runs one operation per call, on the calling thread; measured by {@link Mode#SYNC}. */
    @FunctionalInterface
    non-sealed interface Sync extends Workload {
        /** Performs operation number {@code index} and returns when it is done. */
        void execute(long index) throws Exception;
    }

    /** Starts one operation per call; measured by the {@code ASYNC_*} modes. */
    @FunctionalInterface
    non-sealed interface Async extends Workload {
        /** Starts operation number {@code index}; the future completes when it is done. Never null. */
        CompletableFuture<?> start(long index) throws Exception;
    }

    /** A sync workload; only here so call sites read {@code Workload.sync(i -> ...)}. */
    static Sync sync(Sync operation) {
        return operation;
    }

    /** An async workload; only here so call sites read {@code Workload.async(i -> ...)}. */
    static Async async(Async operation) {
        return operation;
    }
}
