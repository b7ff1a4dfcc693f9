package dev.aerobench.internal.measure;

import java.util.concurrent.atomic.AtomicLong;

/** A clock that only moves when told to: fake workloads advance it by their simulated latency. */
final class FakeClock implements NanoClock {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override
    public long nanoTime() {
        return now.get();
    }

    void advance(long nanos) {
        now.addAndGet(nanos);
    }

    /** Moves the clock forward to {@code time}; never backwards. */
    void advanceTo(long time) {
        now.accumulateAndGet(time, Math::max);
    }
}
