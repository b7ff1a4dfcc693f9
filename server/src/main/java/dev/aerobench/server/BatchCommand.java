package dev.aerobench.server;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Serves a batch: one BATCH_INDEX field holding rows in either the "batch-any" format (always used
 * for writes, and for reads when the server advertises {@code batch-any}) or the legacy read
 * format. Each row is a single-record command; its response carries the row's index, and a LAST
 * message in a group of its own ends the stream.
 */
final class BatchCommand {

    private static final int ROW_PREFIX = 4 + Wire.DIGEST_SIZE + 1;

    private final ServerState state;
    private final Message row = new Message();

    BatchCommand(ServerState state) {
        this.state = state;
    }

    void execute(Message msg, ResponseWriter out, OutputStream socket) throws IOException, ProtocolException {
        int offset = msg.fieldOffset(Wire.FIELD_BATCH_INDEX);
        int end = offset + msg.fieldLength(Wire.FIELD_BATCH_INDEX);
        if (end - offset < 5) {
            throw new ProtocolException("batch field shorter than its count and flags");
        }
        Expression filter;
        try {
            filter = FilterExpression.of(msg);
        } catch (Expression.InvalidExpression invalid) {
            MessageHandler.writeLast(out, invalid.resultCode);
            return;
        }
        int count = Wire.readInt(msg.buf, offset);
        boolean anyFormat = (msg.buf[offset + 4] & Wire.BATCH_FLAGS_ANY_FORMAT) != 0;
        offset += 5;
        out.beginGroup(Wire.TYPE_MESSAGE);
        Namespace namespace = null;
        for (int i = 0; i < count; i++) {
            if (end - offset < ROW_PREFIX) {
                throw new ProtocolException("batch row " + i + " of " + count + " is truncated");
            }
            int index = Wire.readInt(msg.buf, offset);
            Digest digest = Digest.read(msg.buf, offset + 4);
            int rowType = msg.buf[offset + 24] & 0xFF;
            offset += ROW_PREFIX;
            if (rowType != Wire.BATCH_ROW_REPEAT) {
                offset = anyFormat ? parseAnyRow(msg.buf, offset, end, rowType) : parseLegacyRow(msg, offset, end);
                namespace = state.namespace(row.fieldString(Wire.FIELD_NAMESPACE));
            } else if (i == 0) {
                throw new ProtocolException("the first batch row repeats a row that does not exist");
            }
            executeRow(namespace, digest, index, out, filter);
            out.flushGroupIfLarge(socket);
        }
        out.endGroup();
        MessageHandler.writeLast(out, ResultCode.OK);
    }

    private void executeRow(Namespace namespace, Digest digest, int index, ResponseWriter out, Expression filter) {
        if (namespace == null) {
            RecordCommands.error(out, ResultCode.INVALID_NAMESPACE, index);
        } else if (MessageHandler.hasUnsupportedField(row)) {
            RecordCommands.error(out, ResultCode.UNSUPPORTED_FEATURE, index);
        } else {
            state.records().execute(namespace, digest, row, out, index, filter);
        }
    }

    private int parseAnyRow(byte[] buf, int offset, int end, int rowType) throws ProtocolException {
        int attributes = 0;
        attributes += (rowType & Wire.BATCH_ROW_INFO) != 0 ? 3 : 0;
        attributes += (rowType & Wire.BATCH_ROW_INFO4) != 0 ? 1 : 0;
        attributes += (rowType & Wire.BATCH_ROW_GEN) != 0 ? 2 : 0;
        attributes += (rowType & Wire.BATCH_ROW_TTL) != 0 ? 4 : 0;
        if (end - offset < attributes + 4) {
            throw new ProtocolException("batch row attributes are truncated");
        }
        row.info1 = 0;
        row.info2 = 0;
        row.info3 = 0;
        row.generation = 0;
        row.ttl = 0;
        if ((rowType & Wire.BATCH_ROW_INFO) != 0) {
            row.info1 = buf[offset] & 0xFF;
            row.info2 = buf[offset + 1] & 0xFF;
            row.info3 = buf[offset + 2] & 0xFF;
            offset += 3;
        }
        if ((rowType & Wire.BATCH_ROW_INFO4) != 0) {
            offset += 1; // transaction flags: transactions are not served, their fields are refused below
        }
        if ((rowType & Wire.BATCH_ROW_GEN) != 0) {
            row.generation = Wire.readShort(buf, offset);
            offset += 2;
        }
        if ((rowType & Wire.BATCH_ROW_TTL) != 0) {
            row.ttl = Wire.readInt(buf, offset);
            offset += 4;
        }
        int fields = Wire.readShort(buf, offset);
        int ops = Wire.readShort(buf, offset + 2);
        return row.parseFieldsAndOps(buf, offset + 4, end, fields, ops);
    }

    private int parseLegacyRow(Message msg, int offset, int end) throws ProtocolException {
        if (end - offset < 5) {
            throw new ProtocolException("legacy batch row is truncated");
        }
        byte[] buf = msg.buf;
        row.info1 = buf[offset] & 0xFF;
        row.info2 = 0;
        row.info3 = 0;
        row.generation = 0;
        row.ttl = 0;
        int fields = Wire.readShort(buf, offset + 1);
        int ops = Wire.readShort(buf, offset + 3);
        return row.parseFieldsAndOps(buf, offset + 5, end, fields, ops);
    }
}
