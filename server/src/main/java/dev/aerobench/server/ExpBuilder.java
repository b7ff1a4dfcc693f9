package dev.aerobench.server;

import static dev.aerobench.server.Expression.*;

import dev.aerobench.server.Expression.InvalidExpression;
import dev.aerobench.server.Expression.Node;
import dev.aerobench.server.Expression.Type;
import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import dev.aerobench.server.MsgValue.Nil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the checked tree of an {@link Expression} from its decoded msgpack form, as the real
 * server's {@code build_*} functions in {@code exp.c} check it: argument counts, static types and
 * variable scopes.
 */
final class ExpBuilder {
    private final List<Map<String, Variable>> scopes = new ArrayList<>();
    private int variables;
    int maxVariables;

    private record Variable(int index, Type type) {}

    Node build(MsgValue value) throws InvalidExpression {
        if (!(value instanceof MList list)) {
            return literal(value);
        }
        if (list.items().isEmpty() || !(list.items().get(0) instanceof Int code)) {
            throw new InvalidExpression("an operation must start with its code");
        }
        List<MsgValue> args = list.items().subList(1, list.items().size());
        return operation((int) code.value(), code.value(), args);
    }

    private Node literal(MsgValue value) throws InvalidExpression {
        Type type = switch (value) {
            case Nil nil -> Type.NIL;
            case Bool bool -> Type.BOOL;
            case Int i -> Type.INT;
            case Dbl d -> Type.FLOAT;
            case Bytes bytes ->
                switch (bytes.kind()) {
                    case STRING -> Type.STR;
                    case GEOJSON -> Type.GEO;
                    default -> Type.BLOB;
                };
            case MMap map -> Type.MAP;
            default -> Type.ANY;
        };
        return new Node(VALUE, type, List.of(), value, null, 0, null);
    }

    private Node operation(int code, long rawCode, List<MsgValue> args) throws InvalidExpression {
        if (rawCode != code) {
            throw new InvalidExpression("unknown operation " + rawCode);
        }
        return switch (code) {
            case UNKNOWN -> fixed(code, Type.BOOL, args, 0);
            case EQ, NE, GT, GE, LT, LE -> compare(code, args);
            case REGEX -> regex(args);
            case GEO -> throw new InvalidExpression("geo expressions are not served", ResultCode.UNSUPPORTED_FEATURE);
            case IN_LIST -> inList(args);
            case AND, OR, EXCLUSIVE -> logical(code, args, 2);
            case NOT -> logical(code, args, 1);
            case ADD, SUB, MUL, DIV, MIN, MAX -> math(code, args);
            case POW, LOG -> typed(code, Type.FLOAT, args, Type.FLOAT, Type.FLOAT);
            case MOD -> typed(code, Type.INT, args, Type.INT, Type.INT);
            case ABS -> abs(args);
            case FLOOR, CEIL -> typed(code, Type.FLOAT, args, Type.FLOAT);
            case TO_INT -> typed(code, Type.INT, args, Type.FLOAT);
            case TO_FLOAT -> typed(code, Type.FLOAT, args, Type.INT);
            case INT_AND, INT_OR, INT_XOR -> integers(code, args);
            case INT_NOT, INT_COUNT -> typed(code, Type.INT, args, Type.INT);
            case INT_LSHIFT, INT_RSHIFT, INT_ARSHIFT -> typed(code, Type.INT, args, Type.INT, Type.INT);
            case INT_LSCAN, INT_RSCAN -> typed(code, Type.INT, args, Type.INT, Type.BOOL);
            case DIGEST_MODULO -> digestModulo(args);
            case DEVICE_SIZE, LAST_UPDATE, SINCE_UPDATE, VOID_TIME, TTL, MEMORY_SIZE, RECORD_SIZE ->
                fixed(code, Type.INT, args, 0);
            case SET_NAME -> fixed(code, Type.STR, args, 0);
            case KEY_EXISTS, IS_TOMBSTONE -> fixed(code, Type.BOOL, args, 0);
            case KEY -> key(args);
            case BIN -> bin(args);
            case BIN_TYPE -> binType(args);
            case RESULT_REMOVE -> fixed(code, Type.REMOVE, args, 0);
            case MAP_KEYS, MAP_VALUES -> typed(code, Type.LIST, args, Type.MAP);
            case COND -> cond(args);
            case VAR -> variable(args);
            case LET -> let(args);
            case QUOTE -> quote(args);
            case CALL -> ExpCalls.build(this::build, args);
            default -> throw new InvalidExpression("unknown operation " + code);
        };
    }

