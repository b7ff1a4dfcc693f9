package dev.aerobench.server;

/** Numbers of the Aerospike wire protocol: proto types, header flags, field, op and particle ids. */
final class Wire {

    static final int PROTO_VERSION = 2;
    static final int PROTO_HEADER_SIZE = 8;
    static final int TYPE_INFO = 1;
    static final int TYPE_ADMIN = 2;
    static final int TYPE_MESSAGE = 3;
    static final int TYPE_COMPRESSED = 4;

    static final int MSG_HEADER_SIZE = 22;

    static final int INFO1_GET_ALL = 0x02;
    static final int INFO1_NOBINDATA = 0x20;

    static final int INFO2_WRITE = 0x01;
    static final int INFO2_DELETE = 0x02;
    static final int INFO2_GENERATION = 0x04;
    static final int INFO2_GENERATION_GT = 0x08;
    static final int INFO2_DURABLE_DELETE = 0x10;
    static final int INFO2_CREATE_ONLY = 0x20;
    static final int INFO2_RESPOND_ALL_OPS = 0x80;

    static final int INFO3_LAST = 0x01;
    static final int INFO3_UPDATE_ONLY = 0x08;
    static final int INFO3_CREATE_OR_REPLACE = 0x10;
    static final int INFO3_REPLACE_ONLY = 0x20;

    static final int FIELD_NAMESPACE = 0;
    static final int FIELD_SET = 1;
    static final int FIELD_KEY = 2;
    static final int FIELD_RECORD_VERSION = 3;
    static final int FIELD_DIGEST = 4;
    static final int FIELD_TXN_ID = 5;
    static final int FIELD_TXN_DEADLINE = 6;
    static final int FIELD_PID_ARRAY = 11;
    static final int FIELD_DIGEST_ARRAY = 12;
    static final int FIELD_MAX_RECORDS = 13;
    static final int FIELD_INDEX_NAME = 21;
    static final int FIELD_INDEX_RANGE = 22;
    static final int FIELD_INDEX_CONTEXT = 23;
    static final int FIELD_INDEX_EXPRESSION = 24;
    static final int FIELD_UDF_PACKAGE_NAME = 30;
    static final int FIELD_UDF_FUNCTION = 31;
    static final int FIELD_UDF_ARGLIST = 32;
    static final int FIELD_UDF_OP = 33;
    static final int FIELD_BATCH_INDEX = 41;
    static final int FIELD_FILTER_EXP = 43;

    static final int OP_READ = 1;
    static final int OP_WRITE = 2;
    static final int OP_CDT_READ = 3;
    static final int OP_CDT_MODIFY = 4;
    static final int OP_ADD = 5;
    static final int OP_EXP_READ = 7;
    static final int OP_EXP_MODIFY = 8;
    static final int OP_APPEND = 9;
    static final int OP_PREPEND = 10;
    static final int OP_TOUCH = 11;
    static final int OP_BIT_READ = 12;
    static final int OP_BIT_MODIFY = 13;
    static final int OP_DELETE = 14;
    static final int OP_HLL_READ = 15;
    static final int OP_HLL_MODIFY = 16;

    static final int PARTICLE_NULL = 0;
    static final int PARTICLE_INTEGER = 1;
    static final int PARTICLE_DOUBLE = 2;
    static final int PARTICLE_STRING = 3;
    static final int PARTICLE_BLOB = 4;

    static final int PARTITIONS = 4096;
    static final int DIGEST_SIZE = 20;

    /** Aerospike's epoch for void times: 2010-01-01T00:00:00Z, in Unix seconds. */
    static final long CITRUSLEAF_EPOCH_SECONDS = 1_262_304_000L;

    static final int BATCH_ROW_REPEAT = 0x01;
    static final int BATCH_ROW_INFO = 0x02;
    static final int BATCH_ROW_GEN = 0x04;
    static final int BATCH_ROW_TTL = 0x08;
    static final int BATCH_ROW_INFO4 = 0x10;
    /** Set in the flags byte of every "batch-any" BATCH_INDEX field, never in the legacy one. */
    static final int BATCH_FLAGS_ANY_FORMAT = 0x08;

    private Wire() {}

    static int readInt(byte[] buf, int offset) {
        return ((buf[offset] & 0xFF) << 24)
                | ((buf[offset + 1] & 0xFF) << 16)
                | ((buf[offset + 2] & 0xFF) << 8)
                | (buf[offset + 3] & 0xFF);
    }

    static int readShort(byte[] buf, int offset) {
        return ((buf[offset] & 0xFF) << 8) | (buf[offset + 1] & 0xFF);
    }

    static long readLong(byte[] buf, int offset) {
        return ((long) readInt(buf, offset) << 32) | (readInt(buf, offset + 4) & 0xFFFF_FFFFL);
    }

    static void writeInt(byte[] buf, int offset, int value) {
        buf[offset] = (byte) (value >>> 24);
        buf[offset + 1] = (byte) (value >>> 16);
        buf[offset + 2] = (byte) (value >>> 8);
        buf[offset + 3] = (byte) value;
    }

    static void writeShort(byte[] buf, int offset, int value) {
        buf[offset] = (byte) (value >>> 8);
        buf[offset + 1] = (byte) value;
    }

    static void writeLong(byte[] buf, int offset, long value) {
        writeInt(buf, offset, (int) (value >>> 32));
        writeInt(buf, offset + 4, (int) value);
    }
}
