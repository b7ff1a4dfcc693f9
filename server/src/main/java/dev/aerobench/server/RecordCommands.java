package dev.aerobench.server;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The semantics of single-record commands (and of batch rows, which are the same commands):
 * reads, writes, deletes, touches and operate, with generation checks, record-exists actions and
 * TTLs as an Aerospike 8 server applies them. Each call writes exactly one response message.
 */
final class RecordCommands {

    /** Largest record the server stores: a real node's {@code max-record-size} default, 1 MiB. */
    static final int MAX_RECORD_BYTES = 1024 * 1024;
    /** Longest bin name the real server accepts, in bytes. */
    static final int MAX_BIN_NAME_BYTES = 15;
    /** Bytes a real server adds to a record's size besides bins, key and set. */
    private static final int RECORD_OVERHEAD_BYTES = 35;

    static final int TTL_NEVER_EXPIRE = -1;
    static final int TTL_DONT_UPDATE = -2;
    private static final int TTL_NAMESPACE_DEFAULT = 0;

    private final Clock clock;
    private final Edition edition;

    RecordCommands(Clock clock, Edition edition) {
        this.clock = clock;
        this.edition = edition;
    }

    /** Seconds since the Aerospike epoch (2010-01-01) by this server's clock. */
    long nowCitrusleafSeconds() {
        return clock.millis() / 1000 - Wire.CITRUSLEAF_EPOCH_SECONDS;
    }

    long nowMillis() {
        return clock.millis();
    }

    void execute(Namespace namespace, Digest digest, Message msg, ResponseWriter out, int batchIndex) {
        execute(namespace, digest, msg, out, batchIndex, null);
    }

    /** Executes {@code msg}; {@code batchFilter} is a batch's filter expression for rows without their own. */
    void execute(
            Namespace namespace,
            Digest digest,
            Message msg,
            ResponseWriter out,
            int batchIndex,
            Expression batchFilter) {
        if ((msg.info2 & Wire.INFO2_WRITE) != 0) {
            write(namespace, digest, msg, out, batchIndex, batchFilter);
        } else {
            read(namespace, digest, msg, out, batchIndex, batchFilter);
        }
    }

    static void error(ResponseWriter out, int resultCode, int batchIndex) {
        out.messageHeader(0, resultCode, 0, 0, batchIndex, 0, 0);
    }

    private void read(
            Namespace namespace,
            Digest digest,
            Message msg,
            ResponseWriter out,
            int batchIndex,
            Expression batchFilter) {
        int unsupported = checkReadOps(msg);
        if (unsupported != ResultCode.OK) {
            error(out, unsupported, batchIndex);
            return;
        }
        StoredRecord record = namespace.partitionOf(digest).get(digest);
        if (record == null || record.isExpired(nowCitrusleafSeconds())) {
            error(out, ResultCode.KEY_NOT_FOUND, batchIndex);
            return;
        }
        int filtered = FilterExpression.check(msg, batchFilter, record, digest, nowMillis());
        if (filtered != ResultCode.OK) {
            error(out, filtered, batchIndex);
            return;
        }
        if ((msg.info1 & Wire.INFO1_NOBINDATA) == 0 && msg.opCount() > WriteRequestCheck.MAX_OPS) {
            // As the node: checked once the record is found, unless only its metadata is read.
            error(out, ResultCode.PARAMETER_ERROR, batchIndex);
            return;
        }
        if (hasComplexOps(msg)) {
            operateRead(namespace, digest, record, msg, out, batchIndex);
            return;
        }
        if ((msg.info1 & Wire.INFO1_NOBINDATA) != 0) {
            out.messageHeader(0, ResultCode.OK, record.generation(), record.voidTime(), batchIndex, 0, 0);
        } else if ((msg.info1 & Wire.INFO1_GET_ALL) != 0 || msg.opCount() == 0) {
            out.messageHeader(
                    0, ResultCode.OK, record.generation(), record.voidTime(), batchIndex, 0, record.binCount());
            out.bytes(record.bins(), 0, record.bins().length);
        } else if (hasInvalidBinName(msg)) {
            error(out, ResultCode.BIN_NAME_TOO_LONG, batchIndex);
        } else {
            int header = out.position();
            out.messageHeader(0, ResultCode.OK, record.generation(), record.voidTime(), batchIndex, 0, 0);
            out.patchOpCount(header, writeSelectedBins(record, msg, out));
        }
    }

    private static boolean hasInvalidBinName(Message msg) {
        for (int i = 0; i < msg.opCount(); i++) {
            if (!msg.hasValidBinName(i)) {
                return true;
            }
        }
        return false;
    }

