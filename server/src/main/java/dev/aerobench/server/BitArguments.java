package dev.aerobench.server;

import static dev.aerobench.server.BitOperations.*;

import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import java.util.List;

/**
 * The arguments of one bit operation, parsed and checked as the real server's op table says:
 * argument count, each argument's type and range, and the flags each operation allows.
 */
final class BitArguments {
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
    static BitArguments parse(MsgValue payload, boolean read) {
        if (!(payload instanceof MList list)
                || list.items().isEmpty()
                || !(list.items().get(0) instanceof Int code)) {
            return null;
        }
        BitArguments args = new BitArguments();
        args.code = (int) code.value();
        List<MsgValue> rest = list.items().subList(1, list.items().size());
        BitShape shape = BitShape.of(args.code, read);
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

    private boolean accept(BitArgument kind, MsgValue arg, int allowedFlags) {
        if (kind == BitArgument.BOOLEAN) {
            if (!(arg instanceof Bool bool)) {
                return false;
            }
            value = bool.value() ? 1 : 0;
            return true;
        }
        if (kind == BitArgument.BUFFER) {
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
                set((n & ~allowedFlags) == 0 && !((n & CREATE_ONLY) != 0 && (n & UPDATE_ONLY) != 0), () -> flags = n);
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

    private enum BitArgument {
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
    private record BitShape(int minArgs, int allowedFlags, BitArgument... kinds) {

        private static final int UPDATE_FLAGS = UPDATE_ONLY | NO_FAIL | PARTIAL;

        static BitShape of(int code, boolean read) {
            if (read) {
                return switch (code) {
                    case GET, COUNT -> new BitShape(2, 0, BitArgument.BIT_OFFSET, BitArgument.BIT_SIZE);
                    case LSCAN, RSCAN ->
                        new BitShape(3, 0, BitArgument.BIT_OFFSET, BitArgument.BIT_SIZE, BitArgument.BOOLEAN);
                    case GET_INT ->
                        new BitShape(2, 0, BitArgument.BIT_OFFSET, BitArgument.INT_SIZE, BitArgument.SIGNED_FLAG);
                    default -> null;
                };
            }
            return switch (code) {
                case RESIZE ->
                    new BitShape(
                            1,
                            CREATE_ONLY | UPDATE_ONLY | NO_FAIL,
                            BitArgument.BYTE_SIZE_OR_ZERO,
                            BitArgument.FLAGS,
                            BitArgument.RESIZE_FLAGS);
                case INSERT ->
                    new BitShape(
                            2,
                            CREATE_ONLY | UPDATE_ONLY | NO_FAIL,
                            BitArgument.BYTE_OFFSET,
                            BitArgument.BUFFER,
                            BitArgument.FLAGS);
                case REMOVE ->
                    new BitShape(2, UPDATE_FLAGS, BitArgument.BYTE_OFFSET, BitArgument.BYTE_SIZE, BitArgument.FLAGS);
                case SET, OR, XOR, AND ->
                    new BitShape(
                            3,
                            UPDATE_FLAGS,
                            BitArgument.BIT_OFFSET,
                            BitArgument.BIT_SIZE,
                            BitArgument.BUFFER,
                            BitArgument.FLAGS);
                case NOT ->
                    new BitShape(2, UPDATE_FLAGS, BitArgument.BIT_OFFSET, BitArgument.BIT_SIZE, BitArgument.FLAGS);
                case LSHIFT, RSHIFT ->
                    new BitShape(
                            3,
                            UPDATE_FLAGS,
                            BitArgument.BIT_OFFSET,
                            BitArgument.BIT_SIZE,
                            BitArgument.SHIFT,
                            BitArgument.FLAGS);
                case ADD, SUBTRACT ->
                    new BitShape(
                            3,
                            UPDATE_ONLY | NO_FAIL,
                            BitArgument.BIT_OFFSET,
                            BitArgument.INT_SIZE,
                            BitArgument.INT_VALUE,
                            BitArgument.FLAGS,
                            BitArgument.OVERFLOW_FLAGS);
                case SET_INT ->
                    new BitShape(
                            3,
                            UPDATE_ONLY | NO_FAIL,
                            BitArgument.BIT_OFFSET,
                            BitArgument.INT_SIZE,
                            BitArgument.INT_VALUE,
                            BitArgument.FLAGS);
                default -> null;
            };
        }
    }
}
