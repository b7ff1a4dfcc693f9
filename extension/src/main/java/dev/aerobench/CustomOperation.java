package dev.aerobench;

/** An operation a test added through {@link BenchmarkPlan}: exactly one of sync / async is set. */
record CustomOperation(String name, Mode mode, ArmOperation sync, AsyncArmOperation async) {

    static CustomOperation sync(String name, ArmOperation operation) {
        return new CustomOperation(name, Mode.SYNC, operation, null);
    }

    static CustomOperation async(String name, Mode mode, AsyncArmOperation operation) {
        return new CustomOperation(name, mode, null, operation);
    }
}
