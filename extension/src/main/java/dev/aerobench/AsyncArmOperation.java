package dev.aerobench;

import java.util.concurrent.CompletableFuture;

/** An async operation of your own: starts one operation and returns a future that completes with it. */
@FunctionalInterface
public interface AsyncArmOperation {
    CompletableFuture<?> start(ArmContext arm, long index) throws Exception;
}
