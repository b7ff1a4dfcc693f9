package dev.aerobench.server;

import dev.aerobench.server.Expression.Node;
import dev.aerobench.server.Expression.Type;
import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs an {@link Expression} against one record as the real server's {@code exp.c} does: a missing
 * bin, a bin of another type, integer division by zero or a failing call make a value
 * <em>unknown</em> ({@code null} here), which spreads through comparisons and arithmetic; {@code and}
 * is false if any argument is false and {@code or} true if any is true, whatever else is unknown.
 */
final class ExpEvaluator {

    /** What {@code Exp.removeResult()} evaluates to: the written bin is deleted. */
    static final MsgValue REMOVE = new MsgValue.Ext(-1, new byte[0]);

    private static final long NANOS_PER_MILLI = 1_000_000L;

    private final ExpRecord record;
    private final MsgValue[] variables;
    private boolean tooBig;

    private ExpEvaluator(ExpRecord record, int variableCount) {
        this.record = record;
        this.variables = new MsgValue[variableCount];
    }

    /**
     * The expression's value for {@code record}; {@code null} when it is unknown, and
     * {@link ExpCalls#TOO_BIG} when a call in it built a value too big for any record.
     */
    static MsgValue evaluate(Expression expression, ExpRecord record) {
        ExpEvaluator evaluator = new ExpEvaluator(record, expression.variableCount);
        MsgValue value = evaluator.eval(expression.root);
        return evaluator.tooBig ? ExpCalls.TOO_BIG : value;
    }

    /** Whether a filter expression lets {@code record} through (unknown does not). */
    static boolean matches(Expression filter, ExpRecord record) {
        return evaluate(filter, record) instanceof Bool bool && bool.value();
    }

    private MsgValue eval(Node node) {
        return switch (node.code()) {
            case Expression.VALUE -> node.value();
            case Expression.UNKNOWN -> null;
            case Expression.EQ, Expression.NE, Expression.GT, Expression.GE, Expression.LT, Expression.LE ->
                compare(node);
            case Expression.REGEX -> regex(node);
            case Expression.IN_LIST -> inList(node);
            case Expression.AND -> and(node);
            case Expression.OR -> or(node);
            case Expression.NOT -> eval(node.args().get(0)) instanceof Bool b ? MsgValue.of(!b.value()) : null;
            case Expression.EXCLUSIVE -> exclusive(node);
            case Expression.LET -> let(node);
            case Expression.VAR -> variables[(int) node.number()];
            case Expression.COND -> cond(node);
            case Expression.CALL -> call(node);
            case Expression.RESULT_REMOVE -> REMOVE;
            case Expression.MAP_KEYS, Expression.MAP_VALUES -> mapParts(node);
            default -> ExpArithmetic.isArithmetic(node.code()) ? arithmetic(node) : metadata(node);
        };
    }

    private MsgValue arithmetic(Node node) {
        List<MsgValue> args = new ArrayList<>(node.args().size());
        for (Node arg : node.args()) {
            MsgValue value = eval(arg);
            if (value == null) {
                return null;
            }
            args.add(value);
        }
        return ExpArithmetic.apply(node.code(), node.type(), args);
    }

    private MsgValue metadata(Node node) {
        return switch (node.code()) {
            case Expression.BIN -> bin(node);
            case Expression.BIN_TYPE -> MsgValue.of(binType(node.name()));
            case Expression.KEY -> key(node.type());
            case Expression.DIGEST_MODULO -> MsgValue.of((Integer.toUnsignedLong(record.digestWord())) % node.number());
            case Expression.LAST_UPDATE -> MsgValue.of(record.lastUpdateMillis() * NANOS_PER_MILLI);
            case Expression.SINCE_UPDATE -> MsgValue.of(Math.max(0, record.nowMillis() - record.lastUpdateMillis()));
            case Expression.VOID_TIME ->
                MsgValue.of(
                        record.voidTime() == 0
                                ? -1
                                : (record.voidTime() + Wire.CITRUSLEAF_EPOCH_SECONDS) * 1_000_000_000L);
            case Expression.TTL -> MsgValue.of(record.ttlSeconds());
            case Expression.SET_NAME -> MsgValue.string(record.set());
            case Expression.KEY_EXISTS -> MsgValue.of(record.userKey() != null);
            case Expression.IS_TOMBSTONE -> MsgValue.FALSE;
            case Expression.DEVICE_SIZE -> MsgValue.of(0);
            case Expression.MEMORY_SIZE, Expression.RECORD_SIZE -> MsgValue.of(record.size());
            default -> throw new IllegalStateException("operation " + node.code() + " passed the build");
        };
    }

    private MsgValue bin(Node node) {
        Bin bin = record.bin(node.name());
        if (bin == null || !ExpRecord.isType(bin.particleType(), node.type())) {
            return null;
        }
        return ExpRecord.value(bin);
    }

    private int binType(byte[] name) {
        Bin bin = record.bin(name);
        return bin == null ? 0 : bin.particleType();
    }

    private MsgValue key(Type type) {
        byte[] key = record.userKey();
        if (key == null || key.length == 0) {
            return null;
        }
        int keyType = key[0] & 0xFF;
        MsgValue value = switch (keyType) {
            case Wire.PARTICLE_INTEGER -> key.length == 9 ? MsgValue.of(Wire.readLong(key, 1)) : null;
            case Wire.PARTICLE_STRING, Wire.PARTICLE_BLOB -> new Bytes(key);
            default -> null;
        };
        Type actual =
                keyType == Wire.PARTICLE_INTEGER ? Type.INT : keyType == Wire.PARTICLE_STRING ? Type.STR : Type.BLOB;
        return actual == type ? value : null;
    }

