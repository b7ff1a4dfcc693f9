package dev.aerobench;

import dev.aerobench.internal.measure.Workload;
import java.util.List;
import java.util.Map;

/**
 * The built-in operations as workloads over one arm's data. Reads check what they get: a benchmark
 * that times reads of missing records measures nothing, so it fails instead.
 */
final class OperationWorkloads {

    private OperationWorkloads() {}

    static Workload of(Operation operation, ArmData arm) {
        return switch (operation) {
            case PUT -> Workload.sync(i -> arm.adapter().put(arm.set(), arm.key(i), arm.record(i)));
            case GET -> Workload.sync(i -> requireFound(arm.adapter().get(arm.set(), arm.key(i)), arm, i));
            case BATCH_GET -> Workload.sync(i -> requireAllFound(arm.adapter().getMany(arm.set(), arm.batch(i)), arm));
            case SCAN -> Workload.sync(i -> requireScanned(arm.adapter().scan(arm.set()), arm));
            case PUT_ASYNC -> Workload.sequential(put(arm));
            case PUT_CONCURRENT -> Workload.concurrent(put(arm));
            case GET_ASYNC -> Workload.sequential(get(arm));
            case GET_CONCURRENT -> Workload.concurrent(get(arm));
            case BATCH_GET_CONCURRENT ->
                Workload.concurrent(i -> arm.adapter()
                        .getManyAsync(arm.set(), arm.batch(i))
                        .thenApply(records -> requireAllFound(records, arm)));
        };
    }

    private static Workload.AsyncOperation put(ArmData arm) {
        return i -> arm.adapter().putAsync(arm.set(), arm.key(i), arm.record(i));
    }

    private static Workload.AsyncOperation get(ArmData arm) {
        return i -> arm.adapter().getAsync(arm.set(), arm.key(i)).thenApply(record -> requireFound(record, arm, i));
    }

    private static Map<String, Object> requireFound(Map<String, Object> record, ArmData arm, long index) {
        if (record == null) {
            throw new IllegalStateException("record " + arm.key(index) + " of the " + arm.name()
                    + " arm is missing from set " + arm.set() + ": something deleted the benchmark data");
        }
        return record;
    }

    private static List<Map<String, Object>> requireAllFound(List<Map<String, Object>> records, ArmData arm) {
        if (records.contains(null)) {
            throw new IllegalStateException("a batch read of the " + arm.name() + " arm missed records of set "
                    + arm.set() + ": something deleted the benchmark data");
        }
        return records;
    }

    private static long requireScanned(long scanned, ArmData arm) {
        if (scanned < arm.count()) {
            throw new IllegalStateException("a scan of set " + arm.set() + " by the " + arm.name() + " arm saw "
                    + scanned + " records, fewer than the " + arm.count() + " it wrote");
        }
        return scanned;
    }
}
