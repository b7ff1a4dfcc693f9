package dev.aerobench.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Serves partition scans and queries: the partitions of PID_ARRAY whole, the partitions of
 * DIGEST_ARRAY from after the given digest, at most MAX_RECORDS records, then a LAST message.
 * Without a filter, records come in descending digest order within a partition; with a
 * secondary-index filter (INDEX_RANGE), the {@link IndexQuery} picks them in index order and each
 * record carries its BVAL_ARRAY field for resuming.
 */
final class ScanCommand {

    private final ServerState state;

    ScanCommand(ServerState state) {
        this.state = state;
    }

    /** Fields of secondary-index queries and aggregations, which this server does not serve. */
    private static final int[] SECONDARY_INDEX_FIELDS = {
        Wire.FIELD_INDEX_RANGE,
        Wire.FIELD_UDF_OP,
        Wire.FIELD_INDEX_NAME,
        Wire.FIELD_INDEX_EXPRESSION,
        Wire.FIELD_INDEX_CONTEXT
    };

    void execute(Message msg, ResponseWriter out, OutputStream socket) throws IOException, ProtocolException {
        Namespace namespace = state.namespace(msg.fieldString(Wire.FIELD_NAMESPACE));
        if (namespace == null) {
            MessageHandler.writeLast(out, ResultCode.INVALID_NAMESPACE);
            return;
        }
        IndexQuery indexQuery = null;
        if (msg.has(Wire.FIELD_INDEX_RANGE)
                && (msg.info2 & Wire.INFO2_WRITE) == 0
                && !MessageHandler.hasUnsupportedField(msg)) {
            IndexQuery.Parsed parsed = IndexQuery.parse(msg, state.indexes(), namespace);
            if (parsed.query() == null) {
                MessageHandler.writeLast(out, parsed.resultCode());
                return;
            }
            indexQuery = parsed.query();
        } else if ((msg.info2 & Wire.INFO2_WRITE) != 0
                || MessageHandler.hasUnsupportedField(msg)
                || msg.hasAnyField(SECONDARY_INDEX_FIELDS)) {
            // Aggregations and background jobs are not served.
            MessageHandler.writeLast(out, ResultCode.UNSUPPORTED_FEATURE);
            return;
        }
        for (int i = 0; i < msg.opCount(); i++) {
            if (msg.opType(i) != Wire.OP_READ) {
                MessageHandler.writeLast(out, ResultCode.PARAMETER_ERROR);
                return;
            }
        }
        Stream stream = new Stream(namespace, msg, out, socket, indexQuery);
        out.beginGroup(Wire.TYPE_MESSAGE);
        stream.partitions();
        stream.resumedPartitions();
        out.endGroup();
        MessageHandler.writeLast(out, ResultCode.OK);
    }

    /** One scan's progress: where records go and how many may still be sent. */
    private final class Stream {
        private final Namespace namespace;
        private final Message msg;
        private final ResponseWriter out;
        private final OutputStream socket;
        private final String set;
        private final byte[] namespaceName;
        private final boolean noBins;
        private final long nowSeconds = state.records().nowCitrusleafSeconds();
        private final IndexQuery indexQuery;
        private long remaining;

        Stream(Namespace namespace, Message msg, ResponseWriter out, OutputStream socket, IndexQuery indexQuery)
                throws ProtocolException {
            this.namespace = namespace;
            this.indexQuery = indexQuery;
            this.msg = msg;
            this.out = out;
            this.socket = socket;
            this.set = msg.fieldString(Wire.FIELD_SET);
            this.namespaceName = namespace.name().getBytes(StandardCharsets.UTF_8);
            this.noBins = (msg.info1 & Wire.INFO1_NOBINDATA) != 0;
            this.remaining = Long.MAX_VALUE;
            if (msg.has(Wire.FIELD_MAX_RECORDS)) {
                if (msg.fieldLength(Wire.FIELD_MAX_RECORDS) != 8) {
                    throw new ProtocolException("MAX_RECORDS field must hold 8 bytes");
                }
                long max = Wire.readLong(msg.buf, msg.fieldOffset(Wire.FIELD_MAX_RECORDS));
                remaining = max > 0 ? max : Long.MAX_VALUE;
            }
        }

