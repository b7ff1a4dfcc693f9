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
    private final IndexTrees indexTrees = new IndexTrees();

    Namespace(String name, long defaultTtlSeconds) {
        this.name = name;
        this.defaultTtlSeconds = defaultTtlSeconds;
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new Partition(i, indexTrees);
        }
    }

    /**
     * Starts keeping an index of {@code index}: publishes its tree, so writes from now on update
     * it, then fills it from each partition's records under that partition's monitor.
     */
    void addIndex(SecondaryIndex index) {
        IndexTree tree = new IndexTree(index);
        indexTrees.add(tree);
        for (Partition partition : partitions) {
            synchronized (partition) {
                partition.records.forEach((digest, record) -> tree.update(partition.id, digest, null, record));
            }
        }
    }

    void dropIndex(SecondaryIndex index) {
        indexTrees.remove(index);
    }

    /** The tree of that index, or {@code null} when this namespace keeps none for it. */
    IndexTree indexTree(SecondaryIndex index) {
        return indexTrees.find(index);
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
                var entries = partition.records.entrySet().iterator();
                while (entries.hasNext()) {
                    var entry = entries.next();
                    if (selected.test(entry.getValue())) {
                        entries.remove();
                        partition.indexTrees.update(partition.id, entry.getKey(), entry.getValue(), null);
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    /** One partition: its records by digest. Its monitor guards writes, which keep its index entries. */
    static final class Partition {
        private final ConcurrentHashMap<Digest, StoredRecord> records = new ConcurrentHashMap<>();
        private final int id;
        private final IndexTrees indexTrees;

        Partition(int id, IndexTrees indexTrees) {
            this.id = id;
            this.indexTrees = indexTrees;
        }

        StoredRecord get(Digest digest) {
            return records.get(digest);
        }

        /** Must hold this partition's monitor. */
        void put(Digest digest, StoredRecord record) {
            StoredRecord before = records.put(digest, record);
            indexTrees.update(id, digest, before, record);
        }

        /** Must hold this partition's monitor. */
        void remove(Digest digest) {
            StoredRecord before = records.remove(digest);
            if (before != null) {
                indexTrees.update(id, digest, before, null);
            }
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

    /** The index trees of a namespace; a copy-on-write list, as indexes change rarely and writes read it always. */
    static final class IndexTrees {
        private volatile List<IndexTree> trees = List.of();

        synchronized void add(IndexTree tree) {
            List<IndexTree> next = new ArrayList<>(trees);
            next.add(tree);
            trees = List.copyOf(next);
        }

        synchronized void remove(SecondaryIndex index) {
            trees = trees.stream().filter(tree -> !tree.index().equals(index)).toList();
        }

        IndexTree find(SecondaryIndex index) {
            for (IndexTree tree : trees) {
                if (tree.index().equals(index)) {
                    return tree;
                }
            }
            return null;
        }

        void update(int pid, Digest digest, StoredRecord before, StoredRecord after) {
            for (IndexTree tree : trees) {
                tree.update(pid, digest, before, after);
            }
        }
    }
}
