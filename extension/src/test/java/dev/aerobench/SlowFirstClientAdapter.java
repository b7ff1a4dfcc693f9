package dev.aerobench;

import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client whose first instance is stuck slow (the {@link DelayedClientAdapter}'s injected delay)
 * and whose later instances are not: a state stuck in one client object, such as a bad connection
 * or an unlucky thread placement. {@link #reset()} before each engine run.
 */
public class SlowFirstClientAdapter extends ForwardingClientAdapter {

    static final AtomicInteger OPENED = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();

    private boolean closed;

    public SlowFirstClientAdapter(ConnectionSettings settings) {
        super(OPENED.incrementAndGet() == 1 ? new DelayedClientAdapter(settings) : new OfficialClientAdapter(settings));
    }

    static void reset() {
        OPENED.set(0);
        CLOSED.set(0);
    }

    @Override
    public String identity() {
        return "slow-first " + super.identity();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            CLOSED.incrementAndGet();
            super.close();
        }
    }
}
