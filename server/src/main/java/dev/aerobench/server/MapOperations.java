package dev.aerobench.server;

import dev.aerobench.server.MapWrites.Written;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Map operations on one value, as an Aerospike 8.1 node applies them ({@code particle_map.c}): the
 * op codes and argument lists of {@code cdt.c}'s op table (a wrong argument count or type is
 * {@link ResultCode#PARAMETER_ERROR}), set-type, the put/add/replace family, increment and
 * decrement, clear, size, and every get-by and remove-by selection with every return type. A map
 * operation on a value that is not a map is {@link ResultCode#BIN_TYPE_ERROR}; a read of a value
 * that does not exist returns nothing; a remove or clear of one is a no-op; other writes create
 * the map with the order flags the operation carries.
 */
final class MapOperations {

    static final int SET_TYPE = 64;
    static final int ADD = 65;
    static final int ADD_ITEMS = 66;
    static final int PUT = 67;
    static final int PUT_ITEMS = 68;
    static final int REPLACE = 69;
    static final int REPLACE_ITEMS = 70;
    static final int INCREMENT = 73;
    static final int DECREMENT = 74;
    static final int CLEAR = 75;
    static final int REMOVE_BY_KEY = 76;
    static final int REMOVE_BY_VALUE_REL_RANK_RANGE = 89;
    static final int SIZE = 96;
    static final int GET_BY_KEY = 97;
    static final int GET_BY_INDEX = 98;
    static final int GET_BY_VALUE = 99;
    static final int GET_BY_RANK = 100;
    static final int GET_ALL_BY_VALUE = 102;
    static final int GET_BY_KEY_INTERVAL = 103;
    static final int GET_BY_INDEX_RANGE = 104;
    static final int GET_BY_VALUE_INTERVAL = 105;
    static final int GET_BY_RANK_RANGE = 106;
    static final int GET_BY_KEY_LIST = 107;
    static final int GET_BY_VALUE_LIST = 108;
    static final int GET_BY_KEY_REL_INDEX_RANGE = 109;
    static final int GET_BY_VALUE_REL_RANK_RANGE = 110;

    /** The set-type flags the node accepts: key-value-ordered and persist-index. */
    private static final long VALID_TYPE_FLAGS = MMap.KEY_VALUE_ORDERED | 0x10;

    private MapOperations() {}

    /** Why an operation fails: the result code the command answers. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        final int resultCode;

        Refusal(int resultCode) {
            super("map operation refused with result code " + resultCode, null, false, false);
            this.resultCode = resultCode;
        }
    }

    /**
     * Applies map operation {@code code} with {@code args} to {@code current} ({@code null}: no value yet).
     */
    static CdtResult apply(MsgValue current, int code, List<MsgValue> args, boolean modify) {
        if (current != null && !(current instanceof MMap)) {
            return CdtResult.error(ResultCode.BIN_TYPE_ERROR);
        }
        MMap map = (MMap) current;
        try {
            return modify ? modify(map, code, args) : read(map, code, args);
        } catch (Refusal refusal) {
            return CdtResult.error(refusal.resultCode);
        }
    }

    private static CdtResult read(MMap map, int code, List<MsgValue> args) {
        if (map == null) {
            return CdtResult.read(null);
        }
        MapEntries entries = MapEntries.of(map);
        if (code == SIZE) {
            return CdtResult.read(MsgValue.of(entries.size()));
        }
        if (code < GET_BY_KEY || code > GET_BY_VALUE_REL_RANK_RANGE || code == 101) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        return select(entries, code, args, false);
    }

    private static CdtResult modify(MMap map, int code, List<MsgValue> args) {
        if (code >= CLEAR && code <= REMOVE_BY_VALUE_REL_RANK_RANGE && map == null) {
            return new CdtResult(ResultCode.OK, null, null); // nothing to remove: a no-op
        }
        return switch (code) {
            case SET_TYPE -> setType(map, args);
            case ADD -> put(map, args, 3, MapWrites.NO_OVERWRITE);
            case PUT -> put(map, args, 4, -1);
            case REPLACE -> put(map, args, 2, MapWrites.NO_CREATE);
            case ADD_ITEMS -> putItems(map, args, 2, MapWrites.NO_OVERWRITE);
            case PUT_ITEMS -> putItems(map, args, 3, -1);
            case REPLACE_ITEMS -> {
                if (map == null) {
                    throw new Refusal(ResultCode.ELEMENT_NOT_FOUND);
                }
                yield putItems(map, args, 1, MapWrites.NO_CREATE);
            }
            case INCREMENT, DECREMENT -> increment(map, args, code == DECREMENT);
            case CLEAR -> CdtResult.write(new MMap(List.of(), MapEntries.of(map).flags()), null);
            default -> {
                int readCode = readCodeOfRemove(code);
                if (readCode < 0) {
                    throw new Refusal(ResultCode.PARAMETER_ERROR);
                }
                yield select(MapEntries.of(map), readCode, args, true);
            }
        };
    }

    private static CdtResult setType(MMap map, List<MsgValue> args) {
        arity(args, 1, 1);
        long flags = unsigned(args, 0);
        if ((flags & ~VALID_TYPE_FLAGS) != 0) {
            throw new Refusal(ResultCode.OP_NOT_APPLICABLE);
        }
        int stored = MapEntries.storedFlags(flags);
        List<Entry> entries = new ArrayList<>(map == null ? List.of() : map.entries());
        if ((stored & MMap.KEY_ORDERED) != 0) {
            entries.sort(Comparator.comparing(Entry::key));
        }
        return CdtResult.write(new MMap(entries, stored), null);
    }

    /** Put, add or replace of one entry; {@code writeFlags} -1 takes them from the fourth argument. */
    private static CdtResult put(MMap map, List<MsgValue> args, int maxArgs, int writeFlags) {
        arity(args, 2, maxArgs);
        long flags = args.size() > 2 ? unsigned(args, 2) : 0;
        int write = writeFlags >= 0 ? writeFlags : args.size() > 3 ? (int) unsigned(args, 3) : 0;
        return written(map, flags, MapWrites.put(target(map, flags), args.get(0), args.get(1), write));
    }

    private static CdtResult putItems(MMap map, List<MsgValue> args, int maxArgs, int writeFlags) {
        arity(args, 1, maxArgs);
        long flags = args.size() > 1 ? unsigned(args, 1) : 0;
        int write = writeFlags >= 0 ? writeFlags : args.size() > 2 ? (int) unsigned(args, 2) : 0;
        Written written = MapWrites.putItems(target(map, flags), args.get(0), write);
        boolean noItems = args.get(0) instanceof MMap items && items.entries().isEmpty();
        return noItems ? written(written) : written(map, flags, written);
    }

    private static CdtResult increment(MMap map, List<MsgValue> args, boolean decrement) {
        arity(args, 1, 3);
        long flags = args.size() > 2 ? unsigned(args, 2) : 0;
        MsgValue delta = args.size() > 1 ? args.get(1) : null;
        return written(map, flags, MapWrites.increment(target(map, flags), args.get(0), delta, decrement));
    }

    /** A write that changed nothing still leaves the map it created, empty, as the node does. */
    private static CdtResult written(MMap map, long flags, Written written) {
        if (map == null && written.updated() == null) {
            return new CdtResult(ResultCode.OK, new MMap(List.of(), MapEntries.storedFlags(flags)), written.returned());
        }
        return written(written);
    }

    private static CdtResult written(Written written) {
        return new CdtResult(ResultCode.OK, written.updated(), written.returned());
    }

    /** The map a write works on: the existing one, or a new empty one with {@code flags}. */
    private static MapEntries target(MMap map, long flags) {
        return map != null ? MapEntries.of(map) : new MapEntries(List.of(), MapEntries.storedFlags(flags));
    }

    /** A get-by ({@code remove} false) or remove-by operation, named by its get-by code. */
    private static CdtResult select(MapEntries map, int readCode, List<MsgValue> args, boolean remove) {
        boolean ranged = switch (readCode) {
            case GET_BY_KEY_INTERVAL, GET_BY_INDEX_RANGE, GET_BY_VALUE_INTERVAL, GET_BY_RANK_RANGE -> true;
            default -> false;
        };
        boolean relative = readCode == GET_BY_KEY_REL_INDEX_RANGE || readCode == GET_BY_VALUE_REL_RANK_RANGE;
        arity(args, relative ? 3 : 2, relative ? 4 : ranged ? 3 : 2);
        long returnType = signed(args, 0);
        int type = MapResults.baseType(returnType);
        if (type < 0) {
            throw new Refusal(ResultCode.OP_NOT_APPLICABLE);
        }
        boolean inverted = MapResults.inverted(returnType);
        MsgValue first = args.get(1);
        MapSelection selection = switch (readCode) {
            case GET_BY_KEY -> MapQueries.byKey(map, first, inverted);
            case GET_BY_INDEX -> MapQueries.byIndexRange(map, signed(args, 1), 1, false, inverted);
            case GET_BY_VALUE -> MapQueries.byValue(map, first, false, inverted);
            case GET_BY_RANK -> MapQueries.byRankRange(map, signed(args, 1), 1, false, inverted);
            case GET_ALL_BY_VALUE -> MapQueries.byValue(map, first, true, inverted);
            case GET_BY_KEY_INTERVAL -> MapQueries.byKeyInterval(map, first, optional(args, 2), inverted);
            case GET_BY_INDEX_RANGE -> MapQueries.byIndexRange(map, signed(args, 1), count(args, 2), true, inverted);
            case GET_BY_VALUE_INTERVAL -> MapQueries.byValueInterval(map, first, optional(args, 2), inverted);
            case GET_BY_RANK_RANGE -> MapQueries.byRankRange(map, signed(args, 1), count(args, 2), true, inverted);
            case GET_BY_KEY_LIST -> MapQueries.byKeyList(map, list(first), type, inverted);
            case GET_BY_VALUE_LIST -> MapQueries.byValueList(map, list(first), inverted);
            case GET_BY_KEY_REL_INDEX_RANGE ->
                MapQueries.byKeyRelativeIndex(map, first, signed(args, 2), count(args, 3), inverted);
            case GET_BY_VALUE_REL_RANK_RANGE ->
                MapQueries.byValueRelativeRank(map, first, signed(args, 2), count(args, 3), inverted);
            default -> throw new Refusal(ResultCode.PARAMETER_ERROR);
        };
        MsgValue returned = MapResults.build(map, selection, type);
        if (!remove || selection.count() == 0) {
            return new CdtResult(ResultCode.OK, null, returned);
        }
        return new CdtResult(ResultCode.OK, new MMap(map.without(selection.chosen()), map.flags()), returned);
    }

    /** The get-by code that selects what remove-by {@code code} removes, or -1. */
    private static int readCodeOfRemove(int code) {
        return switch (code) {
            case REMOVE_BY_KEY, 77, 78, 79 -> code + (GET_BY_KEY - REMOVE_BY_KEY);
            case 81 -> GET_BY_KEY_LIST;
            case 82 -> GET_ALL_BY_VALUE;
            case 83 -> GET_BY_VALUE_LIST;
            case 84, 85, 86, 87 -> code + (GET_BY_KEY_INTERVAL - 84);
            case 88, REMOVE_BY_VALUE_REL_RANK_RANGE -> code + (GET_BY_KEY_REL_INDEX_RANGE - 88);
            default -> -1;
        };
    }

    private static void arity(List<MsgValue> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new Refusal(ResultCode.PARAMETER_ERROR);
        }
    }

    private static long signed(List<MsgValue> args, int at) {
        if (!(args.get(at) instanceof Int value)) {
            throw new Refusal(ResultCode.PARAMETER_ERROR);
        }
        return value.value();
    }

    private static long unsigned(List<MsgValue> args, int at) {
        return signed(args, at);
    }

    private static long count(List<MsgValue> args, int at) {
        return args.size() > at ? unsigned(args, at) : MapQueries.TO_END;
    }

    private static MsgValue optional(List<MsgValue> args, int at) {
        return args.size() > at ? args.get(at) : null;
    }

    private static List<MsgValue> list(MsgValue value) {
        if (!(value instanceof MList list)) {
            throw new Refusal(ResultCode.PARAMETER_ERROR);
        }
        return list.items();
    }
}
