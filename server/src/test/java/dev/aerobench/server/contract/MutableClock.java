package dev.aerobench.server.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, so TTL and expiry can be tested without
 * sleeping. Injected into the embedded server; the official client keeps using the wall clock.
 */
final class MutableClock extends Clock {

    /** Aerospike counts void times in seconds since 2010-01-01T00:00:00Z. */
    static final long CITRUSLEAF_EPOCH_SECONDS = 1_262_304_000L;

    private final AtomicReference<Instant> now;

    MutableClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** Moves the clock forward by {@code amount}. */
    void advance(Duration amount) {
        now.updateAndGet(instant -> instant.plus(amount));
    }

    /** Puts the clock at {@code instant}. */
    void setTo(Instant instant) {
        now.set(instant);
    }

    /** The void time a record written now with {@code ttlSeconds} must report. */
    int voidTimeAfter(long ttlSeconds) {
        return (int) (instant().getEpochSecond() - CITRUSLEAF_EPOCH_SECONDS + ttlSeconds);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is always UTC");
    }
}
