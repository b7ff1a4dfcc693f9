package dev.aerobench.server;

import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import java.util.List;

/**
 * List operations on one value, as an Aerospike 8.1 node applies them ({@code particle_list.c}):
 * checks the arguments against the node's operation table (a wrong count or kind answers
 * {@link ResultCode#PARAMETER_ERROR}), refuses a value that is not a list with
 * {@link ResultCode#BIN_TYPE_ERROR}, and serves the writes here and the get/remove-by family in
 * {@link ListSelection}. A missing list is created by the writes that create one (append,
 * insert, set, increment, set-type) and left alone by the removes.
 */
final class ListOperations {

    static final int SET_TYPE = 0;
    static final int APPEND = 1;
    static final int APPEND_ITEMS = 2;
    static final int INSERT = 3;
    static final int INSERT_ITEMS = 4;
    static final int POP = 5;
    static final int POP_RANGE = 6;
    static final int REMOVE = 7;
    static final int REMOVE_RANGE = 8;
    static final int SET = 9;
    static final int TRIM = 10;
    static final int CLEAR = 11;
    static final int INCREMENT = 12;
    static final int SORT = 13;
    static final int SIZE = 16;
    static final int GET = 17;
    static final int GET_RANGE = 18;
    static final int GET_BY_INDEX = 19;
    static final int GET_BY_VALUE_REL_RANK_RANGE = 27;
    static final int REMOVE_BY_INDEX = 32;
    static final int REMOVE_BY_VALUE_REL_RANK_RANGE = 40;

    /** Offset from a get-by code to its remove-by code. */
    private static final int REMOVE_BY_OFFSET = REMOVE_BY_INDEX - GET_BY_INDEX;

    /** The node's default count of a range operation without one (UINT32_MAX). */
    private static final long ALL = 0xffff_ffffL;

    private ListOperations() {}

    /**
     * Applies list operation {@code code} with {@code args} to {@code current} ({@code null}: no value yet).
     */
    static CdtResult apply(MsgValue current, int code, List<MsgValue> args, boolean modify) {
        if (current != null && !(current instanceof MList)) {
            return CdtResult.error(ResultCode.BIN_TYPE_ERROR);
        }
        MList list = (MList) current;
        ListArgs.Shape shape = ListArgs.shape(code);
        if (shape == null || shape.modify() != modify || !shape.accepts(args)) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        if (!modify) {
            return list == null ? CdtResult.read(null) : read(list, code, args);
        }
        if (list == null && ListArgs.leavesMissingListAlone(code)) {
            return CdtResult.read(null);
        }
        return write(list, code, new ListArgs(args));
    }

    private static CdtResult read(MList list, int code, List<MsgValue> args) {
        ListArgs a = new ListArgs(args);
        return switch (code) {
            case SIZE -> CdtResult.read(MsgValue.of(list.items().size()));
            case GET -> new ListSelection(list, CdtReturnType.VALUE, false, false).byIndexRange(a.integer(0), 1);
            case GET_RANGE ->
                new ListSelection(list, CdtReturnType.VALUE, true, false).byIndexRange(a.integer(0), a.count(1));
            default -> select(list, code, a, false);
        };
    }

    private static CdtResult write(MList list, int code, ListArgs a) {
        return switch (code) {
            case SET_TYPE -> setType(list, a.integer(0));
            case APPEND -> ListWrites.append(orEmpty(list, a.flags(1)), List.of(a.value(0)), a.flags(2));
            case APPEND_ITEMS -> {
                if (!(a.value(0) instanceof MList items)) {
                    yield CdtResult.error(ResultCode.PARAMETER_ERROR);
                }
                yield ListWrites.append(orEmpty(list, a.flags(1)), items.items(), a.flags(2));
            }
            case INSERT -> ListWrites.insert(orEmpty(list, 0), a.integer(0), List.of(a.value(1)), a.flags(2), true);
            case INSERT_ITEMS -> {
                if (!(a.value(1) instanceof MList items)) {
                    yield CdtResult.error(ResultCode.PARAMETER_ERROR);
                }
                yield ListWrites.insert(orEmpty(list, 0), a.integer(0), items.items(), a.flags(2), true);
            }
            case SET -> ListWrites.set(orEmpty(list, 0), a.integer(0), a.value(1), a.flags(2));
            case INCREMENT -> ListWrites.increment(orEmpty(list, a.flags(2)), a.integer(0), a.optional(1), a.flags(3));
            case SORT -> list == null ? CdtResult.error(ResultCode.BIN_TYPE_ERROR) : ListWrites.sort(list, a.flags(0));
            case CLEAR -> CdtResult.write(new MList(List.of(), list.flags()), null);
            case POP -> new ListSelection(list, CdtReturnType.VALUE, false, true).byIndexRange(a.integer(0), 1);
            case POP_RANGE ->
                new ListSelection(list, CdtReturnType.VALUE, true, true).byIndexRange(a.integer(0), a.count(1));
            case REMOVE -> new ListSelection(list, CdtReturnType.COUNT, false, true).byIndexRange(a.integer(0), 1);
            case REMOVE_RANGE ->
                new ListSelection(list, CdtReturnType.COUNT, true, true).byIndexRange(a.integer(0), a.count(1));
            case TRIM ->
                new ListSelection(list, CdtReturnType.COUNT | CdtReturnType.INVERTED, true, true)
                        .byIndexRange(a.integer(0), a.count(1));
            default -> select(list, code - REMOVE_BY_OFFSET, a, true);
        };
    }

