package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;

/**
 * Bit operations on blob bins ({@code BitOperation} in the official clients), with the checks,
 * flags and result codes of the real server's {@code particle_blob.c}: the payload is
 * {@code [code, args...]}; modify codes 0-12 (resize, insert, remove, set, or, xor, and, not,
 * lshift, rshift, add, subtract, set-int), read codes 50-54 (get, count, lscan, rscan, get-int).
 */
final class BitOperations {

    static final int RESIZE = 0;
    static final int INSERT = 1;
    static final int REMOVE = 2;
    static final int SET = 3;
    static final int OR = 4;
    static final int XOR = 5;
    static final int AND = 6;
    static final int NOT = 7;
    static final int LSHIFT = 8;
    static final int RSHIFT = 9;
    static final int ADD = 10;
    static final int SUBTRACT = 11;
    static final int SET_INT = 12;
    static final int GET = 50;
    static final int COUNT = 51;
    static final int LSCAN = 52;
    static final int RSCAN = 53;
    static final int GET_INT = 54;

    static final int CREATE_ONLY = 1;
    static final int UPDATE_ONLY = 2;
    static final int NO_FAIL = 4;
    static final int PARTIAL = 8;

    static final int RESIZE_FROM_FRONT = 1;
    static final int RESIZE_GROW_ONLY = 2;
    static final int RESIZE_SHRINK_ONLY = 4;

    static final int INT_SIGNED = 1;
    static final int INT_SATURATE = 2;
    static final int INT_WRAP = 4;

    /** The real server's largest message, which bounds offsets and sizes. */
    static final long PROTO_SIZE_MAX = 128L * 1024 * 1024;

    private BitOperations() {}

    /**
     * Applies operation {@code op} of {@code msg} to {@code context}.
     *
     * @return {@link ResultCode#OK} or why the whole command fails
     */
    static int apply(Message msg, int op, OpContext context, boolean modify) {
        if (msg.opParticleType(op) != Wire.PARTICLE_BLOB) {
            return ResultCode.BIN_TYPE_ERROR;
        }
        MsgValue payload;
        try {
            payload = MsgCodec.unpack(msg.opValue(op));
        } catch (MsgFormatException malformed) {
            return ResultCode.PARAMETER_ERROR;
        }
        byte[] name = msg.opName(op);
        Bin bin = context.bin(name);
        if (!modify) {
            if (bin == null) {
                return ResultCode.OK; // a read of a missing bin returns nothing
            }
            CdtResult result = read(bin.particleType(), bin.value(), payload);
            if (result.ok()) {
                context.response = toBin(name, result.returned());
            }
            return result.resultCode();
        }
        CdtResult result = modify(bin == null ? -1 : bin.particleType(), bin == null ? null : bin.value(), payload);
        if (result.ok() && result.updated() != null) {
            context.put(toBin(name, result.updated()));
        }
        return result.resultCode();
    }

    private static Bin toBin(byte[] name, MsgValue value) {
        return new Bin(name, MsgCodec.particleType(value), MsgCodec.particleBytes(value));
    }

    /**
     * A modify operation on a bin of {@code particleType} holding {@code value} ({@code null}: no
     * bin); the updated value is a blob, or {@code null} when nothing changes.
     */
    static CdtResult modify(int particleType, byte[] value, MsgValue payload) {
        BitArguments args = BitArguments.parse(payload, false);
        if (args == null) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        boolean noFail = args.has(NO_FAIL);
        if (value != null) {
            if (args.has(CREATE_ONLY)) {
                return noFail ? unchanged() : CdtResult.error(ResultCode.BIN_EXISTS_ERROR);
            }
            if (particleType != Wire.PARTICLE_BLOB) {
                return CdtResult.error(ResultCode.BIN_TYPE_ERROR);
            }
        } else if ((args.code != INSERT && args.code != RESIZE) || args.has(UPDATE_ONLY)) {
            return noFail ? unchanged() : CdtResult.error(ResultCode.BIN_NOT_FOUND);
        }
        byte[] old = value == null ? new byte[0] : value;
        if (value == null && args.offset < 0) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        long offset = normalize(args.offset, old.length);
        if (offset < 0) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        return switch (args.code) {
            case RESIZE -> resize(old, args);
            case INSERT -> insert(old, offset / 8, args);
            case REMOVE -> remove(old, offset / 8, args);
            case ADD, SUBTRACT, SET_INT -> integer(old, offset, args);
            default -> overwrite(old, offset, args);
        };
    }

