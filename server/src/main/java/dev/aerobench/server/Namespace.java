package dev.aerobench.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The records of one namespace, in 4096 partitions like a real node. Reads are lock-free (records
 * are immutable); a write holds its partition's monitor while it reads, checks and replaces the
 * record, so read-modify-write commands on one key are atomic.
 */
final class Namespace {

    private final String name;
    private final long defaultTtlSeconds;
    private final Partition[] partitions = new Partition[Wire.PARTITIONS];
    private final Map<String, String> setNames = new ConcurrentHashMap<>();

    Namespace(String name, long defaultTtlSeconds) {
        this.name = name;
        this.defaultTtlSeconds = defaultTtlSeconds;
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new Partition();
        }
    }

    String name() {
        return name;
    }

    long defaultTtlSeconds() {
        return defaultTtlSeconds;
    }

    Partition partition(int id) {
        return partitions[id];
    }

    Partition partitionOf(Digest digest) {
        return partitions[digest.partitionId()];
    }

    /** One shared String per set name, so a million records of one set hold one name. */
    String internSet(String set) {
        return setNames.computeIfAbsent(set, s -> s);
    }

    /** Records in this namespace, expired ones included until they are touched or scanned. */
    long size() {
        long total = 0;
        for (Partition partition : partitions) {
            total += partition.records.size();
        }
        return total;
    }

    /** Removes every record the predicate selects; returns how many. */
    long removeIf(Predicate<StoredRecord> selected) {
        long removed = 0;
        for (Partition partition : partitions) {
            synchronized (partition) {
                int before = partition.records.size();
                partition.records.values().removeIf(selected);
                removed += before - partition.records.size();
            }
        }
        return removed;
    }

    /** One partition: its records by digest. Its monitor guards writes. */
    static final class Partition {
        private final ConcurrentHashMap<Digest, StoredRecord> records = new ConcurrentHashMap<>();

        StoredRecord get(Digest digest) {
            return records.get(digest);
        }

        /** Must hold this partition's monitor. */
        void put(Digest digest, StoredRecord record) {
            records.put(digest, record);
        }

        /** Must hold this partition's monitor. */
        void remove(Digest digest) {
            records.remove(digest);
        }

        /** The partition's records, in no particular order. */
        Iterable<StoredRecord> records() {
            return records.values();
        }

        /** The partition's records by digest, for reading only. */
        Map<Digest, StoredRecord> recordsByDigest() {
            return java.util.Collections.unmodifiableMap(records);
        }

        /**
         * The partition's digests after {@code after} (all when null) in a real node's scan order:
         * its primary index walks a partition from the largest digest (unsigned bytes) down, and
         * resumes below the digest it is given.
         */
        List<Digest> sortedDigestsAfter(Digest after) {
            List<Digest> digests = new ArrayList<>(records.size());
            for (Digest digest : records.keySet()) {
                if (after == null || digest.compareTo(after) < 0) {
                    digests.add(digest);
                }
            }
            digests.sort(java.util.Comparator.reverseOrder());
            return digests;
        }
    }
}
