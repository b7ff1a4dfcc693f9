package dev.aerobench;

import dev.aerobench.internal.measure.Workload;

/**
 * An operation a test added through {@link BenchmarkPlan}: its name and, for each arm, its
 * workload. The variant is the mode, as {@link Workload}'s is.
 */
sealed interface CustomOperation {

    /** The name the test gave it, as reports show it. */
    String name();

    /** The workload of this operation on {@code arm}. */
    Workload workload(ArmContext arm);

    /** How it is measured: the mode of its workloads. */
    Mode mode();

    /** Added with {@link BenchmarkPlan#add}. */
    record Sync(String name, ArmOperation operation) implements CustomOperation {
        @Override
        public Workload.Sync workload(ArmContext arm) {
            return i -> operation.run(arm, i);
        }

        @Override
        public Mode mode() {
            return Mode.SYNC;
        }
    }

    /** Added with {@link BenchmarkPlan#addAsync}. */
    record Sequential(String name, AsyncArmOperation operation) implements CustomOperation {
        @Override
        public Workload.Sequential workload(ArmContext arm) {
            // The runner itself refuses a null future, naming the operation and its index.
            return Workload.sequential(i -> operation.start(arm, i));
        }

        @Override
        public Mode mode() {
            return Mode.ASYNC_SEQUENTIAL;
        }
    }

    /** Added with {@link BenchmarkPlan#addConcurrent}. */
    record Concurrent(String name, AsyncArmOperation operation) implements CustomOperation {
        @Override
        public Workload.Concurrent workload(ArmContext arm) {
            return Workload.concurrent(i -> operation.start(arm, i));
        }

        @Override
        public Mode mode() {
            return Mode.ASYNC_CONCURRENT;
        }
    }
}