    /** A read operation on a bin of {@code particleType} holding {@code value}. */
    static CdtResult read(int particleType, byte[] value, MsgValue payload) {
        BitArguments args = BitArguments.parse(payload, true);
        if (args == null) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        if (particleType != Wire.PARTICLE_BLOB) {
            return CdtResult.error(ResultCode.BIN_TYPE_ERROR);
        }
        long offset = normalize(args.offset, value.length);
        if (offset < 0) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        long firstByte = offset / 8;
        long endByte = (offset + args.size + 7) / 8;
        if (endByte > value.length) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        MsgValue returned = switch (args.code) {
            case GET -> MsgValue.blob(BitField.extract(value, offset, args.size));
            case COUNT -> MsgValue.of(BitField.count(value, offset, args.size));
            case LSCAN -> MsgValue.of(leftScan(value, offset, args.size, endByte, args.value == 1));
            case RSCAN -> MsgValue.of(rightScan(value, offset, args.size, firstByte, args.value == 1));
            default -> MsgValue.of(getInt(value, offset, args));
        };
        return CdtResult.read(returned);
    }

    /** A negative offset counts from the end; -1 if it reaches before the start. */
    private static long normalize(long offset, int length) {
        if (offset >= 0) {
            return offset;
        }
        return -offset > length * 8L ? -1 : length * 8L + offset;
    }

    private static CdtResult unchanged() {
        return CdtResult.read(null);
    }

