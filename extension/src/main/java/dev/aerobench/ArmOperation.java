package dev.aerobench;

/**
 * A sync operation of your own, measured like the built-in ones: one call = one operation.
 * {@code index} counts the arm's calls from 0; use it to spread keys ({@link ArmContext#key(long)}).
 */
@FunctionalInterface
public interface ArmOperation {
    void run(ArmContext arm, long index) throws Exception;
}
