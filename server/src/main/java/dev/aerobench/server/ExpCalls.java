package dev.aerobench.server;

import dev.aerobench.server.Expression.Call;
import dev.aerobench.server.Expression.InvalidExpression;
import dev.aerobench.server.Expression.Node;
import dev.aerobench.server.Expression.SubBuilder;
import dev.aerobench.server.Expression.Type;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import java.util.ArrayList;
import java.util.List;

/**
 * The CALL expression ({@code ListExp}, {@code MapExp}, {@code BitExp}, {@code HLLExp}): a list,
 * map, bit or HLL operation applied to a value (usually a bin) inside an expression, read-only or
 * on a local copy ("modify local"). Its wire form is {@code [127, result-type, system,
 * [op-code, args...], value]}; an argument that is a list is a sub-expression, anything else a
 * literal. A failing operation makes the call's result unknown, as on the real server.
 */
final class ExpCalls {

    /**
     * What {@link #apply} answers when the call would build a value too big for any record (a list
     * padded past {@link ListWrites#MAX_PADDED_SIZE}): the evaluation stops with RECORD_TOO_BIG.
     */
    static final MsgValue TOO_BIG = new MsgValue.Ext(-2, new byte[0]);

    private static final int SELECT = 0xfe;

    private ExpCalls() {}

    static Node build(SubBuilder builder, List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 4
                || !(args.get(0) instanceof Int type)
                || !(args.get(1) instanceof Int system)
                || !(args.get(2) instanceof MList operation)) {
            throw new InvalidExpression("call needs a result type, a system, an operation and a value");
        }
        Type resultType = Type.ofCode(type.value());
        if (resultType == null) {
            throw new InvalidExpression("invalid call result type " + type.value());
        }
        if (operation.items().isEmpty() || !(operation.items().get(0) instanceof Int code)) {
            throw new InvalidExpression("a call's operation must start with its code");
        }
        MList context = null;
        List<MsgValue> items = operation.items();
        if (code.value() == CdtOperations.CONTEXT_CODE) {
            if (items.size() != 3
                    || !(items.get(1) instanceof MList contextPairs)
                    || !(items.get(2) instanceof MList inner)
                    || inner.items().isEmpty()
                    || !(inner.items().get(0) instanceof Int)) {
                throw new InvalidExpression("malformed call context");
            }
            context = contextPairs;
            items = inner.items();
        } else if (code.value() == SELECT) {
            throw new InvalidExpression("select expressions are not served", ResultCode.UNSUPPORTED_FEATURE);
        }
        List<Node> nodes = new ArrayList<>();
        Node value = builder.build(args.get(3));
        nodes.add(value);
        for (MsgValue item : items.subList(1, items.size())) {
            nodes.add(builder.build(item));
        }
        int systemType = (int) system.value();
        checkValueType(systemType & ~Expression.CALL_MODIFY_LOCAL, value.type());
        Call call = new Call(systemType, List.of(items.get(0)), nodes.subList(1, nodes.size()), context);
        return new Node(Expression.CALL, resultType, nodes, null, null, 0, call);
    }

    private static void checkValueType(int system, Type type) throws InvalidExpression {
        if (type == Type.NIL) {
            return;
        }
        boolean fits = switch (system) {
            case Expression.CALL_CDT -> type == Type.LIST || type == Type.MAP;
            case Expression.CALL_BITS -> type == Type.BLOB;
            case Expression.CALL_HLL -> type == Type.HLL;
            default -> throw new InvalidExpression("invalid call system " + system);
        };
        if (!fits) {
            throw new InvalidExpression("call value of type " + type + " does not fit system " + system);
        }
    }

    /**
     * Applies the call to {@code value} ({@code null} or nil: no value) with evaluated
     * {@code args}; the result (the changed value for modify-local calls), or {@code null} for
     * unknown.
     */
    static MsgValue apply(Call call, MsgValue value, List<MsgValue> args) {
        boolean modify = (call.system() & Expression.CALL_MODIFY_LOCAL) != 0;
        int code = (int) ((Int) call.head().get(0)).value();
        List<MsgValue> payload = new ArrayList<>(args.size() + 1);
        payload.add(call.head().get(0));
        payload.addAll(args);
        MsgValue current = value instanceof MsgValue.Nil ? null : value;
        CdtResult result = switch (call.system() & ~Expression.CALL_MODIFY_LOCAL) {
            case Expression.CALL_CDT -> cdt(call, current, code, args, modify);
            case Expression.CALL_BITS -> bits(current, MList.of(payload), modify);
            default -> hll(current, MList.of(payload), modify);
        };
        if (result != null && result.resultCode() == ResultCode.RECORD_TOO_BIG) {
            return TOO_BIG;
        }
        if (result == null || !result.ok()) {
            return null;
        }
        if (!modify) {
            return result.returned();
        }
        return result.updated() != null ? result.updated() : current;
    }

    private static CdtResult cdt(Call call, MsgValue current, int code, List<MsgValue> args, boolean modify) {
        if (current != null && !(current instanceof MList) && !(current instanceof MsgValue.MMap)) {
            return null;
        }
        if (call.context() == null) {
            return CdtOperations.apply(current, code, args, modify);
        }
        return CdtContext.apply(current, new CdtOperations.Call(call.context().items(), code, args), modify);
    }

    private static CdtResult bits(MsgValue current, MsgValue payload, boolean modify) {
        if (current == null) {
            return modify ? BitOperations.modify(-1, null, payload) : null;
        }
        if (!(current instanceof Bytes bytes)) {
            return null;
        }
        return modify
                ? BitOperations.modify(bytes.particleType(), bytes.content(), payload)
                : BitOperations.read(bytes.particleType(), bytes.content(), payload);
    }

    private static CdtResult hll(MsgValue current, MsgValue payload, boolean modify) {
        if (current == null) {
            return modify ? HllOperations.modify(-1, null, payload) : null;
        }
        if (!(current instanceof Bytes bytes)) {
            return null;
        }
        return modify
                ? HllOperations.modify(bytes.particleType(), bytes.content(), payload)
                : HllOperations.read(bytes.particleType(), bytes.content(), payload);
    }
}
