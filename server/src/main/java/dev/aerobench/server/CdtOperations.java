package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.List;

/**
 * List and map (CDT) operations: decodes the operation's msgpack payload, {@code [code, args...]}
 * or, with a context, {@code [0xff, [ctx-type, ctx-value, ...], [code, args...]]}, and applies it
 * to the bin's value: codes below {@value #FIRST_MAP_CODE} are list operations
 * ({@link ListOperations}), the others map operations ({@link MapOperations}).
 */
final class CdtOperations {

    static final int FIRST_MAP_CODE = 64;
    static final int CONTEXT_CODE = 0xff;

    private CdtOperations() {}

    /** A decoded operation: its context pairs (empty for none), code and arguments. */
    record Call(List<MsgValue> context, int code, List<MsgValue> args) {}

    static int apply(Message msg, int op, OpContext context, boolean modify) {
        byte[] name = msg.opName(op);
        Bin bin = context.bin(name);
        if (bin == null && !modify) {
            return ResultCode.OK; // a real node reads nothing from a missing bin, whatever the call
        }
        Call call = parse(msg.opValue(op));
        if (call == null) {
            return ResultCode.PARAMETER_ERROR;
        }
        MsgValue current;
        try {
            current = bin == null ? null : MsgCodec.fromParticle(bin.particleType(), bin.value());
        } catch (MsgFormatException malformed) {
            return ResultCode.PARAMETER_ERROR;
        }
        if (bin != null && !(current instanceof MList) && !(current instanceof MMap)) {
            // With a context the node refuses the bin before it looks at the call.
            return call.context().isEmpty() ? ResultCode.BIN_TYPE_ERROR : ResultCode.PARAMETER_ERROR;
        }
        CdtResult result = call.context().isEmpty()
                ? apply(current, call.code(), call.args(), modify)
                : CdtContext.apply(current, call, modify);
        if (!result.ok()) {
            return result.resultCode();
        }
        if (result.updated() != null) {
            if (deeperThan(result.updated(), MsgCodec.MAX_DEPTH)) {
                return ResultCode.PARAMETER_ERROR; // it could not be read back
            }
            context.put(bin(name, result.updated()));
        }
        if (result.returned() != null) {
            context.response = bin(name, result.returned());
        }
        return ResultCode.OK;
    }

    /** Applies a list or map operation to {@code current} ({@code null}: the bin does not exist). */
    static CdtResult apply(MsgValue current, int code, List<MsgValue> args, boolean modify) {
        return code < FIRST_MAP_CODE
                ? ListOperations.apply(current, code, args, modify)
                : MapOperations.apply(current, code, args, modify);
    }

    /** The payload as a call, or {@code null} if it is not one. */
    static Call parse(byte[] payload) {
        MsgValue value;
        try {
            value = MsgCodec.unpack(payload);
        } catch (MsgFormatException malformed) {
            return null;
        }
        if (!(value instanceof MList list)
                || list.items().isEmpty()
                || !(list.items().get(0) instanceof Int code)) {
            return null;
        }
        if (code.value() != CONTEXT_CODE) {
            return new Call(
                    List.of(),
                    (int) code.value(),
                    list.items().subList(1, list.items().size()));
        }
        if (list.items().size() != 3
                || !(list.items().get(1) instanceof MList contextPairs)
                || !(list.items().get(2) instanceof MList inner)
                || contextPairs.items().isEmpty()
                || contextPairs.items().size() % 2 != 0
                || inner.items().isEmpty()
                || !(inner.items().get(0) instanceof Int innerCode)) {
            return null;
        }
        return new Call(
                contextPairs.items(),
                (int) innerCode.value(),
                inner.items().subList(1, inner.items().size()));
    }

    /** Whether {@code value} nests lists and maps more than {@code depth} levels deep. */
    static boolean deeperThan(MsgValue value, int depth) {
        if (depth < 0) {
            return true;
        }
        return switch (value) {
            case MList list -> list.items().stream().anyMatch(item -> deeperThan(item, depth - 1));
            case MMap map ->
                map.entries().stream()
                        .anyMatch(e -> deeperThan(e.key(), depth - 1) || deeperThan(e.value(), depth - 1));
            default -> false;
        };
    }

    private static Bin bin(byte[] name, MsgValue value) {
        return new Bin(name, MsgCodec.particleType(value), MsgCodec.particleBytes(value));
    }
}
