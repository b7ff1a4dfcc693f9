package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.MList;
import java.util.List;

/**
 * An Aerospike expression ({@code Exp} in the official clients) decoded from its msgpack form and
 * checked as the real server's {@code exp.c} builds it: every operation has its argument count and
 * the static type of each argument (comparisons of mismatched types, logic on non-booleans, mixed
 * integer and float arithmetic, unknown variables are refused), so a malformed expression is
 * refused before it runs, with {@link ResultCode#PARAMETER_ERROR}. {@link ExpEvaluator} runs it.
 */
final class Expression {

    /** The static result types of the wire protocol ({@code ExpType}), plus the server's "any". */
    enum Type {
        NIL,
        BOOL,
        INT,
        STR,
        LIST,
        MAP,
        BLOB,
        FLOAT,
        GEO,
        HLL,
        ANY,
        REMOVE;

        static Type ofCode(long code) {
            return code >= 0 && code <= HLL.ordinal() ? values()[(int) code] : null;
        }
    }

    static final int UNKNOWN = 0;
    static final int EQ = 1;
    static final int NE = 2;
    static final int GT = 3;
    static final int GE = 4;
    static final int LT = 5;
    static final int LE = 6;
    static final int REGEX = 7;
    static final int GEO = 8;
    static final int IN_LIST = 9;
    static final int AND = 16;
    static final int OR = 17;
    static final int NOT = 18;
    static final int EXCLUSIVE = 19;
    static final int ADD = 20;
    static final int SUB = 21;
    static final int MUL = 22;
    static final int DIV = 23;
    static final int POW = 24;
    static final int LOG = 25;
    static final int MOD = 26;
    static final int ABS = 27;
    static final int FLOOR = 28;
    static final int CEIL = 29;
    static final int TO_INT = 30;
    static final int TO_FLOAT = 31;
    static final int INT_AND = 32;
    static final int INT_OR = 33;
    static final int INT_XOR = 34;
    static final int INT_NOT = 35;
    static final int INT_LSHIFT = 36;
    static final int INT_RSHIFT = 37;
    static final int INT_ARSHIFT = 38;
    static final int INT_COUNT = 39;
    static final int INT_LSCAN = 40;
    static final int INT_RSCAN = 41;
    static final int MIN = 50;
    static final int MAX = 51;
    static final int DIGEST_MODULO = 64;
    static final int DEVICE_SIZE = 65;
    static final int LAST_UPDATE = 66;
    static final int SINCE_UPDATE = 67;
    static final int VOID_TIME = 68;
    static final int TTL = 69;
    static final int SET_NAME = 70;
    static final int KEY_EXISTS = 71;
    static final int IS_TOMBSTONE = 72;
    static final int MEMORY_SIZE = 73;
    static final int RECORD_SIZE = 74;
    static final int KEY = 80;
    static final int BIN = 81;
    static final int BIN_TYPE = 82;
    static final int RESULT_REMOVE = 100;
    static final int MAP_KEYS = 101;
    static final int MAP_VALUES = 102;
    static final int COND = 123;
    static final int VAR = 124;
    static final int LET = 125;
    static final int QUOTE = 126;
    static final int CALL = 127;
    /** Not on the wire: a literal value. */
    static final int VALUE = -1;

    static final int CALL_CDT = 0;
    static final int CALL_BITS = 1;
    static final int CALL_HLL = 2;
    static final int CALL_MODIFY_LOCAL = 0x40;

    /** Largest expression the real server builds. */
    static final int MAX_BYTES = 1024 * 1024;

    /**
     * One operation of the tree: its code, static type and arguments, and what its code needs
     * besides (a literal value, a bin or variable name, a number, a compiled regex, a call's
     * operation with its evaluated arguments).
     */
    record Node(int code, Type type, List<Node> args, MsgValue value, byte[] name, long number, Object extra) {
        static Node of(int code, Type type, List<Node> args) {
            return new Node(code, type, args, null, null, 0, null);
        }
    }

    /** A CDT, bit or HLL call: its payload before the operation's arguments, and the arguments. */
    record Call(int system, List<MsgValue> head, List<Node> args, MList context) {}

    /** An expression the real server would refuse to build. */
    static final class InvalidExpression extends Exception {
        final int resultCode;

        InvalidExpression(String message) {
            this(message, ResultCode.PARAMETER_ERROR);
        }

        InvalidExpression(String message, int resultCode) {
            super(message, null, false, false);
            this.resultCode = resultCode;
        }
    }

    final Node root;
    final int variableCount;

    private Expression(Node root, int variableCount) {
        this.root = root;
        this.variableCount = variableCount;
    }

    Type type() {
        return root.type();
    }

    /** Decodes and checks the expression in {@code length} bytes of {@code buf} from {@code offset}. */
    static Expression parse(byte[] buf, int offset, int length) throws InvalidExpression {
        if (length >= MAX_BYTES) {
            throw new InvalidExpression("expression larger than 1 MiB");
        }
        MsgValue value;
        try {
            value = MsgCodec.unpack(buf, offset, length);
        } catch (MsgFormatException malformed) {
            throw new InvalidExpression("malformed msgpack: " + malformed.getMessage());
        }
        return of(value);
    }

    /** Checks an expression already decoded (as inside an expression operation's payload). */
    static Expression of(MsgValue value) throws InvalidExpression {
        if (value instanceof MList list && list.items().isEmpty()) {
            throw new InvalidExpression("empty expression");
        }
        ExpBuilder builder = new ExpBuilder();
        return new Expression(builder.build(value), builder.maxVariables);
    }

    /** Builds a sub-expression; lets {@link ExpCalls} build a call's evaluated arguments. */
    @FunctionalInterface
    interface SubBuilder {
        Node build(MsgValue value) throws InvalidExpression;
    }
}
