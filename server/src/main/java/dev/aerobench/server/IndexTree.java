package dev.aerobench.server;

import java.util.HashSet;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The entries of one secondary index in a namespace, one sorted set per partition as a real node
 * keeps one tree per partition: (bval, digest) pairs in the node's order, bval signed, digests as
 * unsigned bytes. Writers update it under their partition's monitor, in the same step that stores
 * the record; queries read it concurrently and check each entry against the stored record.
 */
final class IndexTree {

    /** One index entry: a record's digest under one of its indexed values. */
    record Entry(long bval, Digest digest) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byBval = Long.compare(bval, other.bval);
            return byBval != 0 ? byBval : digest.compareTo(other.digest);
        }
    }

    static final Digest LOWEST_DIGEST = new Digest(0, 0, 0);
    static final Digest HIGHEST_DIGEST = new Digest(-1L, -1L, -1);

    private final SecondaryIndex index;
    private final IndexContext context;
    private final NavigableSet<Entry>[] partitions;

    @SuppressWarnings("unchecked")
    IndexTree(SecondaryIndex index) {
        this.index = index;
        this.context = index.context() == null ? null : IndexContext.parse(index.context());
        this.partitions = new NavigableSet[Wire.PARTITIONS];
        for (int pid = 0; pid < partitions.length; pid++) {
            partitions[pid] = new ConcurrentSkipListSet<>();
        }
    }

    SecondaryIndex index() {
        return index;
    }

    /** The values this index holds for {@code record}, each once. */
    Set<IndexedValues.Value> valuesOf(StoredRecord record) {
        return IndexedValues.of(record, index, context);
    }

    /** The entries of one partition, in the node's order; a live view. */
    NavigableSet<Entry> partition(int pid) {
        return partitions[pid];
    }

    /**
     * Moves the record at {@code digest} from the entries of {@code before} to those of
     * {@code after} (either may be {@code null}: created, deleted). Caller holds the partition's monitor.
     */
    void update(int pid, Digest digest, StoredRecord before, StoredRecord after) {
        Set<IndexedValues.Value> old = before == null ? Set.of() : valuesOf(before);
        Set<IndexedValues.Value> now = after == null ? Set.of() : valuesOf(after);
        Set<Long> kept = new HashSet<>();
        for (IndexedValues.Value value : now) {
            kept.add(value.bval());
        }
        NavigableSet<Entry> entries = partitions[pid];
        for (IndexedValues.Value value : old) {
            if (!kept.contains(value.bval())) {
                entries.remove(new Entry(value.bval(), digest));
            }
        }
        for (long bval : kept) {
            entries.add(new Entry(bval, digest));
        }
    }

    /** Index entries over all partitions, for {@code sindex-stat}. */
    long size() {
        long size = 0;
        for (NavigableSet<Entry> entries : partitions) {
            size += entries.size();
        }
        return size;
    }
}
