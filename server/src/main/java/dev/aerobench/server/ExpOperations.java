package dev.aerobench.server;

import dev.aerobench.server.Expression.InvalidExpression;
import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;

/**
 * Expression read and write operations ({@code ExpOperation.read} / {@code write}): the payload is
 * {@code [expression, flags]}; a read returns the expression's value under the operation's name, a
 * write stores it in the bin. The flags and result codes are the real server's
 * ({@code expop.c}): {@link #CREATE_ONLY}, {@link #UPDATE_ONLY}, {@link #ALLOW_DELETE},
 * {@link #POLICY_NO_FAIL}, {@link #EVAL_NO_FAIL}; an expression that evaluates to unknown answers
 * {@link ResultCode#OP_NOT_APPLICABLE} unless {@link #EVAL_NO_FAIL} is set.
 */
final class ExpOperations {

    static final int CREATE_ONLY = 1;
    static final int UPDATE_ONLY = 2;
    static final int ALLOW_DELETE = 4;
    static final int POLICY_NO_FAIL = 8;
    static final int EVAL_NO_FAIL = 16;

    private static final long READ_FLAGS = EVAL_NO_FAIL;
    private static final long WRITE_FLAGS = CREATE_ONLY | UPDATE_ONLY | ALLOW_DELETE | POLICY_NO_FAIL | EVAL_NO_FAIL;

    private ExpOperations() {}

    /**
     * Applies operation {@code op} of {@code msg} to {@code context}.
     *
     * @return {@link ResultCode#OK} or why the whole command fails
     */
    static int apply(Message msg, int op, OpContext context, boolean modify) {
        MList payload;
        Expression expression;
        long flags = 0;
        try {
            if (!(MsgCodec.unpack(msg.opValue(op)) instanceof MList list)
                    || list.items().isEmpty()
                    || list.items().size() > 2) {
                return ResultCode.PARAMETER_ERROR;
            }
            payload = list;
            if (payload.items().size() == 2 && payload.items().get(1) instanceof Int given) {
                flags = given.value();
            }
            if ((flags & ~(modify ? WRITE_FLAGS : READ_FLAGS)) != 0) {
                return ResultCode.PARAMETER_ERROR;
            }
            expression = Expression.of(payload.items().get(0));
        } catch (MsgFormatException malformed) {
            return ResultCode.PARAMETER_ERROR;
        } catch (InvalidExpression invalid) {
            return invalid.resultCode;
        }
        byte[] name = msg.opName(op);
        return modify ? write(expression, flags, name, context) : read(expression, flags, name, context);
    }

    private static ExpRecord view(OpContext context) {
        return new ExpRecord(context.bins, context.stored, context.digest, context.set, context.nowMillis);
    }

    private static int read(Expression expression, long flags, byte[] name, OpContext context) {
        MsgValue value = ExpEvaluator.evaluate(expression, view(context));
        if (value == ExpCalls.TOO_BIG) {
            return ResultCode.RECORD_TOO_BIG;
        }
        if (!isBinValue(value)) {
            return (flags & EVAL_NO_FAIL) != 0 ? ResultCode.OK : ResultCode.OP_NOT_APPLICABLE;
        }
        if (!(value instanceof MsgValue.Nil)) {
            context.response = new Bin(name, MsgCodec.particleType(value), MsgCodec.particleBytes(value));
        }
        return ResultCode.OK;
    }

    private static int write(Expression expression, long flags, byte[] name, OpContext context) {
        boolean exists = context.bin(name) != null;
        if (exists && (flags & CREATE_ONLY) != 0) {
            return (flags & POLICY_NO_FAIL) != 0 ? ResultCode.OK : ResultCode.BIN_EXISTS_ERROR;
        }
        if (!exists && (flags & UPDATE_ONLY) != 0) {
            return (flags & POLICY_NO_FAIL) != 0 ? ResultCode.OK : ResultCode.BIN_NOT_FOUND;
        }
        MsgValue value = ExpEvaluator.evaluate(expression, view(context));
        if (value == ExpCalls.TOO_BIG) {
            return ResultCode.RECORD_TOO_BIG;
        }
        boolean remove = value == ExpEvaluator.REMOVE || value instanceof MsgValue.Nil;
        if (!remove && !isBinValue(value)) {
            return (flags & EVAL_NO_FAIL) != 0 ? ResultCode.OK : ResultCode.OP_NOT_APPLICABLE;
        }
        if (remove) {
            if (exists && (flags & ALLOW_DELETE) == 0) {
                // The real server tests "flags && POLICY_NO_FAIL", so any flag at all lets this pass.
                return flags != 0 ? ResultCode.OK : ResultCode.OP_NOT_APPLICABLE;
            }
            context.put(new Bin(name, Wire.PARTICLE_NULL, PackedBins.EMPTY));
            return ResultCode.OK;
        }
        context.put(new Bin(name, MsgCodec.particleType(value), MsgCodec.particleBytes(value)));
        return ResultCode.OK;
    }

    /** Whether {@code value} is known and can be a bin (or nil, no bin). */
    private static boolean isBinValue(MsgValue value) {
        return value != null && value != ExpEvaluator.REMOVE && MsgCodec.particleType(value) >= 0;
    }
}
