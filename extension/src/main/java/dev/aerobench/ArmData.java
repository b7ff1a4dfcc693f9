package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.internal.measure.MeasurementException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One arm's adapter and its own copy of the benchmark data: keys, records and batches, all built
 * before anything is measured, so the timed calls allocate none of them.
 */
final class ArmData implements ArmContext {

    private final String name;
    private final ClientAdapter adapter;
    private final String set;
    private final String[] keys;
    private final List<Map<String, Object>> records;
    private final List<List<String>> batches;

    private ArmData(ArmData data, ClientAdapter adapter) {
        this.name = data.name;
        this.adapter = adapter;
        this.set = data.set;
        this.keys = data.keys;
        this.records = data.records;
        this.batches = data.batches;
    }

    ArmData(String name, ClientAdapter adapter, String set, BenchmarkSettings settings) {
        this.name = name;
        this.adapter = adapter;
        this.set = set;
        int count = settings.count();
        this.keys = new String[count];
        this.records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys[i] = name + "_key_" + i;
            records.add(record(i, settings));
        }
        this.batches = batches(keys, settings.batchSize());
    }

    /** The same data, driven by another adapter of the same arm (a fresh client, for the next fork). */
    ArmData with(ClientAdapter freshAdapter) {
        return new ArmData(this, freshAdapter);
    }

    /** The seed's record {@code {name: "user_<i>", age: i, score: i * 1.1}}, or N string bins of M bytes. */
    static Map<String, Object> record(int i, BenchmarkSettings settings) {
        Map<String, Object> bins = new LinkedHashMap<>();
        if (settings.recordBins() == AerospikeBenchmark.SEED_RECORD) {
            bins.put("name", "user_" + i);
            bins.put("age", (long) i);
            bins.put("score", i * 1.1);
        } else {
            String value = "x".repeat(settings.binBytes());
            for (int bin = 0; bin < settings.recordBins(); bin++) {
                bins.put("bin" + bin, value);
            }
        }
        return Collections.unmodifiableMap(bins);
    }

    private static List<List<String>> batches(String[] keys, int batchSize) {
        List<List<String>> batches = new ArrayList<>();
        for (int start = 0; start < keys.length; start += batchSize) {
            List<String> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                batch.add(keys[(start + i) % keys.length]);
            }
            batches.add(List.copyOf(batch));
        }
        return List.copyOf(batches);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClientAdapter adapter() {
        return adapter;
    }

    @Override
    public String set() {
        return set;
    }

    int count() {
        return keys.length;
    }

    @Override
    public String key(long index) {
        return keys[(int) (index % keys.length)];
    }

    @Override
    public Map<String, Object> record(long index) {
        return records.get((int) (index % keys.length));
    }

    List<String> batch(long index) {
        return batches.get((int) (index % batches.size()));
    }

    /** Writes every record (untimed), so reads, batches and scans find their data. */
    void seed() {
        for (int i = 0; i < keys.length; i++) {
            try {
                adapter.put(set, keys[i], records.get(i));
            } catch (RuntimeException failed) {
                throw new MeasurementException(
                        "seeding the " + name + " arm (" + adapter.identity() + ") failed at record " + i + " of "
                                + keys.length + ", a put of key " + keys[i] + " to set " + set + ": " + failed,
                        failed);
            }
        }
    }

    /**
     * Creates the secondary index the {@link Operation#needsIndex() query operations} use on this
     * arm's set (untimed, after {@link #seed()}); both arms share the set and so the index.
     */
    void createIndex() {
        String index = OperationWorkloads.indexName(set);
        try {
            adapter.createIndex(set, OperationWorkloads.INDEXED_BIN, index);
        } catch (RuntimeException failed) {
            throw new MeasurementException(
                    "creating the secondary index " + index + " on bin " + OperationWorkloads.INDEXED_BIN
                            + " of set " + set + " through the " + name + " arm (" + adapter.identity()
                            + "), which QUERY and QUERY_ASYNC need, failed: " + failed
                            + ". The benchmark's user must be allowed to create indexes (sindex-admin), or"
                            + " remove QUERY and QUERY_ASYNC from the operations",
                    failed);
        }
    }

    /** Drops the index {@link #createIndex()} made; nothing happens if there is none. */
    void dropIndex() {
        adapter.dropIndex(set, OperationWorkloads.indexName(set));
    }

    /** Deletes every record this arm may have written. */
    void cleanUp() {
        for (String key : keys) {
            adapter.delete(set, key);
        }
    }
}
