package dev.aerobench.benchmark.server;

import dev.aerobench.adapter.ClientAdapter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The cases the issue asks for, each with the real server's figures to compare with. Every case
 * reads or overwrites the {@link SeedData} records at random, and counts a read that finds no record
 * as a failure: a benchmark answering "not found" fast would measure nothing.
 */
enum BenchmarkCase {
    SYNC_GET_1_THREAD("sync get, 1 thread", new ReferenceFigures(22_000, 38, 112)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new SyncLoad(1, data.keyCount(), i -> client.get(SeedData.SET, data.key(i)) != null).run(duration);
        }
    },

    SYNC_PUT_1_THREAD("sync put, 1 thread", ReferenceFigures.throughputOnly(21_000)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new SyncLoad(1, data.keyCount(), i -> {
                        client.put(SeedData.SET, data.key(i), data.bins(i));
                        return true;
                    })
                    .run(duration);
        }
    },

    SYNC_GET_8_THREADS("sync get, 8 threads", ReferenceFigures.throughputOnly(25_700)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new SyncLoad(8, data.keyCount(), i -> client.get(SeedData.SET, data.key(i)) != null).run(duration);
        }
    },

    ASYNC_GET_50_IN_FLIGHT("async get, 50 in flight", ReferenceFigures.throughputOnly(34_700)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new AsyncWindowLoad(
                            ASYNC_WINDOW,
                            data.keyCount(),
                            i -> client.getAsync(SeedData.SET, data.key(i)).thenApply(bins -> bins != null))
                    .run(duration);
        }
    },

    BATCH_GET_100_KEYS("batch get, 100 keys", ReferenceFigures.throughputOnly(2_700)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new SyncLoad(
                            1, data.keyCount(), i -> allFound(client.getMany(SeedData.SET, data.window(i, BATCH_SIZE))))
                    .run(duration);
        }
    },

    MAP_INCREMENT_1_THREAD("map increment, 1 thread", new ReferenceFigures(6_200, 17, 3_400)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new SyncLoad(
                            1,
                            data.keyCount(),
                            i -> client.mapIncrement(SeedData.SET, data.key(i), SeedData.MAP_BIN, SeedData.mapKey(i), 1)
                                    > 0)
                    .run(duration);
        }
    },

    FILTERED_GET_1_THREAD("filtered get, 1 thread", new ReferenceFigures(9_400, 14, 2_300)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            return new SyncLoad(
                            1, data.keyCount(), i -> client.getIfAtLeast(SeedData.SET, data.key(i), "age", 0) != null)
                    .run(duration);
        }
    },

    SINDEX_QUERY_10_RECORDS("sindex query, 10 records", new ReferenceFigures(65, 11_900, 128_000)) {
        @Override
        Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException {
            int starts = data.keyCount() - QUERY_RANGE + 1;
            return new SyncLoad(
                            1,
                            starts,
                            i -> client.queryRange(SeedData.SET, "age", i, i + QUERY_RANGE - 1)
                                            .size()
                                    == QUERY_RANGE)
                    .run(duration);
        }
    };

    /** Consecutive ages one {@link #SINDEX_QUERY_10_RECORDS} query asks for. */
    static final int QUERY_RANGE = 10;

    /** Async commands kept in flight by {@link #ASYNC_GET_50_IN_FLIGHT}. */
    static final int ASYNC_WINDOW = 50;

    /** Keys per batch in {@link #BATCH_GET_100_KEYS}. */
    static final int BATCH_SIZE = 100;

    private final String label;
    private final ReferenceFigures reference;

    BenchmarkCase(String label, ReferenceFigures reference) {
        this.label = label;
        this.reference = reference;
    }

    /** How the case reads in the table, e.g. {@code sync get, 1 thread}. */
    String label() {
        return label;
    }

    /** The real server's figures for this case. */
    ReferenceFigures reference() {
        return reference;
    }

    /**
     * Runs the case for {@code warmup}, discards that, then measures it for {@code duration}, metering
     * the CPU time of the threads named {@code serverThreadPrefix...} as the server's (none when it is
     * null: an external server).
     */
    CaseResult run(
            String clientName,
            ClientAdapter client,
            SeedData data,
            Duration warmup,
            Duration duration,
            String serverThreadPrefix)
            throws InterruptedException {
        measure(client, data, warmup);
        CpuMeter cpu = CpuMeter.start(serverThreadPrefix == null ? "" : serverThreadPrefix);
        Measurement measured = measure(client, data, duration);
        long serverCpu = serverThreadPrefix == null ? CaseResult.NOT_METERED : cpu.serverCpuNanos();
        return CaseResult.of(clientName, this, measured, serverCpu, cpu.processCpuNanos());
    }

    /** Drives the case for {@code duration}, measuring what it does. */
    abstract Measurement measure(ClientAdapter client, SeedData data, Duration duration) throws InterruptedException;

    private static boolean allFound(List<Map<String, Object>> records) {
        for (Map<String, Object> record : records) {
            if (record == null) {
                return false;
            }
        }
        return records.size() == BATCH_SIZE;
    }
}
