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
            case MAP_INCREMENT ->
                Workload.sync(i -> requirePositive(
                        arm.adapter().mapIncrement(arm.set(), arm.key(i), MAP_BIN, counter(i), 1), arm, i));
            case MAP_INCREMENT_ASYNC ->
                Workload.sequential(i -> arm.adapter()
                        .mapIncrementAsync(arm.set(), arm.key(i), MAP_BIN, counter(i), 1)
                        .thenApply(value -> requirePositive(value, arm, i)));
            case LIST_APPEND ->
                Workload.sync(
                        i -> requirePositive(arm.adapter().listAppend(arm.set(), arm.key(i), LIST_BIN, i), arm, i));
            case LIST_APPEND_ASYNC ->
                Workload.sequential(i -> arm.adapter()
                        .listAppendAsync(arm.set(), arm.key(i), LIST_BIN, i)
                        .thenApply(size -> requirePositive(size, arm, i)));
            case FILTERED_GET ->
                Workload.sync(
                        i -> requireFound(arm.adapter().getIfAtLeast(arm.set(), arm.key(i), INDEXED_BIN, 0), arm, i));
            case FILTERED_GET_ASYNC ->
                Workload.sequential(i -> arm.adapter()
                        .getIfAtLeastAsync(arm.set(), arm.key(i), INDEXED_BIN, 0)
                        .thenApply(record -> requireFound(record, arm, i)));
            case QUERY ->
                Workload.sync(i -> requireQueried(
                        arm.adapter()
                                .queryRange(
                                        arm.set(), INDEXED_BIN, queryFrom(i, arm), queryFrom(i, arm) + QUERY_RANGE - 1),
                        arm,
                        i));
            case QUERY_ASYNC ->
                Workload.sequential(i -> arm.adapter()
                        .queryRangeAsync(arm.set(), INDEXED_BIN, queryFrom(i, arm), queryFrom(i, arm) + QUERY_RANGE - 1)
                        .thenApply(records -> requireQueried(records, arm, i)));
        };
    }

    /** The map bin {@link Operation#MAP_INCREMENT} changes. */
    static final String MAP_BIN = "counters";

    /** The list bin {@link Operation#LIST_APPEND} appends to. */
    static final String LIST_BIN = "events";

    /** The seed record's integer bin that filtered gets test and queries find records by. */
    static final String INDEXED_BIN = "age";

    /** How many consecutive ages one query asks for. */
    static final int QUERY_RANGE = 10;

    private static final String[] COUNTERS = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"};

    private static String counter(long index) {
        return COUNTERS[(int) (index % COUNTERS.length)];
    }

    /** The first age of a query: ranges start at every seeded age in turn and stay within the seeded ones. */
    private static long queryFrom(long index, ArmData arm) {
        int starts = Math.max(1, arm.count() - QUERY_RANGE + 1);
        return index % starts;
    }

    /** The name of the index the benchmark creates on {@code set} for its queries. */
    static String indexName(String set) {
        return set + "_" + INDEXED_BIN;
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

    private static long requirePositive(long value, ArmData arm, long index) {
        if (value < 1) {
            throw new IllegalStateException("an operate on record " + arm.key(index) + " of the " + arm.name()
                    + " arm returned " + value + " where the server must return at least 1");
        }
        return value;
    }

    /**
     * A query finds the records of both arms (they share the set) whose age is in range: at least
     * this arm's own.
     */
    private static List<Map<String, Object>> requireQueried(
            List<Map<String, Object>> records, ArmData arm, long index) {
        long expected = Math.min(QUERY_RANGE, arm.count());
        if (records.size() < expected) {
            throw new IllegalStateException("a secondary-index query of set " + arm.set() + " for " + INDEXED_BIN
                    + " from " + queryFrom(index, arm) + " by the " + arm.name() + " arm found " + records.size()
                    + " records, fewer than the " + expected + " it wrote there");
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
