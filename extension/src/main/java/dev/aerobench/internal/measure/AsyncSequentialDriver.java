package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * {@link Mode#ASYNC_SEQUENTIAL}: one async operation in flight; each starts when the one before it
 * completes, from that completion (on the client's own callback thread, as an {@code await} loop
 * would), not after a hand-over back to the measuring thread. The measuring thread only waits for
 * the trial's last operation, so what is timed is the client's round trip, not how quickly the OS
 * wakes a thread blocked in {@code Future.get}.
 */
final class AsyncSequentialDriver implements ArmDriver {

    private final Workload.AsyncOperation workload;
    private final NanoClock clock;
    private final String context;
    private long nextIndex;

    AsyncSequentialDriver(Workload.AsyncOperation workload, NanoClock clock, String context) {
        this.workload = workload;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public long run(long[] latencies, int ops) {
        if (ops == 0) {
            return 0;
        }
        long firstIndex = nextIndex;
        nextIndex += ops;
        Run trial = new Run(latencies, ops, firstIndex);
        long begin = clock.nanoTime();
        trial.startFrom(0);
        try {
            long end = trial.done.get();
            return end - begin;
        } catch (ExecutionException e) {
            throw (MeasurementException) e.getCause(); // the trial fails only with one of those
        } catch (InterruptedException e) {
            throw ArmDriver.failure(context, firstIndex, e); // the trial from this index on
        }
    }

    /** One trial's chain of operations; {@link #done} completes with the end time of the last. */
    private final class Run {
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private final long[] latencies;
        private final int ops;
        private final long firstIndex;

        Run(long[] latencies, int ops, long firstIndex) {
            this.latencies = latencies;
            this.ops = ops;
            this.firstIndex = firstIndex;
        }

        /**
         * Starts operation {@code i} and, while operations complete at once, the ones after it in
         * this loop; the first that is still in flight continues the chain from its completion.
         */
        void startFrom(int i) {
            for (; i < ops; i++) {
                long start = clock.nanoTime();
                CompletableFuture<?> operation;
                try {
                    operation = workload.start(firstIndex + i);
                } catch (Throwable e) { // also an Error: on a callback thread nobody else would see it
                    fail(i, e);
                    return;
                }
                if (operation == null) {
                    done.completeExceptionally(ArmDriver.nullFuture(context, firstIndex + i));
                    return;
                }
                if (!operation.isDone()) {
                    int index = i;
                    operation.whenComplete((result, failure) -> {
                        if (completed(index, start, failure)) {
                            startFrom(index + 1);
                        }
                    });
                    return;
                }
                Throwable failure = operation.isCompletedExceptionally() ? failureOf(operation) : null;
                if (!completed(i, start, failure)) {
                    return;
                }
            }
        }

        /** Ends the trial with operation {@code i}'s failure; one operation is in flight, so it is the only one. */
        private void fail(int i, Throwable failure) {
            FailureTally tally = new FailureTally();
            tally.count(failure);
            done.completeExceptionally(
                    ArmDriver.counted(ArmDriver.failure(context, firstIndex + i, failure), tally, ops, i + 1L));
        }

        /** Records operation {@code i}; {@code false}, and the trial failed, if it failed. */
        private boolean completed(int i, long start, Throwable failure) {
            long end = clock.nanoTime();
            if (failure != null) {
                fail(i, failure);
                return false;
            }
            latencies[i] = end - start;
            if (i == ops - 1) {
                done.complete(end);
            }
            return true;
        }
    }

    /** The failure of an operation that completed exceptionally: its cause, or its cancellation. */
    private static Throwable failureOf(CompletableFuture<?> operation) {
        try {
            operation.join();
            throw new IllegalStateException("completed exceptionally but join() returned");
        } catch (CompletionException | CancellationException e) {
            return e;
        }
    }
}
