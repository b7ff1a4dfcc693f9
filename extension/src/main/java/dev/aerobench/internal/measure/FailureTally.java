package dev.aerobench.internal.measure;

import java.lang.reflect.Method;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Counts the failed operations of one driver run: how many, how many of them were timeouts, and how
 * often the client had retried them before giving up, so that an error says more than its first
 * exception. Thread-safe: async operations fail on the client's threads.
 *
 * <p>A timeout is an exception (or a cause of it) named {@code Timeout} (the official client's
 * {@code AerospikeException.Timeout}) or {@code *TimeoutException}. Retries are read from a public
 * {@code getIteration()} (the official client's attempt number, from 1), looked up reflectively
 * because the client lives in the arm's own class loader, not in aerobench's.
 */
final class FailureTally {

    private int failures;
    private int timeouts;
    private long retries;

    /** Counts one failed operation. */
    synchronized void count(Throwable failure) {
        failures++;
        if (isTimeout(failure)) {
            timeouts++;
        }
        retries += retries(failure);
    }

    synchronized int failures() {
        return failures;
    }

    synchronized int timeouts() {
        return timeouts;
    }

    synchronized long retries() {
        return retries;
    }

    /** E.g. {@code 3 failed (2 timeouts), after 0 client retries}. */
    synchronized String describe() {
        return failures + " failed (" + timeouts + (timeouts == 1 ? " timeout" : " timeouts") + "), after " + retries
                + (retries == 1 ? " client retry" : " client retries");
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.equals("Timeout") || name.endsWith("TimeoutException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private static int retries(Throwable failure) {
        Throwable reason = failure;
        while ((reason instanceof CompletionException || reason instanceof ExecutionException)
                && reason.getCause() != null) {
            reason = reason.getCause();
        }
        try {
            Method iteration = reason.getClass().getMethod("getIteration");
            if (iteration.getReturnType() == int.class) {
                return Math.max(0, (int) iteration.invoke(reason) - 1);
            }
        } catch (ReflectiveOperationException | RuntimeException notTheOfficialClient) {
            // Other clients do not say how often they retried: count none.
        }
        return 0;
    }
}
