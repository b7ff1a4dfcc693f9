package dev.aerobench.benchmark.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Calls a blocking operation in a closed loop on a fixed pool of threads for a fixed time, each
 * thread recording into a histogram of its own; the histograms are merged at the end.
 */
final class SyncLoad {

    /** One blocking call on a random key index; {@code true} when the answer was the expected one. */
    @FunctionalInterface
    interface Operation {
        boolean call(int keyIndex);
    }

    private final int threads;
    private final int keyCount;
    private final Operation operation;

    SyncLoad(int threads, int keyCount, Operation operation) {
        this.threads = threads;
        this.keyCount = keyCount;
        this.operation = operation;
    }

    /** Runs every thread until {@code duration} has passed since they were all released together. */
    Measurement run(Duration duration) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads());
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            long[] window = new long[2]; // start and deadline, published to the threads by the latch
            List<Future<ThreadOutcome>> outcomes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                outcomes.add(pool.submit(() -> loop(ready, go, window)));
            }
            ready.await();
            window[0] = System.nanoTime();
            window[1] = window[0] + duration.toNanos();
            go.countDown();
            return merge(outcomes, window[0]);
        } finally {
            pool.shutdownNow();
        }
    }

    private ThreadOutcome loop(CountDownLatch ready, CountDownLatch go, long[] window) throws InterruptedException {
        Histogram latencies = Measurement.newHistogram();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long failures = 0;
        ready.countDown();
        go.await();
        long deadline = window[1];
        long now = System.nanoTime();
        while (now < deadline) {
            int keyIndex = random.nextInt(keyCount);
            boolean answered;
            try {
                answered = operation.call(keyIndex);
            } catch (RuntimeException failed) {
                answered = false;
            }
            long end = System.nanoTime();
            latencies.recordValue(end - now);
            failures += answered ? 0 : 1;
            now = end;
        }
        return new ThreadOutcome(latencies, failures, now);
    }

    private static Measurement merge(List<Future<ThreadOutcome>> outcomes, long start) throws InterruptedException {
        Histogram all = Measurement.newHistogram();
        long failures = 0;
        long lastEnd = start;
        for (Future<ThreadOutcome> future : outcomes) {
            ThreadOutcome outcome;
            try {
                outcome = future.get();
            } catch (ExecutionException broken) {
                throw new IllegalStateException("a benchmark thread failed outside the measured call", broken);
            }
            all.add(outcome.latencies());
            failures += outcome.failures();
            lastEnd = Math.max(lastEnd, outcome.endNanos());
        }
        return new Measurement(all, lastEnd - start, failures);
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> new Thread(runnable, "aerobench-benchmark-sync-" + number.incrementAndGet());
    }

    private record ThreadOutcome(Histogram latencies, long failures, long endNanos) {}
}