    private static int checkReadOps(Message msg) {
        for (int i = 0; i < msg.opCount(); i++) {
            int type = msg.opType(i);
            if (type != Wire.OP_READ && !ComplexOperations.handles(type)) {
                return ResultCode.PARAMETER_ERROR;
            }
        }
        return ResultCode.OK;
    }

    private static boolean hasComplexOps(Message msg) {
        for (int i = 0; i < msg.opCount(); i++) {
            if (ComplexOperations.handles(msg.opType(i))) {
                return true;
            }
        }
        return false;
    }

    /** A read-only operate with list, map, bit, HLL or expression operations: applied in order, nothing stored. */
    private void operateRead(
            Namespace namespace, Digest digest, StoredRecord record, Message msg, ResponseWriter out, int batchIndex) {
        WriteResult result = new WriteResult(PackedBins.unpack(record.bins()));
        result.resultCode = applyOps(result, record, digest, record.set(), msg, false);
        if (result.resultCode != ResultCode.OK) {
            error(out, result.resultCode, batchIndex);
            return;
        }
        out.messageHeader(
                0, ResultCode.OK, record.generation(), record.voidTime(), batchIndex, 0, result.responses.size());
        for (Bin bin : result.responses) {
            out.op(bin.particleType(), bin.name(), 0, bin.name().length, bin.value(), 0, bin.value().length);
        }
    }

    private static int writeSelectedBins(StoredRecord record, Message msg, ResponseWriter out) {
        boolean respondAll = (msg.info2 & Wire.INFO2_RESPOND_ALL_OPS) != 0;
        byte[] bins = record.bins();
        int written = 0;
        // Only GET_ALL (served before this) reads every bin: a nameless READ op is a header read.
        for (int i = 0; i < msg.opCount(); i++) {
            int nameLength = msg.opNameLength(i);
            int found = PackedBins.find(bins, msg.buf, msg.opNameOffset(i), nameLength);
            if (found >= 0) {
                out.bytes(bins, found, PackedBins.opLength(bins, found));
                written++;
            } else if (respondAll) {
                out.op(Wire.PARTICLE_NULL, msg.buf, msg.opNameOffset(i), nameLength, bins, 0, 0);
                written++;
            }
        }
        return written;
    }

    private void write(
            Namespace namespace,
            Digest digest,
            Message msg,
            ResponseWriter out,
            int batchIndex,
            Expression batchFilter) {
        int refused = WriteRequestCheck.check(msg, edition);
        if (refused != ResultCode.OK) {
            error(out, refused, batchIndex);
            return;
        }
        Namespace.Partition partition = namespace.partitionOf(digest);
        synchronized (partition) {
            StoredRecord existing = partition.get(digest);
            if (existing != null && existing.isExpired(nowCitrusleafSeconds())) {
                partition.remove(digest);
                existing = null;
            }
            int filtered = existing == null
                    ? ResultCode.OK
                    : FilterExpression.check(msg, batchFilter, existing, digest, nowMillis());
            if (filtered != ResultCode.OK) {
                error(out, filtered, batchIndex);
                return;
            }
            int precondition = WriteRequestCheck.checkAgainst(existing, msg);
            if (precondition != ResultCode.OK) {
                error(out, precondition, batchIndex);
                return;
            }
            if ((msg.info2 & Wire.INFO2_DELETE) != 0) {
                partition.remove(digest);
                error(out, ResultCode.OK, batchIndex);
                return;
            }
            boolean replace = (msg.info3 & (Wire.INFO3_CREATE_OR_REPLACE | Wire.INFO3_REPLACE_ONLY)) != 0;
            WriteResult result = new WriteResult(
                    existing == null || replace ? new ArrayList<>() : PackedBins.unpack(existing.bins()));
            String set = existing != null
                    ? existing.set()
                    : namespace.internSet(msg.has(Wire.FIELD_SET) ? msg.fieldString(Wire.FIELD_SET) : "");
            result.resultCode = applyOps(result, existing, digest, set, msg, true);
            if (result.resultCode != ResultCode.OK) {
                error(out, result.resultCode, batchIndex);
                return;
            }
            commit(namespace, partition, digest, existing, msg, result, out, batchIndex);
        }
    }

