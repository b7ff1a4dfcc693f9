package dev.aerobench.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Lets a connection thread wait briefly, awake, for its client's next request before it blocks in
 * {@code read}, when that client is the only one sending requests. A thread blocked in {@code read}
 * must be woken by the kernel when the request arrives, and when its CPU has gone idle meanwhile
 * that wake-up is what a request/response round trip mostly costs: on the 2-vCPU virtual machine
 * this was measured on, a sync client on one thread saw ~65 µs per operation of which the server's
 * own work was ~3 µs; waiting awake for up to {@value #SPIN_NANOS} ns brought it to ~21 µs.
 *
 * <p>Waiting awake costs CPU that concurrent clients would rather use, and with several clients
 * sending, the server's threads rarely sleep long enough to be expensive to wake. So a connection
 * waits only after the server's last {@value #SOLE_REQUESTER_STREAK} requests all came on it; it
 * stops as soon as another connection's request arrives; each round yields the CPU to any other
 * runnable thread; and a connection whose wait ran out (a slow or idle client) does not wait again
 * for its next {@value #REQUESTS_WITHOUT_SPIN_AFTER_MISS} requests. On a machine kept busy by other
 * CPU-bound processes the CPUs do not go idle, and the wait costs throughput instead (measured with
 * two such processes on 2 vCPUs: 11-25 % fewer operations per second for one sync client thread,
 * +1 µs median; 8 % for eight threads).
 *
 * <p>One instance per connection, used by its thread only; the instances of one server share which
 * of them received the latest request.
 */
final class NextRequestSpin {

    /** Longest a connection thread stays awake waiting for the next request. */
    static final long SPIN_NANOS = 50_000;

    /** Consecutive requests of the whole server a connection must have sent before it waits awake. */
    static final int SOLE_REQUESTER_STREAK = 32;

    /** Requests served straight from {@code read}, without waiting awake, after a wait ran out. */
    static final int REQUESTS_WITHOUT_SPIN_AFTER_MISS = 16;

    private final AtomicReference<NextRequestSpin> latestRequester;
    private final LongSupplier nanoClock;
    private int streak;
    private int requestsWithoutSpin;

    /**
     * @param latestRequester the connection that sent the server's latest request, shared by a server's connections
     * @param nanoClock {@link System#nanoTime()}, or a fake one in tests
     */
    NextRequestSpin(AtomicReference<NextRequestSpin> latestRequester, LongSupplier nanoClock) {
        this.latestRequester = latestRequester;
        this.nanoClock = nanoClock;
    }

    /** Notes that a request arrived on this connection. */
    void requestArrived() {
        if (latestRequester.get() == this) {
            streak = Math.min(streak + 1, SOLE_REQUESTER_STREAK);
        } else {
            latestRequester.set(this);
            streak = 1;
        }
    }

    /**
     * Returns once {@code in} has bytes to read, or at once when waiting awake is not worth it now; the
     * caller then reads (and blocks if nothing has arrived).
     */
    void awaitRequest(InputStream in) throws IOException {
        if (streak < SOLE_REQUESTER_STREAK) {
            return;
        }
        if (requestsWithoutSpin > 0) {
            requestsWithoutSpin--;
            return;
        }
        long deadline = nanoClock.getAsLong() + SPIN_NANOS;
        while (in.available() == 0 && latestRequester.get() == this) {
            if (nanoClock.getAsLong() - deadline >= 0) {
                requestsWithoutSpin = REQUESTS_WITHOUT_SPIN_AFTER_MISS;
                return;
            }
            Thread.yield();
        }
    }
}
