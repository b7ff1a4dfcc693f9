package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import java.util.List;

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
        BitArgs args = BitArgs.parse(payload, false);
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
        BitArgs args = BitArgs.parse(payload, true);
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

    private static CdtResult resize(byte[] old, BitArgs args) {
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

    private static CdtResult insert(byte[] old, long byteOffset, BitArgs args) {
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

    private static CdtResult remove(byte[] old, long byteOffset, BitArgs args) {
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
    private static CdtResult overwrite(byte[] old, long offset, BitArgs args) {
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
    private static CdtResult integer(byte[] old, long offset, BitArgs args) {
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

    private static long getInt(byte[] value, long offset, BitArgs args) {
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

    /**
     * The arguments of one bit operation, parsed and checked as the real server's op table says:
     * argument count, each argument's type and range, and the flags each operation allows.
     */
    private static final class BitArgs {
        int code;
        long offset;
        long size;
        long value;
        byte[] buffer;
        long flags;
        long subflags;

        boolean has(int flag) {
            return (flags & flag) != 0;
        }

        boolean hasSub(int flag) {
            return (subflags & flag) != 0;
        }

        /** The checked arguments, or {@code null} for a payload the real server answers 4. */
        static BitArgs parse(MsgValue payload, boolean read) {
            if (!(payload instanceof MList list)
                    || list.items().isEmpty()
                    || !(list.items().get(0) instanceof Int code)) {
                return null;
            }
            BitArgs args = new BitArgs();
            args.code = (int) code.value();
            List<MsgValue> rest = list.items().subList(1, list.items().size());
            Shape shape = Shape.of(args.code, read);
            if (shape == null || code.value() != args.code) {
                return null;
            }
            if (rest.size() < shape.minArgs || rest.size() > shape.kinds.length) {
                return null;
            }
            for (int i = 0; i < rest.size(); i++) {
                if (!args.accept(shape.kinds[i], rest.get(i), shape.allowedFlags)) {
                    return null;
                }
            }
            return args;
        }

        private boolean accept(Arg kind, MsgValue arg, int allowedFlags) {
            if (kind == Arg.BOOLEAN) {
                if (!(arg instanceof Bool bool)) {
                    return false;
                }
                value = bool.value() ? 1 : 0;
                return true;
            }
            if (kind == Arg.BUFFER) {
                if (!(arg instanceof Bytes bytes) || bytes.data().length <= 1) {
                    return false;
                }
                buffer = bytes.content();
                long bufferBits = buffer.length * 8L;
                if (size == 0) {
                    size = bufferBits;
                    return true;
                }
                return bufferBits >= size;
            }
            if (!(arg instanceof Int number)) {
                return false;
            }
            long n = number.value();
            return switch (kind) {
                case BYTE_OFFSET -> set(Math.abs(n) <= PROTO_SIZE_MAX, () -> offset = n * 8);
                case BIT_OFFSET -> set(Math.abs(n) <= PROTO_SIZE_MAX * 8, () -> offset = n);
                case BYTE_SIZE -> set(n != 0 && Long.compareUnsigned(n, PROTO_SIZE_MAX) <= 0, () -> size = n * 8);
                case BYTE_SIZE_OR_ZERO -> set(Long.compareUnsigned(n, PROTO_SIZE_MAX) <= 0, () -> size = n * 8);
                case BIT_SIZE -> set(n != 0 && Long.compareUnsigned(n, PROTO_SIZE_MAX * 8) <= 0, () -> size = n);
                case INT_SIZE -> set(n != 0 && Long.compareUnsigned(n, 64) <= 0, () -> size = n);
                case SHIFT -> set(Long.compareUnsigned(n, PROTO_SIZE_MAX * 8) <= 0, () -> value = n);
                case INT_VALUE -> set(true, () -> value = n);
                case FLAGS ->
                    set(
                            (n & ~allowedFlags) == 0 && !((n & CREATE_ONLY) != 0 && (n & UPDATE_ONLY) != 0),
                            () -> flags = n);
                case RESIZE_FLAGS ->
                    set(
                            (n & ~(RESIZE_FROM_FRONT | RESIZE_GROW_ONLY | RESIZE_SHRINK_ONLY)) == 0
                                    && (n & (RESIZE_GROW_ONLY | RESIZE_SHRINK_ONLY))
                                            != (RESIZE_GROW_ONLY | RESIZE_SHRINK_ONLY),
                            () -> subflags = n);
                case OVERFLOW_FLAGS ->
                    set(
                            (n & ~(INT_SIGNED | INT_SATURATE | INT_WRAP)) == 0
                                    && (n & (INT_SATURATE | INT_WRAP)) != (INT_SATURATE | INT_WRAP),
                            () -> subflags = n);
                case SIGNED_FLAG -> set((n & ~INT_SIGNED) == 0, () -> subflags = n);
                default -> false;
            };
        }

        private static boolean set(boolean valid, Runnable assign) {
            if (valid) {
                assign.run();
            }
            return valid;
        }
    }

    private enum Arg {
        BYTE_OFFSET,
        BIT_OFFSET,
        BYTE_SIZE,
        BYTE_SIZE_OR_ZERO,
        BIT_SIZE,
        INT_SIZE,
        SHIFT,
        INT_VALUE,
        BOOLEAN,
        BUFFER,
        FLAGS,
        RESIZE_FLAGS,
        OVERFLOW_FLAGS,
        SIGNED_FLAG
    }

    /** One operation's arguments in order, how many are required, and the write flags it allows. */
    private record Shape(int minArgs, int allowedFlags, Arg... kinds) {

        private static final int UPDATE_FLAGS = UPDATE_ONLY | NO_FAIL | PARTIAL;

        static Shape of(int code, boolean read) {
            if (read) {
                return switch (code) {
                    case GET, COUNT -> new Shape(2, 0, Arg.BIT_OFFSET, Arg.BIT_SIZE);
                    case LSCAN, RSCAN -> new Shape(3, 0, Arg.BIT_OFFSET, Arg.BIT_SIZE, Arg.BOOLEAN);
                    case GET_INT -> new Shape(2, 0, Arg.BIT_OFFSET, Arg.INT_SIZE, Arg.SIGNED_FLAG);
                    default -> null;
                };
            }
            return switch (code) {
                case RESIZE ->
                    new Shape(
                            1, CREATE_ONLY | UPDATE_ONLY | NO_FAIL, Arg.BYTE_SIZE_OR_ZERO, Arg.FLAGS, Arg.RESIZE_FLAGS);
                case INSERT ->
                    new Shape(2, CREATE_ONLY | UPDATE_ONLY | NO_FAIL, Arg.BYTE_OFFSET, Arg.BUFFER, Arg.FLAGS);
                case REMOVE -> new Shape(2, UPDATE_FLAGS, Arg.BYTE_OFFSET, Arg.BYTE_SIZE, Arg.FLAGS);
                case SET, OR, XOR, AND ->
                    new Shape(3, UPDATE_FLAGS, Arg.BIT_OFFSET, Arg.BIT_SIZE, Arg.BUFFER, Arg.FLAGS);
                case NOT -> new Shape(2, UPDATE_FLAGS, Arg.BIT_OFFSET, Arg.BIT_SIZE, Arg.FLAGS);
                case LSHIFT, RSHIFT -> new Shape(3, UPDATE_FLAGS, Arg.BIT_OFFSET, Arg.BIT_SIZE, Arg.SHIFT, Arg.FLAGS);
                case ADD, SUBTRACT ->
                    new Shape(
                            3,
                            UPDATE_ONLY | NO_FAIL,
                            Arg.BIT_OFFSET,
                            Arg.INT_SIZE,
                            Arg.INT_VALUE,
                            Arg.FLAGS,
                            Arg.OVERFLOW_FLAGS);
                case SET_INT ->
                    new Shape(3, UPDATE_ONLY | NO_FAIL, Arg.BIT_OFFSET, Arg.INT_SIZE, Arg.INT_VALUE, Arg.FLAGS);
                default -> null;
            };
        }
    }
}
