package dev.aerobench.benchmark.server;

import dev.aerobench.adapter.ClientAdapter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The records every case reads or overwrites: {@code keyCount} records of three small bins, like the
 * seed suite's {@code {name: "user_<i>", age: i, score: i * 1.1}}. Keys and bin maps are built once,
 * so the measured loops allocate nothing of their own.
 */
final class SeedData {

    static final String SET = "bench";

    /** The map bin the map-increment case changes, and its ten keys. */
    static final String MAP_BIN = "counters";

    private static final String[] MAP_KEYS = {"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9"};

    /** The numeric index on {@code age} the query case uses. */
    static final String AGE_INDEX = SET + "_age";

    private final String[] keys;
    private final List<Map<String, Object>> bins;
    /** Every key, then the first keys again, so any window of consecutive keys is one sub-list. */
    private final List<String> keysWrapped;

    SeedData(int keyCount, int longestWindow) {
        if (keyCount < longestWindow) {
            throw new IllegalArgumentException(
                    "keyCount " + keyCount + " must be at least the batch size " + longestWindow);
        }
        this.keys = new String[keyCount];
        List<Map<String, Object>> built = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys[i] = "user_" + i;
            built.add(record(i));
        }
        this.bins = Collections.unmodifiableList(built);
        List<String> wrapped = new ArrayList<>(List.of(keys));
        wrapped.addAll(List.of(keys).subList(0, longestWindow));
        this.keysWrapped = Collections.unmodifiableList(wrapped);
    }

    /** The three bins of record {@code i}: a short string, an integer and a double. */
    static Map<String, Object> record(long i) {
        return Map.of("name", "user_" + i, "age", i, "score", i * 1.1);
    }

    static String mapKey(int index) {
        return MAP_KEYS[index % MAP_KEYS.length];
    }

    int keyCount() {
        return keys.length;
    }

    String key(int index) {
        return keys[index];
    }

    Map<String, Object> bins(int index) {
        return bins.get(index);
    }

    /** {@code size} distinct keys starting at {@code first}, wrapping around after the last key. */
    List<String> window(int first, int size) {
        return keysWrapped.subList(first, first + size);
    }

    /** Writes every record through {@code adapter}, and indexes {@code age} for the query case. */
    void writeAll(ClientAdapter adapter) {
        for (int i = 0; i < keys.length; i++) {
            adapter.put(SET, keys[i], bins.get(i));
        }
        adapter.createIndex(SET, "age", AGE_INDEX);
    }

    /** Deletes what {@link #writeAll} wrote and the index (for an external server). */
    void removeAll(ClientAdapter adapter) {
        adapter.dropIndex(SET, AGE_INDEX);
        for (String key : keys) {
            adapter.delete(SET, key);
        }
    }
}
