package dev.aerobench.server;

import java.util.concurrent.locks.LockSupport;

/**
 * Keeps one CPU awake while requests flow, so that waking the service thread a request arrives
 * for is cheap. On a virtual machine whose idle CPUs halt, each wake-up of a thread blocked in
 * {@code read} costs tens of microseconds, more than the server's own work, and a sync client pays
 * one per request. The warmer is the same for every connection, whichever connection or pool
 * pattern a client uses, so it never favours one client over another; it yields to any runnable
 * thread, and parks {@value #WINDOW_NANOS} ns after the last request.
 */
final class CpuWarmer implements Runnable, AutoCloseable {

    /** How long after the latest request the warmer keeps its CPU busy. */
    static final long WINDOW_NANOS = 200_000;

    private final Thread thread;
    private volatile long lastRequestNanos;
    private volatile boolean parked;
    private volatile boolean closed;

    CpuWarmer(String name) {
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The warming thread, for tests. */
    Thread thread() {
        return thread;
    }

    /** Called by the service thread for each request. */
    void requestArrived() {
        lastRequestNanos = System.nanoTime();
        if (parked) {
            parked = false;
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void run() {
        while (!closed) {
            if (System.nanoTime() - lastRequestNanos < WINDOW_NANOS) {
                Thread.yield();
            } else {
                parked = true;
                // Re-check after publishing "parked": a request that arrived meanwhile unparks us.
                if (System.nanoTime() - lastRequestNanos >= WINDOW_NANOS && !closed) {
                    LockSupport.park(this);
                }
                parked = false;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
