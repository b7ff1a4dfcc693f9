package dev.aerobench.benchmark.server;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.internal.client.LoadedArm;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Heap a fresh embedded server holds per stored record of three small bins: heap used after a full
 * GC, with a client connected and warmed up, before and after that client stores the records; the
 * difference is the server's. A class histogram taken at both points says which classes grew.
 *
 * @param records records stored
 * @param usedBytesBefore heap used after GC before storing (MemoryMXBean)
 * @param usedBytesAfter heap used after GC once they were stored
 * @param largestGrowth the classes that grew most, with instances and bytes added
 */
record HeapFootprint(
        RecordShape shape,
        long records,
        long usedBytesBefore,
        long usedBytesAfter,
        List<ClassHistogram.ClassUsage> largestGrowth) {

    /** What each stored record holds. */
    enum RecordShape {
        /** The seed record: a short string, an integer and a double. */
        THREE_BINS("three small bins"),
        /** The seed record and a map bin of 100 string keys to integers, as a counter DAO keeps. */
        THREE_BINS_AND_MAP("three small bins and a 100-entry map bin");

        private final String description;

        RecordShape(String description) {
            this.description = description;
        }

        Map<String, Object> bins(long i) {
            if (this == THREE_BINS) {
                return SeedData.record(i);
            }
            Map<String, Object> bins = new HashMap<>(SeedData.record(i));
            Map<String, Long> counters = new LinkedHashMap<>();
            for (int entry = 0; entry < MAP_ENTRIES; entry++) {
                counters.put("c" + entry, i + entry);
            }
            bins.put(SeedData.MAP_BIN, counters);
            return bins;
        }
    }

    /** Entries of the map bin of {@link RecordShape#THREE_BINS_AND_MAP}. */
    static final int MAP_ENTRIES = 100;

    private static final String SET = "heap";
    private static final int WINDOW = 50;
    private static final int WARMUP_RECORDS = 2_000;
    private static final int CLASSES_SHOWN = 8;
    private static final int GC_ROUNDS = 4;
    private static final long GC_PAUSE_MILLIS = 100;

    /** Starts a fresh server, connects a client of {@code arm}, stores {@code records} records and measures. */
    static HeapFootprint measure(LoadedArm arm, int records, RecordShape shape) throws InterruptedException {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start()) {
            ClientAdapter client = arm.openAdapter(
                    new ConnectionSettings(server.host(), server.port(), "test", null, null, false, WINDOW));
            try {
                // Client buffers, connection pools and JIT-compiled paths exist before the first reading.
                store(client, "warmup", WARMUP_RECORDS, shape);
                for (int i = 0; i < WARMUP_RECORDS; i++) {
                    client.delete("warmup", "user_" + i);
                }
                long usedBefore = usedHeapAfterGc();
                ClassHistogram before = ClassHistogram.ofThisJvm();
                store(client, SET, records, shape);
                long usedAfter = usedHeapAfterGc();
                ClassHistogram after = ClassHistogram.ofThisJvm();
                requireStored(server, records);
                return new HeapFootprint(
                        shape, records, usedBefore, usedAfter, after.largestGrowthSince(before, CLASSES_SHOWN));
            } finally {
                client.close();
            }
        }
    }

    /** Heap the server holds per record, in bytes. */
    double bytesPerRecord() {
        return (double) (usedBytesAfter - usedBytesBefore) / records;
    }

    /** Several lines for people: the figure, then what it is made of. */
    String describe() {
        StringBuilder text = new StringBuilder(String.format(
                Locale.ROOT,
                "heap per record: %.1f bytes (%,d records of %s; heap used after GC %,d -> %,d bytes)%n",
                bytesPerRecord(),
                records,
                shape.description,
                usedBytesBefore,
                usedBytesAfter));
        text.append("largest growth by class (bytes/record, instances/record, class):\n");
        for (ClassHistogram.ClassUsage usage : largestGrowth) {
            text.append(String.format(
                    Locale.ROOT,
                    "  %8.1f  %5.2f  %s%n",
                    (double) usage.bytes() / records,
                    (double) usage.instances() / records,
                    usage.className()));
        }
        return text.toString();
    }

    private static void store(ClientAdapter client, String set, int count, RecordShape shape)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(WINDOW);
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        for (int i = 0; i < count && firstFailure.get() == null; i++) {
            inFlight.acquire();
            client.putAsync(set, "user_" + i, shape.bins(i)).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    firstFailure.compareAndSet(null, failure);
                }
                inFlight.release();
            });
        }
        inFlight.acquire(WINDOW);
        if (firstFailure.get() != null) {
            throw new IllegalStateException("storing records for the heap measurement failed", firstFailure.get());
        }
    }

    private static void requireStored(EmbeddedAerospikeServer server, long records) {
        long stored = server.recordCount("test");
        if (stored != records) {
            throw new IllegalStateException("the server holds " + stored + " records but " + records
                    + " were stored; the heap figure would be per the wrong count");
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < GC_ROUNDS; i++) {
            System.gc();
            Thread.sleep(GC_PAUSE_MILLIS);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