    private static Node fixed(int code, Type type, List<MsgValue> args, int count) throws InvalidExpression {
        if (args.size() != count) {
            throw new InvalidExpression("operation " + code + " takes " + count + " arguments");
        }
        return Node.of(code, type, List.of());
    }

    private List<Node> children(List<MsgValue> args) throws InvalidExpression {
        List<Node> nodes = new ArrayList<>(args.size());
        for (MsgValue arg : args) {
            nodes.add(build(arg));
        }
        return nodes;
    }

    private Node compare(int code, List<MsgValue> args) throws InvalidExpression {
        List<Node> nodes = exactly(code, args, 2);
        Type left = nodes.get(0).type();
        if (left != nodes.get(1).type()) {
            throw new InvalidExpression(
                    "compared values of types " + left + " and " + nodes.get(1).type());
        }
        if (left == Type.GEO || left == Type.HLL) {
            throw new InvalidExpression("cannot compare " + left);
        }
        return Node.of(code, Type.BOOL, nodes);
    }

    private List<Node> exactly(int code, List<MsgValue> args, int count) throws InvalidExpression {
        if (args.size() != count) {
            throw new InvalidExpression("operation " + code + " takes " + count + " arguments");
        }
        return children(args);
    }

    private Node typed(int code, Type result, List<MsgValue> args, Type... expected) throws InvalidExpression {
        List<Node> nodes = exactly(code, args, expected.length);
        for (int i = 0; i < expected.length; i++) {
            if (nodes.get(i).type() != expected[i]) {
                throw new InvalidExpression("argument " + (i + 1) + " of " + code + " must be " + expected[i]);
            }
        }
        return Node.of(code, result, nodes);
    }