    /** Applies the command's operations in order to {@code result.bins}; the result code. */
    private int applyOps(
            WriteResult result, StoredRecord existing, Digest digest, String set, Message msg, boolean writable) {
        boolean respondAll = (msg.info2 & Wire.INFO2_RESPOND_ALL_OPS) != 0;
        OpContext context = new OpContext(result.bins, existing, digest, set, nowCitrusleafSeconds(), writable);
        context.nowMillis = nowMillis();
        for (int i = 0; i < msg.opCount(); i++) {
            int type = msg.opType(i);
            int code;
            Bin response = null;
            if (type == Wire.OP_READ) {
                result.readInto(msg, i, respondAll);
                continue;
            } else if (ComplexOperations.handles(type)) {
                context.response = null;
                code = ComplexOperations.apply(type, msg, i, context);
                response = context.response;
            } else {
                code = BinOperations.apply(type, msg, i, result.bins, existing != null);
            }
            if (code != ResultCode.OK) {
                return code;
            }
            if (response != null) {
                result.responses.add(response);
            } else if (respondAll) {
                result.responses.add(new Bin(msg.opName(i), Wire.PARTICLE_NULL, PackedBins.EMPTY));
            }
        }
        return ResultCode.OK;
    }

    private void commit(
            Namespace namespace,
            Namespace.Partition partition,
            Digest digest,
            StoredRecord existing,
            Message msg,
            WriteResult result,
            ResponseWriter out,
            int batchIndex) {
        if (result.bins.isEmpty() && existing == null) {
            // Nothing to delete and nothing to create: a real server answers "not found".
            error(out, ResultCode.KEY_NOT_FOUND, batchIndex);
            return;
        }
        if (result.bins.isEmpty() && (msg.info2 & Wire.INFO2_DURABLE_DELETE) != 0 && edition == Edition.COMMUNITY) {
            error(out, ResultCode.ENTERPRISE_ONLY, batchIndex);
            return;
        }
        byte[] packed = PackedBins.pack(result.bins);
        byte[] userKey =
                msg.has(Wire.FIELD_KEY) ? msg.fieldBytes(Wire.FIELD_KEY) : existing == null ? null : existing.userKey();
        String set = existing != null
                ? existing.set()
                : namespace.internSet(msg.has(Wire.FIELD_SET) ? msg.fieldString(Wire.FIELD_SET) : "");
        long size = RECORD_OVERHEAD_BYTES + packed.length + (userKey == null ? 0 : userKey.length) + set.length();
        if (size > MAX_RECORD_BYTES) {
            error(out, ResultCode.RECORD_TOO_BIG, batchIndex);
            return;
        }
        int voidTime = voidTime(msg.ttl, existing, namespace.defaultTtlSeconds());
        int generation = existing == null ? 1 : nextGeneration(existing.generation());
        if (result.bins.isEmpty()) {
            // A record left without bins does not exist; a real server answers such a write
            // without metadata.
            partition.remove(digest);
            generation = 0;
            voidTime = 0;
        } else {
            partition.put(
                    digest,
                    new StoredRecord(set, userKey, packed, result.bins.size(), generation, voidTime, nowMillis()));
        }
        out.messageHeader(0, ResultCode.OK, generation, voidTime, batchIndex, 0, result.responses.size());
        for (Bin bin : result.responses) {
            out.op(bin.particleType(), bin.name(), 0, bin.name().length, bin.value(), 0, bin.value().length);
        }
    }

    private int voidTime(int ttl, StoredRecord existing, long defaultTtlSeconds) {
        long now = nowCitrusleafSeconds();
        return switch (ttl) {
            case TTL_NEVER_EXPIRE -> 0;
            case TTL_DONT_UPDATE -> existing != null ? existing.voidTime() : expiry(now, defaultTtlSeconds);
            case TTL_NAMESPACE_DEFAULT -> expiry(now, defaultTtlSeconds);
            default -> expiry(now, ttl);
        };
    }

    private static int expiry(long now, long ttlSeconds) {
        return ttlSeconds == 0 ? 0 : (int) (now + ttlSeconds);
    }

    private static int nextGeneration(int generation) {
        int next = generation + 1;
        return next > 0xFFFF ? 1 : next; // a real server keeps 16 bits of generation
    }

    /** The bins a write is building, the entries its response carries, and its result code. */
    private static final class WriteResult {
        final List<Bin> bins;
        final List<Bin> responses = new ArrayList<>();
        int resultCode = ResultCode.OK;

        WriteResult(List<Bin> bins) {
            this.bins = bins;
        }

        void readInto(Message msg, int op, boolean respondAll) {
            if (msg.opNameLength(op) == 0 && (msg.info1 & Wire.INFO1_GET_ALL) != 0) {
                responses.addAll(bins);
                return;
            }
            byte[] name = msg.opName(op);
            for (Bin bin : bins) {
                if (bin.hasName(name)) {
                    responses.add(bin);
                    return;
                }
            }
            if (respondAll) {
                responses.add(new Bin(name, Wire.PARTICLE_NULL, PackedBins.EMPTY));
            }
        }
    }
}
