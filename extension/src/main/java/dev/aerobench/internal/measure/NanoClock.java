package dev.aerobench.internal.measure;

/**
 * The time source of the runner, in nanoseconds with an arbitrary origin (like
 * {@link System#nanoTime()}). Tests inject a fake clock that their fake workloads advance, so every
 * number the runner computes is deterministic.
 */
@FunctionalInterface
public interface NanoClock {

    /** The current time in nanoseconds; only differences between two readings mean anything. */
    long nanoTime();

    /** The monotonic system clock, {@link System#nanoTime()}. */
    static NanoClock system() {
        return System::nanoTime;
    }
}
