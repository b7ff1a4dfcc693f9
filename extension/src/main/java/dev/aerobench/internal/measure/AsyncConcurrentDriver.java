package dev.aerobench.internal.measure;

import dev.aerobench.Mode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link Mode#ASYNC_CONCURRENT}: a closed-loop window of up to {@code concurrency} operations in
 * flight. The calling thread queues operations one after another; each waits for a free slot and
 * is then started. Latency runs from queueing to completion, so when the window is full the wait
 * for a slot is part of the latency (the client's queueing is what users would feel), instead of
 * being silently omitted.
 */
final class AsyncConcurrentDriver implements ArmDriver {

    private final Workload.AsyncOperation workload;
    private final NanoClock clock;
    private final int concurrency;
    private final String context;
    private long nextIndex;

    AsyncConcurrentDriver(Workload.AsyncOperation workload, NanoClock clock, int concurrency, String context) {
        this.workload = workload;
        this.clock = clock;
        this.concurrency = concurrency;
        this.context = context;
    }

    @Override
    public long run(long[] latencies, int ops) {
        long firstIndex = nextIndex;
        nextIndex += ops;
        Semaphore window = new Semaphore(concurrency);
        AtomicReference<MeasurementException> failure = new AtomicReference<>();
        FailureTally tally = new FailureTally();
        long begin = clock.nanoTime();
        int queued = 0;
        try {
            for (; queued < ops && failure.get() == null; queued++) {
                long queuedAt = clock.nanoTime();
                window.acquire();
                start(firstIndex, queued, queuedAt, latencies, window, failure, tally);
            }
            // Wait for every operation in flight: all permits back means all completed.
            window.acquire(concurrency);
        } catch (InterruptedException e) {
            throw ArmDriver.failure(context, firstIndex + queued, e);
        }
        long elapsed = clock.nanoTime() - begin;
        MeasurementException failed = failure.get();
        if (failed != null) {
            // Every operation in flight has completed by now: the tally counts each that failed.
            throw ArmDriver.counted(failed, tally, ops, queued);
        }
        return elapsed;
    }

    private void start(
            long firstIndex,
            int slot,
            long queuedAt,
            long[] latencies,
            Semaphore window,
            AtomicReference<MeasurementException> failure,
            FailureTally tally) {
        long index = firstIndex + slot;
        CompletableFuture<?> operation;
        try {
            operation = workload.start(index);
        } catch (Exception e) {
            tally.count(e);
            failure.compareAndSet(null, ArmDriver.failure(context, index, e));
            window.release();
            return;
        }
        if (operation == null) {
            failure.compareAndSet(null, ArmDriver.nullFuture(context, index));
            window.release();
            return;
        }
        operation.whenComplete((ignored, error) -> {
            // Written before the release: the drain's acquire makes it visible to the caller.
            latencies[slot] = clock.nanoTime() - queuedAt;
            if (error != null) {
                tally.count(error);
                failure.compareAndSet(null, ArmDriver.failure(context, index, error));
            }
            window.release();
        });
    }
}
