package dev.aerobench;

import java.util.Locale;

/** How the operations of one arm are issued and timed. */
public enum Mode {
    /** One operation at a time on the calling thread. */
    SYNC("sync"),
    /** One async operation in flight: start it, wait for it, start the next. */
    ASYNC_SEQUENTIAL("async seq"),
    /**
     * Up to {@link AerospikeBenchmark#concurrency()} async operations in flight (a closed-loop window).
     * Each operation is timed from when it was queued for the window, so time spent waiting for a
     * free slot counts as latency (no coordinated omission).
     */
    ASYNC_CONCURRENT("async conc");

    private final String label;

    Mode(String label) {
        this.label = label;
    }

    /** Short human label for tables: {@code sync}, {@code async seq}, {@code async conc}. */
    public String label() {
        return label;
    }

    /** Lower-case identifier for keys and JSON: {@code sync}, {@code async_sequential}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
