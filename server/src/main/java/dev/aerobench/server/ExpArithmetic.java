package dev.aerobench.server;

import dev.aerobench.server.Expression.Type;
import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Int;
import java.util.List;

/**
 * Arithmetic and integer-bit expressions on evaluated, known arguments, as the real server computes
 * them: 64-bit two's complement integers that wrap, IEEE doubles, integer division and modulo by
 * zero unknown, shifts that use the low six bits of the count as the server's CPU does.
 */
final class ExpArithmetic {

    private ExpArithmetic() {}

    static boolean isArithmetic(int code) {
        return (code >= Expression.ADD && code <= Expression.INT_RSCAN)
                || code == Expression.MIN
                || code == Expression.MAX;
    }

    /** The result, or {@code null} for unknown. */
    static MsgValue apply(int code, Type type, List<MsgValue> args) {
        return switch (code) {
            case Expression.ADD, Expression.SUB, Expression.MUL, Expression.DIV, Expression.MIN, Expression.MAX ->
                type == Type.FLOAT ? MsgValue.of(floats(code, args)) : integers(code, args);
            case Expression.POW -> MsgValue.of(Math.pow(dbl(args, 0), dbl(args, 1)));
            case Expression.LOG -> MsgValue.of(Math.log(dbl(args, 0)) / Math.log(dbl(args, 1)));
            case Expression.MOD -> lng(args, 1) == 0 ? null : MsgValue.of(lng(args, 0) % lng(args, 1));
            case Expression.ABS ->
                type == Type.FLOAT
                        ? MsgValue.of(Math.abs(dbl(args, 0)))
                        : MsgValue.of(lng(args, 0) < 0 ? -lng(args, 0) : lng(args, 0));
            case Expression.FLOOR -> MsgValue.of(Math.floor(dbl(args, 0)));
            case Expression.CEIL -> MsgValue.of(Math.ceil(dbl(args, 0)));
            case Expression.TO_INT -> MsgValue.of((long) dbl(args, 0));
            case Expression.TO_FLOAT -> MsgValue.of((double) lng(args, 0));
            case Expression.INT_AND, Expression.INT_OR, Expression.INT_XOR -> MsgValue.of(bitwise(code, args));
            case Expression.INT_NOT -> MsgValue.of(~lng(args, 0));
            case Expression.INT_LSHIFT -> MsgValue.of(lng(args, 0) << lng(args, 1));
            case Expression.INT_RSHIFT -> MsgValue.of(lng(args, 0) >>> lng(args, 1));
            case Expression.INT_ARSHIFT -> MsgValue.of(lng(args, 0) >> lng(args, 1));
            case Expression.INT_COUNT -> MsgValue.of(Long.bitCount(lng(args, 0)));
            case Expression.INT_LSCAN -> MsgValue.of(leftScan(lng(args, 0), ((Bool) args.get(1)).value()));
            case Expression.INT_RSCAN -> MsgValue.of(rightScan(lng(args, 0), ((Bool) args.get(1)).value()));
            default -> throw new IllegalArgumentException("not arithmetic: " + code);
        };
    }

    private static long lng(List<MsgValue> args, int i) {
        return ((Int) args.get(i)).value();
    }

    private static double dbl(List<MsgValue> args, int i) {
        return ((Dbl) args.get(i)).value();
    }

    private static MsgValue integers(int code, List<MsgValue> args) {
        long result = lng(args, 0);
        if (args.size() == 1) {
            return switch (code) {
                case Expression.SUB -> MsgValue.of(-result);
                case Expression.DIV -> result == 0 ? null : MsgValue.of(1 / result);
                default -> MsgValue.of(result);
            };
        }
        long product = 1;
        for (int i = 1; i < args.size(); i++) {
            long value = lng(args, i);
            switch (code) {
                case Expression.ADD -> result += value;
                case Expression.SUB -> result -= value;
                case Expression.MUL -> result *= value;
                case Expression.DIV -> product *= value;
                case Expression.MIN -> result = Math.min(result, value);
                default -> result = Math.max(result, value);
            }
        }
        if (code == Expression.DIV) {
            // The server multiplies the divisors first, then divides once.
            return product == 0 ? null : MsgValue.of(result / product);
        }
        return MsgValue.of(result);
    }

    private static double floats(int code, List<MsgValue> args) {
        double result = dbl(args, 0);
        if (args.size() == 1) {
            return switch (code) {
                case Expression.SUB -> 0.0 - result;
                case Expression.DIV -> 1.0 / result;
                default -> result;
            };
        }
        double product = 1.0;
        for (int i = 1; i < args.size(); i++) {
            double value = dbl(args, i);
            switch (code) {
                case Expression.ADD -> result += value;
                case Expression.SUB -> result -= value;
                case Expression.MUL -> result *= value;
                case Expression.DIV -> product *= value;
                case Expression.MIN -> result = result > value ? value : result;
                default -> result = result < value ? value : result;
            }
        }
        return code == Expression.DIV ? result / product : result;
    }

    private static long bitwise(int code, List<MsgValue> args) {
        long result = lng(args, 0);
        for (int i = 1; i < args.size(); i++) {
            long value = lng(args, i);
            result = switch (code) {
                case Expression.INT_AND -> result & value;
                case Expression.INT_OR -> result | value;
                default -> result ^ value;
            };
        }
        return result;
    }

    /** The index from the most significant bit of the first bit equal to {@code set}, or -1. */
    private static long leftScan(long value, boolean set) {
        long bits = set ? value : ~value;
        return bits == 0 ? -1 : Long.numberOfLeadingZeros(bits);
    }

    /** The index from the most significant bit of the last bit equal to {@code set}, or -1. */
    private static long rightScan(long value, boolean set) {
        long bits = set ? value : ~value;
        return bits == 0 ? -1 : 63 - Long.numberOfTrailingZeros(bits);
    }
}
