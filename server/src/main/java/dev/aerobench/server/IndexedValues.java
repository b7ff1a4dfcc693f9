package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import dev.aerobench.server.SecondaryIndex.CollectionType;
import dev.aerobench.server.SecondaryIndex.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The values a secondary index holds for one record, as a real node derives them: the bin's value
 * when it has the index's type, or the list elements / map keys / map values of that type. Each is
 * given with its {@code bval}, the 64-bit key the node orders a partition's index entries by (the
 * integer itself, or the wyhash of a string's or blob's bytes). A record's duplicate values count
 * once, as in the node's index tree. Values of other types are not indexed.
 */
final class IndexedValues {

    /**
     * One indexed value.
     *
     * @param bval the node's index key for it
     * @param bytes the string or blob bytes, {@code null} for an integer
     */
    record Value(long bval, byte[] bytes) {
        /** Equal when the bval and the bytes' contents are: a record's values go into hash sets. */
        @Override
        public boolean equals(Object other) {
            return other instanceof Value value && bval == value.bval && Arrays.equals(bytes, value.bytes);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(bval); // the bval already is a hash of a string's or blob's bytes
        }

        @Override
        public String toString() {
            return "Value[bval=" + bval + ", bytes=" + Arrays.toString(bytes) + "]";
        }
    }

    private IndexedValues() {}

    /**
     * The values {@code index} holds for {@code record}, each once, in the order the record holds
     * them; empty when it holds none.
     *
     * @param context the parsed {@link SecondaryIndex#context()}, {@code null} for an index without one
     */
    static Set<Value> of(StoredRecord record, SecondaryIndex index, IndexContext context) {
        if (index.set() != null && !index.set().equals(record.set())) {
            return Set.of();
        }
        byte[] bins = record.bins();
        byte[] name = index.bin().getBytes(StandardCharsets.UTF_8);
        int op = PackedBins.find(bins, name, 0, name.length);
        if (op < 0) {
            return Set.of();
        }
        int particleType = bins[op + 5] & 0xFF;
        int valueStart = op + 8 + name.length;
        byte[] value = Arrays.copyOfRange(bins, valueStart, op + PackedBins.opLength(bins, op));
        Set<Value> values = new LinkedHashSet<>();
        if (index.collectionType() == CollectionType.DEFAULT && context == null) {
            add(values, MsgCodec.fromParticle(particleType, value), index.keyType());
            return values;
        }
        MsgValue collection;
        try {
            collection = particleType == ParticleCheck.PARTICLE_LIST || particleType == ParticleCheck.PARTICLE_MAP
                    ? MsgCodec.unpack(value)
                    : null;
        } catch (MsgFormatException malformed) {
            return Set.of();
        }
        if (context != null) {
            collection = context.select(collection);
        }
        switch (index.collectionType()) {
            case DEFAULT -> {
                if (collection != null) {
                    add(values, collection, index.keyType());
                }
            }
            case LIST -> {
                if (collection instanceof MList list) {
                    list.items().forEach(item -> add(values, item, index.keyType()));
                }
            }
            case MAPKEYS -> {
                if (collection instanceof MMap map) {
                    map.entries().forEach(entry -> add(values, entry.key(), index.keyType()));
                }
            }
            case MAPVALUES -> {
                if (collection instanceof MMap map) {
                    map.entries().forEach(entry -> add(values, entry.value(), index.keyType()));
                }
            }
        }
        return values;
    }

    private static void add(Set<Value> values, MsgValue item, KeyType keyType) {
        Value value = switch (item) {
            case Int i when keyType == KeyType.NUMERIC -> new Value(i.value(), null);
            case Bytes b
            when b.particleType() == keyType.particleType() && keyType != KeyType.NUMERIC -> {
                byte[] content = b.content();
                yield new Value(Wyhash.hash64(content, 0, content.length), content);
            }
            case null, default -> null;
        };
        if (value != null) {
            values.add(value);
        }
    }
}
