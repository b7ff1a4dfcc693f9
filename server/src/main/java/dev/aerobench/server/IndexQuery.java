package dev.aerobench.server;

import dev.aerobench.server.SecondaryIndex.CollectionType;
import dev.aerobench.server.SecondaryIndex.KeyType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;

/**
 * A secondary-index query's filter (INDEX_RANGE, with INDEX_TYPE, INDEX_NAME and INDEX_CONTEXT) and
 * the records of one partition it selects, in the order a real node's per-partition index tree
 * yields them: by {@code bval} (signed), then by digest; resumed strictly after the (bval, digest)
 * the client sends back in DIGEST_ARRAY and BVAL_ARRAY. A record is returned once, at its smallest
 * matching value, even when several of its list or map elements match.
 *
 * <p>The candidates come from the namespace's {@link IndexTree}, which writes keep up to date; each
 * is checked against the stored record (expired records and records of other sets are skipped).
 */
final class IndexQuery {

    static final int FIELD_BVAL_ARRAY = 15;
    static final int FIELD_INDEX_TYPE = 26;
    private static final int BVAL_SIZE = 8;

    /** A selected record and the index value it was selected at. */
    record Match(long bval, Digest digest, StoredRecord record) {}

    /** A parsed query, or the result code the node answers instead. */
    record Parsed(IndexQuery query, int resultCode) {
        static Parsed refused(int resultCode) {
            return new Parsed(null, resultCode);
        }
    }

    private final SecondaryIndex index;
    private final IndexTree tree;
    private final long begin;
    private final long end;
    private final byte[] bytes;

    private IndexQuery(SecondaryIndex index, IndexTree tree, long begin, long end, byte[] bytes) {
        this.index = index;
        this.tree = tree;
        this.begin = begin;
        this.end = end;
        this.bytes = bytes;
    }

    /** Parses the index fields of {@code msg}, a query of {@code namespace}, and finds its index. */
    static Parsed parse(Message msg, SecondaryIndexes indexes, Namespace namespace) {
        int offset = msg.fieldOffset(Wire.FIELD_INDEX_RANGE);
        int limit = offset + msg.fieldLength(Wire.FIELD_INDEX_RANGE);
        byte[] buf = msg.buf;
        if (limit - offset < 2 || buf[offset] != 1) {
            return Parsed.refused(ResultCode.PARAMETER_ERROR); // the node serves exactly one range
        }
        int binLength = buf[offset + 1] & 0xFF;
        int p = offset + 2;
        if (binLength > RecordCommands.MAX_BIN_NAME_BYTES || limit - p < binLength + 1) {
            return Parsed.refused(ResultCode.PARAMETER_ERROR);
        }
        String bin = new String(buf, p, binLength, StandardCharsets.UTF_8);
        p += binLength;
        int particleType = buf[p++] & 0xFF;
        boolean byName = msg.has(Wire.FIELD_INDEX_NAME);
        boolean byExpression = msg.has(Wire.FIELD_INDEX_EXPRESSION);
        // As the node: a bin name, or else an index name or an expression, never two of them.
        if ((binLength == 0) == !(byName || byExpression) || (byName && byExpression)) {
            return Parsed.refused(ResultCode.PARAMETER_ERROR);
        }
        if (byExpression) {
            return Parsed.refused(ResultCode.UNSUPPORTED_FEATURE); // expression indexes are not kept here
        }
        KeyType keyType = KeyType.fromParticleType(particleType);
        if (keyType == KeyType.GEO2DSPHERE) {
            return Parsed.refused(ResultCode.UNSUPPORTED_FEATURE); // geo queries are not served
        }
        if (keyType == null || limit - p < 4) {
            return Parsed.refused(ResultCode.PARAMETER_ERROR);
        }
        int beginLength = Wire.readInt(buf, p);
        p += 4;
        if (beginLength < 0 || limit - p < beginLength) {
            return Parsed.refused(ResultCode.PARAMETER_ERROR);
        }
        IndexQuery unresolved;
        if (keyType == KeyType.NUMERIC) {
            if (beginLength != 8 || limit - p < 8 + 4 + 8 || Wire.readInt(buf, p + 8) != 8) {
                return Parsed.refused(ResultCode.PARAMETER_ERROR);
            }
            long from = Wire.readLong(buf, p);
            long to = Wire.readLong(buf, p + 12);
            if (from > to) {
                return Parsed.refused(ResultCode.PARAMETER_ERROR);
            }
            unresolved = new IndexQuery(null, null, from, to, null);
        } else {
            // The node ignores the end value of a string or blob filter: clients send it equal to the start.
            byte[] value = Arrays.copyOfRange(buf, p, p + beginLength);
            long bval = Wyhash.hash64(value, 0, value.length);
            unresolved = new IndexQuery(null, null, bval, bval, value);
        }
        SecondaryIndexes.Named named = find(msg, indexes, namespace, bin, keyType);
        IndexTree tree = named == null ? null : namespace.indexTree(named.index());
        if (tree == null) {
            return Parsed.refused(ResultCode.INDEX_NOTFOUND);
        }
        if (!hasBvalPerResumedPartition(msg)) {
            return Parsed.refused(ResultCode.PARAMETER_ERROR);
        }
        return new Parsed(new IndexQuery(named.index(), tree, unresolved.begin, unresolved.end, unresolved.bytes), 0);
    }