        void partitions() throws IOException, ProtocolException {
            if (!msg.has(Wire.FIELD_PID_ARRAY)) {
                if (!msg.has(Wire.FIELD_DIGEST_ARRAY)) {
                    for (int pid = 0; pid < Wire.PARTITIONS && remaining > 0; pid++) {
                        partition(pid, null, 0);
                    }
                }
                return;
            }
            int offset = msg.fieldOffset(Wire.FIELD_PID_ARRAY);
            int length = msg.fieldLength(Wire.FIELD_PID_ARRAY);
            if (length % 2 != 0) {
                throw new ProtocolException("PID_ARRAY length " + length + " is not a multiple of 2");
            }
            for (int i = 0; i < length && remaining > 0; i += 2) {
                int pid = (msg.buf[offset + i] & 0xFF) | ((msg.buf[offset + i + 1] & 0xFF) << 8);
                if (pid >= Wire.PARTITIONS) {
                    throw new ProtocolException("partition id " + pid + " out of range");
                }
                partition(pid, null, 0);
            }
        }

        void resumedPartitions() throws IOException, ProtocolException {
            if (!msg.has(Wire.FIELD_DIGEST_ARRAY)) {
                return;
            }
            int offset = msg.fieldOffset(Wire.FIELD_DIGEST_ARRAY);
            int length = msg.fieldLength(Wire.FIELD_DIGEST_ARRAY);
            if (length % Wire.DIGEST_SIZE != 0) {
                throw new ProtocolException("DIGEST_ARRAY length " + length + " is not a multiple of 20");
            }
            for (int i = 0; i < length && remaining > 0; i += Wire.DIGEST_SIZE) {
                Digest after = Digest.read(msg.buf, offset + i);
                long afterBval = indexQuery == null ? 0 : IndexQuery.resumeBval(msg, i / Wire.DIGEST_SIZE);
                partition(after.partitionId(), after, afterBval);
            }
        }

        private void partition(int pid, Digest after, long afterBval) throws IOException {
            Namespace.Partition partition = namespace.partition(pid);
            if (indexQuery != null) {
                for (IndexQuery.Match match : indexQuery.matches(partition, pid, set, nowSeconds, after, afterBval)) {
                    writeRecord(match.digest(), match.record(), IndexQuery.bvalField(match.bval()));
                    if (--remaining == 0) {
                        return;
                    }
                }
                return;
            }
            for (Digest digest : partition.sortedDigestsAfter(after)) {
                StoredRecord record = partition.get(digest);
                if (record == null || record.isExpired(nowSeconds) || (set != null && !set.equals(record.set()))) {
                    continue;
                }
                writeRecord(digest, record, null);
                if (--remaining == 0) {
                    return;
                }
            }
        }

        /** Writes one record; {@code bval} (index queries only) goes in a BVAL_ARRAY field for resuming. */
        private void writeRecord(Digest digest, StoredRecord record, byte[] bval) throws IOException {
            boolean hasSet = !record.set().isEmpty();
            int fields = 2 + (hasSet ? 1 : 0) + (record.userKey() != null ? 1 : 0) + (bval != null ? 1 : 0);
            int header = out.position();
            out.messageHeader(0, ResultCode.OK, record.generation(), record.voidTime(), 0, fields, 0);
            out.digestField(digest);
            out.field(Wire.FIELD_NAMESPACE, namespaceName);
            if (hasSet) {
                out.field(Wire.FIELD_SET, record.set().getBytes(StandardCharsets.UTF_8));
            }
            if (record.userKey() != null) {
                out.field(Wire.FIELD_KEY, record.userKey());
            }
            if (bval != null) {
                out.field(IndexQuery.FIELD_BVAL_ARRAY, bval);
            }
            if (!noBins) {
                out.patchOpCount(header, writeBins(record));
            }
            out.flushGroupIfLarge(socket);
        }

        private int writeBins(StoredRecord record) {
            byte[] bins = record.bins();
            if (msg.opCount() == 0) {
                out.bytes(bins, 0, bins.length);
                return record.binCount();
            }
            int written = 0;
            for (int i = 0; i < msg.opCount(); i++) {
                int found = PackedBins.find(bins, msg.buf, msg.opNameOffset(i), msg.opNameLength(i));
                if (found >= 0) {
                    out.bytes(bins, found, PackedBins.opLength(bins, found));
                    written++;
                }
            }
            return written;
        }
    }
}
