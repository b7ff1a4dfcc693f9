package dev.aerobench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a call that may block without a bound of its own (Testcontainers' Docker discovery and
 * start, a request over a Unix socket) on a daemon thread, and waits for it at most a given time:
 * a call that overruns is interrupted and left behind, so that it can never hold up the run or
 * the JVM's exit.
 */
final class BoundedCall {

    /**
     * Who owns what the call makes: the caller while it waits and when the call ended in time, the
     * call's own thread once the caller gave up.
     */
    private enum State {
        RUNNING,
        ENDED,
        ABANDONED
    }

    private BoundedCall() {}

    /**
     * The call's result.
     *
     * @throws TimeoutException when it did not return within {@code timeout} (it is interrupted)
     * @throws ExecutionException when it threw; the cause is what it threw
     */
    static <T> T within(Duration timeout, String threadName, Callable<T> call)
            throws TimeoutException, ExecutionException, InterruptedException {
        return within(timeout, Duration.ZERO, threadName, call, () -> {});
    }

    /**
     * The call's result, for a call that makes something which must not outlive a caller who gave
     * up on it (a container, whose start may go on long after it was interrupted). When the caller
     * stops waiting, at {@code timeout} or when it is interrupted, the call is interrupted and, once
     * it has ended, returned or thrown, its own thread runs {@code whenAbandoned} (with its interrupt
     * cleared, so that the clean-up can still talk to Docker). The caller waits up to {@code grace}
     * for that clean-up before it throws: a call that ends when interrupted is cleaned up before the
     * run goes on; one that does not is cleaned up whenever it ends, as long as the JVM runs.
     *
     * <p>A call that ends just as the caller gives up counts as finished in time: its result is
     * returned (or its failure thrown) and {@code whenAbandoned} does not run.
     *
     * @throws TimeoutException when it did not return within {@code timeout}; {@code whenAbandoned}
     *     has run, or will run once the call ends
     * @throws ExecutionException when it threw in time; the cause is what it threw
     * @throws InterruptedException when the caller was interrupted while it waited; {@code
     *     whenAbandoned} has run, or will run once the call ends
     */
    static <T> T within(Duration timeout, Duration grace, String threadName, Callable<T> call, Runnable whenAbandoned)
            throws TimeoutException, ExecutionException, InterruptedException {
        // Exactly one side wins this: the call's thread when it ends first, the caller when it gives
        // up first. So the clean-up runs once, and never while the call is still making things.
        AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
        CountDownLatch cleanedUp = new CountDownLatch(1);
        FutureTask<T> task = new FutureTask<>(() -> {
            try {
                return call.call();
            } finally {
                if (!state.compareAndSet(State.RUNNING, State.ENDED)) {
                    Thread.interrupted();
                    try {
                        whenAbandoned.run();
                    } finally {
                        cleanedUp.countDown();
                    }
                }
            }
        });
        Thread thread = Thread.ofPlatform().daemon().name(threadName).start(task);
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException gaveUp) {
            // Interrupted before the hand-over, so that the thread, which clears its interrupt only
            // after it saw the hand-over, runs the clean-up uninterrupted.
            thread.interrupt();
            if (!state.compareAndSet(State.RUNNING, State.ABANDONED)) {
                return outcomeOfEnded(task, gaveUp instanceof InterruptedException);
            }
            awaitCleanUp(cleanedUp, grace);
            throw gaveUp;
        }
    }

    /** The outcome of a call that has ended (its task completes at once); keeps the caller's interrupt. */
    private static <T> T outcomeOfEnded(FutureTask<T> task, boolean interrupted) throws ExecutionException {
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException again) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void awaitCleanUp(CountDownLatch cleanedUp, Duration grace) {
        try {
            cleanedUp.await(grace.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            // Interrupted again: stop waiting; the clean-up still runs on the call's thread.
            Thread.currentThread().interrupt();
        }
    }
}