    /** The get-by family ({@code code} 19..27), or its remove-by twin when {@code modify}. */
    private static CdtResult select(MList list, int code, ListArgs a, boolean modify) {
        long returnType = a.integer(0);
        return switch (code) {
            case 19 -> new ListSelection(list, returnType, false, modify).byIndexRange(a.integer(1), 1);
            case 20 -> new ListSelection(list, returnType, false, modify).byValueInterval(a.value(1), null, true);
            case 21 -> new ListSelection(list, returnType, false, modify).byRankRange(a.integer(1), 1);
            case 22 -> new ListSelection(list, returnType, true, modify).byValueInterval(a.value(1), null, true);
            case 23 -> {
                if (!(a.value(1) instanceof MList wanted)) {
                    yield CdtResult.error(ResultCode.PARAMETER_ERROR);
                }
                yield new ListSelection(list, returnType, true, modify).byValueList(wanted.items());
            }
            case 24 -> new ListSelection(list, returnType, true, modify).byIndexRange(a.integer(1), a.count(2));
            case 25 ->
                new ListSelection(list, returnType, true, modify).byValueInterval(a.value(1), a.optional(2), false);
            case 26 -> new ListSelection(list, returnType, true, modify).byRankRange(a.integer(1), a.count(2));
            case GET_BY_VALUE_REL_RANK_RANGE ->
                new ListSelection(list, returnType, true, modify)
                        .byRelativeRankRange(a.value(1), a.integer(2), a.count(3));
            default -> CdtResult.error(ResultCode.PARAMETER_ERROR);
        };
    }

    private static CdtResult setType(MList list, long flags) {
        if ((flags & ~(MList.ORDERED | ListWrites.PERSIST_INDEX)) != 0) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int order = (int) flags & MList.ORDERED;
        MList current = orEmpty(list, 0);
        if (current.flags() == order) {
            return CdtResult.write(current, null);
        }
        List<MsgValue> items =
                order == MList.ORDERED ? current.items().stream().sorted().toList() : current.items();
        return CdtResult.write(new MList(items, order), null);
    }

    /**
     * {@code list}, or the empty list a write creates with the given create flags (only the order
     * flag is kept: the persisted index is the node's storage detail).
     */
    private static MList orEmpty(MList list, long createFlags) {
        return list != null ? list : new MList(List.of(), (int) createFlags & MList.ORDERED);
    }

    /** The arguments of one call, read by position. */
    record ListArgs(List<MsgValue> args) {

        /** Argument kinds: I an index (int64), F flags or a count (uint64), S a storable value, P any value. */
        record Shape(boolean modify, int required, String kinds) {
            boolean accepts(List<MsgValue> args) {
                if (args.size() < required || args.size() > kinds.length()) {
                    return false;
                }
                for (int i = 0; i < args.size(); i++) {
                    MsgValue arg = args.get(i);
                    boolean fits = switch (kinds.charAt(i)) {
                        case 'I', 'F' -> arg instanceof Int;
                        case 'S' -> ListWrites.storable(arg);
                        default -> true;
                    };
                    if (!fits) {
                        return false;
                    }
                }
                return true;
            }
        }

        /** The node's operation table for lists; {@code null} for a code it does not have. */
        static Shape shape(int code) {
            return switch (code) {
                case SET_TYPE -> new Shape(true, 1, "F");
                case APPEND, APPEND_ITEMS -> new Shape(true, 1, "SFF");
                case INSERT, INSERT_ITEMS, SET -> new Shape(true, 2, "ISF");
                case POP, REMOVE -> new Shape(true, 1, "I");
                case POP_RANGE, REMOVE_RANGE -> new Shape(true, 1, "IF");
                case TRIM -> new Shape(true, 2, "IF");
                case CLEAR -> new Shape(true, 0, "");
                case INCREMENT -> new Shape(true, 1, "IPFF");
                case SORT -> new Shape(true, 0, "F");
                case SIZE -> new Shape(false, 0, "");
                case GET -> new Shape(false, 1, "I");
                case GET_RANGE -> new Shape(false, 1, "IF");
                default ->
                    code >= GET_BY_INDEX && code <= GET_BY_VALUE_REL_RANK_RANGE
                            ? selectShape(code, false)
                            : code >= REMOVE_BY_INDEX && code <= REMOVE_BY_VALUE_REL_RANK_RANGE
                                    ? selectShape(code - REMOVE_BY_OFFSET, true)
                                    : null;
            };
        }

        private static Shape selectShape(int code, boolean modify) {
            return switch (code) {
                case 19, 21 -> new Shape(modify, 2, "FI");
                case 20, 22, 23 -> new Shape(modify, 2, "FP");
                case 24, 26 -> new Shape(modify, 2, "FIF");
                case 25 -> new Shape(modify, 2, "FPP");
                default -> new Shape(modify, 3, "FPIF");
            };
        }

        /** Whether {@code code} does nothing to a list that does not exist. */
        static boolean leavesMissingListAlone(int code) {
            return code == POP
                    || code == POP_RANGE
                    || code == REMOVE
                    || code == REMOVE_RANGE
                    || code == TRIM
                    || code == CLEAR
                    || code >= REMOVE_BY_INDEX;
        }

        long integer(int i) {
            return ((Int) args.get(i)).value();
        }

        /** A count argument, all elements when absent; counts are unsigned on the wire. */
        long count(int i) {
            if (i >= args.size()) {
                return ALL;
            }
            long value = integer(i);
            return value < 0 ? Long.MAX_VALUE : value;
        }

        long flags(int i) {
            return i < args.size() ? integer(i) : 0;
        }

        MsgValue value(int i) {
            return args.get(i);
        }

        MsgValue optional(int i) {
            return i < args.size() ? args.get(i) : null;
        }
    }
}