    private static CdtResult resize(byte[] old, BitArguments args) {
        int newSize = (int) (args.size / 8);
        if (newSize == old.length) {
            return unchanged();
        }
        boolean grow = newSize > old.length;
        if (grow ? args.hasSub(RESIZE_SHRINK_ONLY) : args.hasSub(RESIZE_GROW_ONLY)) {
            return args.has(NO_FAIL) ? unchanged() : CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        if (newSize > RecordCommands.MAX_RECORD_BYTES) {
            return CdtResult.error(ResultCode.RECORD_TOO_BIG);
        }
        byte[] resized = new byte[newSize];
        if (args.hasSub(RESIZE_FROM_FRONT)) {
            int kept = Math.min(newSize, old.length);
            System.arraycopy(old, old.length - kept, resized, newSize - kept, kept);
        } else {
            System.arraycopy(old, 0, resized, 0, Math.min(newSize, old.length));
        }
        return updated(resized);
    }

    private static CdtResult insert(byte[] old, long byteOffset, BitArguments args) {
        byte[] inserted = args.buffer;
        long newSize = Math.max(byteOffset, old.length) + inserted.length;
        if (newSize > RecordCommands.MAX_RECORD_BYTES) {
            return CdtResult.error(ResultCode.RECORD_TOO_BIG);
        }
        byte[] result = new byte[(int) newSize];
        int head = (int) Math.min(byteOffset, old.length);
        System.arraycopy(old, 0, result, 0, head);
        System.arraycopy(inserted, 0, result, (int) byteOffset, inserted.length);
        System.arraycopy(old, head, result, (int) byteOffset + inserted.length, old.length - head);
        return updated(result);
    }

    private static CdtResult remove(byte[] old, long byteOffset, BitArguments args) {
        boolean noFail = args.has(NO_FAIL);
        if (byteOffset >= old.length) {
            return noFail ? unchanged() : CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        long removed = args.size / 8;
        if (byteOffset + removed > old.length) {
            if (!args.has(PARTIAL)) {
                return noFail ? unchanged() : CdtResult.error(ResultCode.PARAMETER_ERROR);
            }
            removed = old.length - byteOffset;
        }
        byte[] result = new byte[(int) (old.length - removed)];
        System.arraycopy(old, 0, result, 0, (int) byteOffset);
        System.arraycopy(
                old, (int) (byteOffset + removed), result, (int) byteOffset, (int) (old.length - byteOffset - removed));
        return updated(result);
    }

    /** set, or, xor, and, not, lshift and rshift: change bits in place, with the partial flag. */
    private static CdtResult overwrite(byte[] old, long offset, BitArguments args) {
        boolean noFail = args.has(NO_FAIL);
        long firstByte = offset / 8;
        if (firstByte >= old.length) {
            return noFail ? unchanged() : CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        long size = args.size;
        if ((offset + size + 7) / 8 > old.length) {
            if (!args.has(PARTIAL)) {
                return noFail ? unchanged() : CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            size = old.length * 8L - offset;
        }
        byte[] result = old.clone();
        switch (args.code) {
            case SET -> {
                for (long i = 0; i < size; i++) {
                    BitField.set(result, offset + i, BitField.get(args.buffer, i));
                }
            }
            case OR, XOR, AND -> {
                for (long i = 0; i < size; i++) {
                    boolean a = BitField.get(result, offset + i);
                    boolean b = BitField.get(args.buffer, i);
                    boolean bit = args.code == OR ? a | b : args.code == XOR ? a ^ b : a & b;
                    BitField.set(result, offset + i, bit);
                }
            }
            case NOT -> {
                for (long i = 0; i < size; i++) {
                    BitField.set(result, offset + i, !BitField.get(result, offset + i));
                }
            }
            case LSHIFT -> BitField.shiftLeft(result, offset, size, args.value);
            default -> BitField.shiftRight(result, offset, size, args.value);
        }
        return updated(result);
    }

    /** add, subtract and set-int on an integer of 1-64 bits, with the overflow actions. */
    private static CdtResult integer(byte[] old, long offset, BitArguments args) {
        boolean noFail = args.has(NO_FAIL);
        if ((offset + args.size + 7) / 8 > old.length) {
            return noFail ? unchanged() : CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int bits = (int) args.size;
        long mask = -1L >>> (64 - bits);
        long load = BitField.readInt(old, offset, bits);
        long value = args.value & mask;
        Long result = switch (args.code) {
            case SET_INT -> value;
            case ADD -> IntegerArithmetic.add(bits, args.subflags, load, value);
            default -> IntegerArithmetic.subtract(bits, args.subflags, load, value);
        };
        if (result == null) {
            return noFail ? unchanged() : CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        byte[] updated = old.clone();
        BitField.writeInt(updated, offset, bits, result);
        return updated(updated);
    }

    private static CdtResult updated(byte[] blob) {
        return CdtResult.write(MsgValue.blob(blob), null);
    }

    private static long getInt(byte[] value, long offset, BitArguments args) {
        int bits = (int) args.size;
        long loaded = BitField.readInt(value, offset, bits);
        if ((args.subflags & INT_SIGNED) != 0) {
            int leading = 64 - bits;
            return (loaded << leading) >> leading;
        }
        return loaded;
    }

    /** The first bit equal to {@code wanted} from {@code offset}, relative to it, or -1. */
    private static long leftScan(byte[] value, long offset, long size, long endByte, boolean wanted) {
        for (long bit = offset; bit < endByte * 8; bit++) {
            if (BitField.get(value, bit) == wanted) {
                long found = bit - offset;
                return found >= size ? -1 : found;
            }
        }
        return -1;
    }

    /**
     * The last bit equal to {@code wanted} before {@code offset + size}, relative to {@code offset},
     * or -1. Like the real server, the search runs on to the start of the first byte, so a match
     * before {@code offset} in that byte answers a negative position.
     */
    private static long rightScan(byte[] value, long offset, long size, long firstByte, boolean wanted) {
        for (long bit = offset + size - 1; bit >= firstByte * 8; bit--) {
            if (BitField.get(value, bit) == wanted) {
                return bit - offset;
            }
        }
        return -1;
    }

    /** The overflow rules of the real server's bit add and subtract, on {@code bits}-bit integers. */
    private static final class IntegerArithmetic {

        /** The sum, or {@code null} when it overflows and the action is to fail. */
        static Long add(int bits, long subflags, long load, long value) {
            long mask = -1L >>> (64 - bits);
            long result = (load + value) & mask;
            if ((subflags & INT_WRAP) != 0) {
                return result;
            }
            boolean saturate = (subflags & INT_SATURATE) != 0;
            if ((subflags & INT_SIGNED) != 0) {
                return signedOverflow(bits, saturate, load, value, result);
            }
            if (Long.compareUnsigned(result, load) < 0) {
                return saturate ? mask : null;
            }
            return result;
        }

        static Long subtract(int bits, long subflags, long load, long value) {
            long mask = -1L >>> (64 - bits);
            long result = (load - value) & mask;
            if ((subflags & INT_WRAP) != 0) {
                return result;
            }
            boolean saturate = (subflags & INT_SATURATE) != 0;
            if ((subflags & INT_SIGNED) != 0) {
                return signedOverflow(bits, saturate, load, -value, result);
            }
            if (Long.compareUnsigned(result, load) > 0) {
                return saturate ? 0L : null;
            }
            return result;
        }

        /**
         * The server's signed check: operands of one sign and a result of the other (strictly, so
         * a sum that wraps to exactly zero passes unnoticed, as on the real node).
         */
        private static Long signedOverflow(int bits, boolean saturate, long load, long value, long result) {
            int leading = 64 - bits;
            long mask = -1L >>> leading;
            long signedResult = (result << leading) >> leading;
            long signedLoad = (load << leading) >> leading;
            long signedValue = (value << leading) >> leading;
            if (signedLoad < 0 && signedValue < 0 && signedResult > 0) {
                return saturate ? (mask >>> (bits - 1)) << (bits - 1) : null;
            }
            if (signedLoad > 0 && signedValue > 0 && signedResult < 0) {
                return saturate ? mask >>> 1 : null;
            }
            return result;
        }
    }
}