    private Node regex(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 3 || !(args.get(0) instanceof Int flags) || !(args.get(1) instanceof Bytes text)) {
            throw new InvalidExpression("regex takes flags, a pattern and a string");
        }
        Node string = build(args.get(2));
        if (string.type() != Type.STR) {
            throw new InvalidExpression("regex applies to a string");
        }
        Pattern pattern = PosixRegex.compile(text.data(), flags.value());
        return new Node(REGEX, Type.BOOL, List.of(string), null, null, flags.value(), pattern);
    }

    private Node inList(List<MsgValue> args) throws InvalidExpression {
        List<Node> nodes = exactly(IN_LIST, args, 2);
        if (nodes.get(1).type() != Type.LIST) {
            throw new InvalidExpression("in_list needs a list");
        }
        return Node.of(IN_LIST, Type.BOOL, nodes);
    }

    private Node logical(int code, List<MsgValue> args, int min) throws InvalidExpression {
        if (args.size() < min || (code == NOT && args.size() != 1)) {
            throw new InvalidExpression("too few arguments for " + code);
        }
        List<Node> nodes = children(args);
        for (Node node : nodes) {
            if (node.type() != Type.BOOL) {
                throw new InvalidExpression("logical operation on " + node.type());
            }
        }
        return Node.of(code, Type.BOOL, nodes);
    }

    private Node math(int code, List<MsgValue> args) throws InvalidExpression {
        if (args.isEmpty()) {
            throw new InvalidExpression("too few arguments for " + code);
        }
        List<Node> nodes = children(args);
        Type type = nodes.get(0).type();
        for (Node node : nodes) {
            if ((node.type() != Type.INT && node.type() != Type.FLOAT) || node.type() != type) {
                throw new InvalidExpression("arithmetic needs integers or floats of one type");
            }
        }
        return Node.of(code, type, nodes);
    }

    private Node abs(List<MsgValue> args) throws InvalidExpression {
        List<Node> nodes = exactly(ABS, args, 1);
        Type type = nodes.get(0).type();
        if (type != Type.INT && type != Type.FLOAT) {
            throw new InvalidExpression("abs needs a number");
        }
        return Node.of(ABS, type, nodes);
    }

    private Node integers(int code, List<MsgValue> args) throws InvalidExpression {
        if (args.isEmpty()) {
            throw new InvalidExpression("too few arguments for " + code);
        }
        List<Node> nodes = children(args);
        for (Node node : nodes) {
            if (node.type() != Type.INT) {
                throw new InvalidExpression("integer operation on " + node.type());
            }
        }
        return Node.of(code, Type.INT, nodes);
    }

    private static Node digestModulo(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 1 || !(args.get(0) instanceof Int mod) || (int) mod.value() == 0) {
            throw new InvalidExpression("digest modulo needs a non-zero integer");
        }
        return new Node(DIGEST_MODULO, Type.INT, List.of(), null, null, (int) mod.value(), null);
    }

    private static Node key(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 1 || !(args.get(0) instanceof Int type)) {
            throw new InvalidExpression("key needs a type");
        }
        Type keyType = Type.ofCode(type.value());
        if (keyType != Type.INT && keyType != Type.STR && keyType != Type.BLOB) {
            throw new InvalidExpression("a key is an integer, string or blob");
        }
        return Node.of(KEY, keyType, List.of());
    }

    private static Node bin(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 2 || !(args.get(0) instanceof Int type) || !(args.get(1) instanceof Bytes name)) {
            throw new InvalidExpression("bin needs a type and a name");
        }
        Type binType = Type.ofCode(type.value());
        if (binType == null) {
            throw new InvalidExpression("invalid bin type " + type.value());
        }
        return new Node(BIN, binType, List.of(), null, binName(name), 0, null);
    }

    private static Node binType(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 1 || !(args.get(0) instanceof Bytes name)) {
            throw new InvalidExpression("bin_type needs a name");
        }
        return new Node(BIN_TYPE, Type.INT, List.of(), null, binName(name), 0, null);
    }

    /** A bin name as sent: a msgpack string without a particle-type byte. */
    private static byte[] binName(Bytes name) throws InvalidExpression {
        byte[] raw = name.data();
        if (raw.length > RecordCommands.MAX_BIN_NAME_BYTES) {
            throw new InvalidExpression("bin name too long");
        }
        for (byte b : raw) {
            if (b == 0) {
                throw new InvalidExpression("bin name holds a NUL");
            }
        }
        return raw;
    }

    private Node cond(List<MsgValue> args) throws InvalidExpression {
        if (args.size() < 3 || args.size() % 2 == 0) {
            throw new InvalidExpression("cond needs condition-action pairs and a default");
        }
        List<Node> nodes = children(args);
        Type type = null;
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            boolean condition = i % 2 == 0 && i < nodes.size() - 1;
            if (condition) {
                if (node.type() != Type.BOOL) {
                    throw new InvalidExpression("a cond condition must be a boolean");
                }
                continue;
            }
            if (node.code() == UNKNOWN) {
                continue;
            }
            if (type == null) {
                type = node.type();
            } else if (node.type() != type) {
                throw new InvalidExpression("cond actions of different types");
            }
        }
        return Node.of(COND, type == null ? Type.BOOL : type, nodes);
    }

    private Node let(List<MsgValue> args) throws InvalidExpression {
        if (args.size() < 3 || args.size() % 2 == 0) {
            throw new InvalidExpression("let needs name-value pairs and a scope");
        }
        Map<String, Variable> scope = new HashMap<>();
        scopes.add(scope);
        List<Node> nodes = new ArrayList<>();
        int first = variables;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            String name = variableName(args.get(i));
            if (find(name) != null) {
                throw new InvalidExpression("duplicate variable " + name);
            }
            int index = variables++;
            maxVariables = Math.max(maxVariables, variables);
            scope.put(name, new Variable(index, null));
            Node value = build(args.get(i + 1));
            scope.put(name, new Variable(index, value.type()));
            nodes.add(new Node(VALUE, value.type(), List.of(value), null, null, index, null));
        }
        Node body = build(args.get(args.size() - 1));
        nodes.add(body);
        scopes.remove(scopes.size() - 1);
        variables = first;
        return Node.of(LET, body.type(), nodes);
    }

    private Node variable(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 1) {
            throw new InvalidExpression("var needs a name");
        }
        String name = variableName(args.get(0));
        Variable variable = find(name);
        if (variable == null) {
            throw new InvalidExpression("undefined variable " + name);
        }
        if (variable.type() == null) {
            throw new InvalidExpression("variable " + name + " used while it is defined");
        }
        return new Node(VAR, variable.type(), List.of(), null, null, variable.index(), null);
    }

    private Variable find(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Variable variable = scopes.get(i).get(name);
            if (variable != null) {
                return variable;
            }
        }
        return null;
    }

    private static String variableName(MsgValue value) throws InvalidExpression {
        if (!(value instanceof Bytes bytes) || bytes.data().length == 0) {
            throw new InvalidExpression("a variable name must be a non-empty string");
        }
        String name = new String(bytes.data(), StandardCharsets.UTF_8);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidExpression("illegal variable name '" + name + "'");
        }
        return name;
    }

    private static Node quote(List<MsgValue> args) throws InvalidExpression {
        if (args.size() != 1 || !(args.get(0) instanceof MList list)) {
            throw new InvalidExpression("quote needs a list");
        }
        return new Node(VALUE, Type.LIST, List.of(), list, null, 0, null);
    }
}
