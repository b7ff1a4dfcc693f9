package dev.aerobench.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A parsed view of one AS_MSG request (or of one batch row): header values, and the offsets of its
 * fields and operations in the receive buffer. Nothing is copied; one instance is reused for every
 * message of a connection, so the buffer must not change while the message is being served.
 */
final class Message {

    private static final int MAX_FIELD_TYPE = 256;

    byte[] buf;
    int info1;
    int info2;
    int info3;
    int generation;
    int ttl;

    private final int[] fieldOffset = new int[MAX_FIELD_TYPE];
    private final int[] fieldLength = new int[MAX_FIELD_TYPE];
    private final int[] presentFields = new int[MAX_FIELD_TYPE];
    private int presentCount;

    private int[] opOffsets = new int[16];
    private int opCount;

    /** Parses an AS_MSG whose 22-byte header starts at {@code offset}; returns the end offset. */
    int parse(byte[] buffer, int offset, int limit) throws ProtocolException {
        if (limit - offset < Wire.MSG_HEADER_SIZE) {
            throw new ProtocolException("message shorter than its 22-byte header");
        }
        if ((buffer[offset] & 0xFF) != Wire.MSG_HEADER_SIZE) {
            throw new ProtocolException("message header size " + (buffer[offset] & 0xFF) + ", expected 22");
        }
        buf = buffer;
        info1 = buffer[offset + 1] & 0xFF;
        info2 = buffer[offset + 2] & 0xFF;
        info3 = buffer[offset + 3] & 0xFF;
        generation = Wire.readInt(buffer, offset + 6);
        ttl = Wire.readInt(buffer, offset + 10);
        int fields = Wire.readShort(buffer, offset + 18);
        int ops = Wire.readShort(buffer, offset + 20);
        return parseFieldsAndOps(buffer, offset + Wire.MSG_HEADER_SIZE, limit, fields, ops);
    }

    /** Parses {@code fields} fields followed by {@code ops} operations; returns the end offset. */
    int parseFieldsAndOps(byte[] buffer, int offset, int limit, int fields, int ops) throws ProtocolException {
        buf = buffer;
        clearFields();
        for (int i = 0; i < fields; i++) {
            if (limit - offset < 5) {
                throw new ProtocolException("field " + i + " is truncated");
            }
            int size = Wire.readInt(buffer, offset);
            int type = buffer[offset + 4] & 0xFF;
            if (type == Wire.FIELD_BATCH_INDEX && i == fields - 1 && size > limit - offset - 4) {
                // The clients size the batch field from the end of the message header, so a filter
                // expression written before it makes it claim that field's bytes too.
                size = limit - offset - 4;
            }
            if (size < 1 || size > limit - offset - 4) {
                throw new ProtocolException("field " + i + " has size " + size + " beyond the message");
            }
            if (fieldOffset[type] < 0) {
                presentFields[presentCount++] = type;
            }
            fieldOffset[type] = offset + 5;
            fieldLength[type] = size - 1;
            offset += 4 + size;
        }
        if (opOffsets.length < ops) {
            opOffsets = new int[Math.max(ops, opOffsets.length * 2)];
        }
        opCount = ops;
        for (int i = 0; i < ops; i++) {
            if (limit - offset < 8) {
                throw new ProtocolException("operation " + i + " is truncated");
            }
            int size = Wire.readInt(buffer, offset);
            int nameLength = buffer[offset + 7] & 0xFF;
            if (size < 4 + nameLength || size > limit - offset - 4) {
                throw new ProtocolException("operation " + i + " has size " + size + " beyond the message");
            }
            opOffsets[i] = offset;
            offset += 4 + size;
        }
        return offset;
    }

    Message() {
        Arrays.fill(fieldOffset, -1);
    }

    private void clearFields() {
        for (int i = 0; i < presentCount; i++) {
            fieldOffset[presentFields[i]] = -1;
        }
        presentCount = 0;
    }

    boolean has(int fieldType) {
        return fieldOffset[fieldType] >= 0;
    }

    int fieldOffset(int fieldType) {
        return fieldOffset[fieldType];
    }

    int fieldLength(int fieldType) {
        return fieldLength[fieldType];
    }

    String fieldString(int fieldType) {
        return has(fieldType)
                ? new String(buf, fieldOffset[fieldType], fieldLength[fieldType], StandardCharsets.UTF_8)
                : null;
    }

    byte[] fieldBytes(int fieldType) {
        int offset = fieldOffset[fieldType];
        return offset < 0 ? null : Arrays.copyOfRange(buf, offset, offset + fieldLength[fieldType]);
    }

    /** The first field type present that this server does not serve, or -1. */
    boolean hasAnyField(int[] types) {
        for (int type : types) {
            if (has(type)) {
                return true;
            }
        }
        return false;
    }

    int opCount() {
        return opCount;
    }

    int opType(int op) {
        return buf[opOffsets[op] + 4] & 0xFF;
    }

    int opParticleType(int op) {
        return buf[opOffsets[op] + 5] & 0xFF;
    }

    int opNameOffset(int op) {
        return opOffsets[op] + 8;
    }

    int opNameLength(int op) {
        return buf[opOffsets[op] + 7] & 0xFF;
    }

    /** Whether op's bin name is shorter than 16 bytes and free of NUL, the real server's {@code as_bin_name_check}. */
    boolean hasValidBinName(int op) {
        int length = opNameLength(op);
        if (length > RecordCommands.MAX_BIN_NAME_BYTES) {
            return false;
        }
        int offset = opNameOffset(op);
        for (int i = 0; i < length; i++) {
            if (buf[offset + i] == 0) {
                return false;
            }
        }
        return true;
    }

    int opValueOffset(int op) {
        return opNameOffset(op) + opNameLength(op);
    }

    int opValueLength(int op) {
        return Wire.readInt(buf, opOffsets[op]) - 4 - opNameLength(op);
    }

    byte[] opName(int op) {
        return Arrays.copyOfRange(buf, opNameOffset(op), opNameOffset(op) + opNameLength(op));
    }

    byte[] opValue(int op) {
        return Arrays.copyOfRange(buf, opValueOffset(op), opValueOffset(op) + opValueLength(op));
    }
}