    private MsgValue compare(Node node) {
        MsgValue left = eval(node.args().get(0));
        if (left == null) {
            return null;
        }
        MsgValue right = eval(node.args().get(1));
        if (right == null) {
            return null;
        }
        Integer order = order(left, right);
        if (order == null) {
            return null;
        }
        if (left instanceof Dbl a && right instanceof Dbl b && (Double.isNaN(a.value()) || Double.isNaN(b.value()))) {
            return MsgValue.of(node.code() == Expression.NE);
        }
        boolean result = switch (node.code()) {
            case Expression.EQ -> order == 0;
            case Expression.NE -> order != 0;
            case Expression.GT -> order > 0;
            case Expression.GE -> order >= 0;
            case Expression.LT -> order < 0;
            default -> order <= 0;
        };
        return MsgValue.of(result);
    }

    /** The order of two values of one type; {@code null} when they cannot be compared. */
    private static Integer order(MsgValue left, MsgValue right) {
        if (left instanceof Int a && right instanceof Int b) {
            return Long.compare(a.value(), b.value());
        }
        if (left instanceof Dbl a && right instanceof Dbl b) {
            return Double.compare(a.value(), b.value());
        }
        if (left instanceof Bool a && right instanceof Bool b) {
            return Boolean.compare(a.value(), b.value());
        }
        if (left instanceof Bytes a && right instanceof Bytes b) {
            return Arrays.compareUnsigned(a.content(), b.content());
        }
        if (left instanceof MsgValue.Nil && right instanceof MsgValue.Nil) {
            return 0;
        }
        if ((left instanceof MList || left instanceof MMap) && (right instanceof MList || right instanceof MMap)) {
            if (hasUnorderedMap(left) || hasUnorderedMap(right)) {
                return null;
            }
            return left.compareTo(right);
        }
        return null;
    }

    /** The real server refuses to order structures holding an unordered map. */
    private static boolean hasUnorderedMap(MsgValue value) {
        if (value instanceof MMap map) {
            if (!map.keyOrdered()) {
                return true;
            }
            for (Entry entry : map.entries()) {
                if (hasUnorderedMap(entry.key()) || hasUnorderedMap(entry.value())) {
                    return true;
                }
            }
        } else if (value instanceof MList list) {
            for (MsgValue item : list.items()) {
                if (hasUnorderedMap(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    private MsgValue regex(Node node) {
        if (!(eval(node.args().get(0)) instanceof Bytes text)) {
            return null;
        }
        return MsgValue.of(
                ((java.util.regex.Pattern) node.extra()).matcher(text.text()).find());
    }

    private MsgValue inList(Node node) {
        MsgValue value = eval(node.args().get(0));
        if (value == null) {
            return null;
        }
        if (!(eval(node.args().get(1)) instanceof MList list)) {
            return null;
        }
        for (MsgValue item : list.items()) {
            if (value.compareTo(item) == 0) {
                return MsgValue.TRUE;
            }
        }
        return MsgValue.FALSE;
    }

    private MsgValue and(Node node) {
        boolean unknown = false;
        for (Node arg : node.args()) {
            MsgValue value = eval(arg);
            if (value == null) {
                unknown = true;
            } else if (!((Bool) value).value()) {
                return MsgValue.FALSE;
            }
        }
        return unknown ? null : MsgValue.TRUE;
    }

    private MsgValue or(Node node) {
        boolean unknown = false;
        for (Node arg : node.args()) {
            MsgValue value = eval(arg);
            if (value == null) {
                unknown = true;
            } else if (((Bool) value).value()) {
                return MsgValue.TRUE;
            }
        }
        return unknown ? null : MsgValue.FALSE;
    }

    /** True when exactly one argument is true; unknown as soon as one is unknown. */
    private MsgValue exclusive(Node node) {
        boolean seen = false;
        for (Node arg : node.args()) {
            MsgValue value = eval(arg);
            if (value == null) {
                return null;
            }
            if (((Bool) value).value()) {
                if (seen) {
                    return MsgValue.FALSE;
                }
                seen = true;
            }
        }
        return MsgValue.of(seen);
    }

    private MsgValue let(Node node) {
        List<Node> parts = node.args();
        for (Node binding : parts.subList(0, parts.size() - 1)) {
            variables[(int) binding.number()] = eval(binding.args().get(0));
        }
        return eval(parts.get(parts.size() - 1));
    }

    private MsgValue cond(Node node) {
        List<Node> parts = node.args();
        for (int i = 0; i + 1 < parts.size(); i += 2) {
            MsgValue condition = eval(parts.get(i));
            if (condition == null) {
                return null;
            }
            if (((Bool) condition).value()) {
                return eval(parts.get(i + 1));
            }
        }
        return eval(parts.get(parts.size() - 1));
    }

    private MsgValue call(Node node) {
        Expression.Call call = (Expression.Call) node.extra();
        List<MsgValue> args = new ArrayList<>();
        for (Node arg : call.args()) {
            MsgValue value = eval(arg);
            if (value == null) {
                return null;
            }
            args.add(value);
        }
        MsgValue value = eval(node.args().get(0));
        if (value == null) {
            return null;
        }
        MsgValue result = ExpCalls.apply(call, value, args);
        if (result == ExpCalls.TOO_BIG) {
            tooBig = true;
            return null;
        }
        return result != null && ExpRecord.valueIsType(result, node.type()) ? result : null;
    }

    private MsgValue mapParts(Node node) {
        if (!(eval(node.args().get(0)) instanceof MMap map)) {
            return null;
        }
        List<MsgValue> parts = new ArrayList<>();
        for (Entry entry : map.entries()) {
            parts.add(node.code() == Expression.MAP_KEYS ? entry.key() : entry.value());
        }
        return MList.of(parts);
    }
}
