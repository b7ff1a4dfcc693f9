package dev.aerobench;

import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.util.concurrent.locks.LockSupport;

/**
 * The official client adapter with a controlled slowdown injected into every operation: what a
 * regression looks like, with a size the gate must see on any machine. The delay is far above the
 * operations' own latency (tens of microseconds against the embedded server), so the verdict does
 * not depend on how noisy the machine is.
 */
public class DelayedClientAdapter extends ForwardingClientAdapter {

    /** Injected delay per operation. */
    static final long DELAY_NANOS = 5_000_000;

    public DelayedClientAdapter(ConnectionSettings settings) {
        super(new OfficialClientAdapter(settings));
    }

    @Override
    void beforeOperation() {
        long until = System.nanoTime() + DELAY_NANOS;
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
    }

    @Override
    public String identity() {
        return "delayed " + super.identity();
    }
}