    /** The node wants a BVAL_ARRAY entry for each DIGEST_ARRAY entry of an index query. */
    private static boolean hasBvalPerResumedPartition(Message msg) {
        if (!msg.has(Wire.FIELD_DIGEST_ARRAY)) {
            return true;
        }
        return msg.has(FIELD_BVAL_ARRAY)
                && msg.fieldLength(FIELD_BVAL_ARRAY) % BVAL_SIZE == 0
                && msg.fieldLength(FIELD_BVAL_ARRAY) / BVAL_SIZE
                        == msg.fieldLength(Wire.FIELD_DIGEST_ARRAY) / Wire.DIGEST_SIZE;
    }

    private static SecondaryIndexes.Named find(
            Message msg, SecondaryIndexes indexes, Namespace namespace, String bin, KeyType keyType) {
        if (msg.has(Wire.FIELD_INDEX_NAME)) {
            return indexes.byName(namespace.name(), msg.fieldString(Wire.FIELD_INDEX_NAME));
        }
        CollectionType collectionType = CollectionType.DEFAULT;
        if (msg.has(FIELD_INDEX_TYPE)) {
            int type = msg.fieldLength(FIELD_INDEX_TYPE) == 1 ? msg.buf[msg.fieldOffset(FIELD_INDEX_TYPE)] & 0xFF : -1;
            if (type < 0 || type >= CollectionType.values().length) {
                return null;
            }
            collectionType = CollectionType.values()[type];
        }
        String set = msg.fieldString(Wire.FIELD_SET);
        String context = msg.has(Wire.FIELD_INDEX_CONTEXT)
                ? Base64.getEncoder().encodeToString(msg.fieldBytes(Wire.FIELD_INDEX_CONTEXT))
                : null;
        return indexes.byDefinition(new SecondaryIndex(
                namespace.name(), set == null || set.isEmpty() ? null : set, bin, keyType, collectionType, context));
    }

    /** The BVAL_ARRAY entry for the {@code i}-th resumed partition (little-endian, as the clients write it). */
    static long resumeBval(Message msg, int i) {
        int offset = msg.fieldOffset(FIELD_BVAL_ARRAY) + i * BVAL_SIZE;
        long value = 0;
        for (int b = BVAL_SIZE - 1; b >= 0; b--) {
            value = (value << 8) | (msg.buf[offset + b] & 0xFF);
        }
        return value;
    }

    static byte[] bvalField(long bval) {
        byte[] field = new byte[BVAL_SIZE];
        for (int b = 0; b < BVAL_SIZE; b++) {
            field[b] = (byte) (bval >>> (8 * b));
        }
        return field;
    }

    /**
     * The live records of {@code partition} in {@code set} (all sets when null) that match, in the
     * node's order; when {@code after} is given, only those after ({@code afterBval}, {@code after}).
     */
    List<Match> matches(
            Namespace.Partition partition, int pid, String set, long nowSeconds, Digest after, long afterBval) {
        NavigableSet<IndexTree.Entry> range = tree.partition(pid)
                .subSet(
                        new IndexTree.Entry(begin, IndexTree.LOWEST_DIGEST), true,
                        new IndexTree.Entry(end, IndexTree.HIGHEST_DIGEST), true);
        if (after != null && afterBval > end) {
            // Resumed past the range's end (the client reused its partition filter with a narrower
            // range): as the node, nothing of this partition is left to yield.
            return List.of();
        }
        if (after != null && afterBval >= begin) {
            // The node starts at the range's beginning when the resume point lies before it.
            range = range.tailSet(new IndexTree.Entry(afterBval, after), false);
        }
        List<Match> matches = new ArrayList<>();
        Set<Digest> seen = new HashSet<>();
        for (IndexTree.Entry entry : range) {
            if (seen.contains(entry.digest())) {
                continue; // a record's further values: it was selected at its smallest
            }
            StoredRecord record = partition.get(entry.digest());
            if (record == null
                    || record.isExpired(nowSeconds)
                    || (set != null && !set.equals(record.set()))
                    || !holds(record, entry.bval())) {
                continue;
            }
            seen.add(entry.digest());
            matches.add(new Match(entry.bval(), entry.digest(), record));
        }
        return matches;
    }

    /**
     * Whether the record (read without the partition's monitor, so maybe newer than the entry)
     * holds a matching value under that bval: for strings and blobs the bytes must be equal, as
     * different strings can share a hash.
     */
    private boolean holds(StoredRecord record, long bval) {
        Set<IndexedValues.Value> values = tree.valuesOf(record);
        if (bytes != null) {
            return values.contains(new IndexedValues.Value(bval, bytes));
        }
        for (IndexedValues.Value value : values) {
            if (value.bval() == bval) {
                return true;
            }
        }
        return false;
    }
}
