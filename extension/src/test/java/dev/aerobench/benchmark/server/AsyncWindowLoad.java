package dev.aerobench.benchmark.server;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Keeps exactly {@code window} asynchronous operations in flight for a fixed time: a semaphore of
 * {@code window} permits, one taken before each operation starts and given back when it completes,
 * so a new operation starts as soon as one ends.
 */
final class AsyncWindowLoad {

    /** Starts one operation on a random key index; completes with {@code true} when the answer was right. */
    @FunctionalInterface
    interface Operation {
        CompletableFuture<Boolean> start(int keyIndex);
    }

    private final int window;
    private final int keyCount;
    private final Operation operation;

    AsyncWindowLoad(int window, int keyCount, Operation operation) {
        this.window = window;
        this.keyCount = keyCount;
        this.operation = operation;
    }

    /** Starts operations until {@code duration} has passed, then waits for the last ones to complete. */
    Measurement run(Duration duration) throws InterruptedException {
        Semaphore inFlight = new Semaphore(window);
        // Completions arrive on the client's event loop threads, possibly more than one.
        ConcurrentHistogram latencies =
                new ConcurrentHistogram(Measurement.HIGHEST_TRACKABLE_NANOS, Measurement.SIGNIFICANT_DIGITS);
        LongAdder failures = new LongAdder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        while (System.nanoTime() < deadline) {
            inFlight.acquire();
            long begin = System.nanoTime();
            CompletableFuture<Boolean> answer;
            try {
                answer = operation.start(random.nextInt(keyCount));
            } catch (RuntimeException refused) {
                answer = CompletableFuture.failedFuture(refused);
            }
            answer.whenComplete((answered, failure) -> {
                latencies.recordValue(System.nanoTime() - begin);
                if (failure != null || !Boolean.TRUE.equals(answered)) {
                    failures.increment();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(window);
        long elapsed = System.nanoTime() - start;
        Histogram copy = Measurement.newHistogram();
        copy.add(latencies);
        return new Measurement(copy, elapsed, failures.sum());
    }
}
