package dev.aerobench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call that may block without a bound of its own (Testcontainers' Docker discovery and
 * start, a request over a Unix socket) on a daemon thread, and waits for it at most a given time:
 * a call that overruns is interrupted and left behind, so that it can never hold up the run or
 * the JVM's exit.
 */
final class BoundedCall {

    private BoundedCall() {}

    /**
     * The call's result.
     *
     * @throws TimeoutException when it did not return within {@code timeout} (it is interrupted)
     * @throws ExecutionException when it threw; the cause is what it threw
     */
    static <T> T within(Duration timeout, String threadName, Callable<T> call)
            throws TimeoutException, ExecutionException, InterruptedException {
        ExecutorService thread = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name(threadName).factory());
        try {
            return thread.submit(call).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } finally {
            thread.shutdownNow();
        }
    }
}
