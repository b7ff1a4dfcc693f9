package dev.aerobench.server;

import static dev.aerobench.server.MapSelection.ordered;

import dev.aerobench.server.MapOperations.Refusal;
import dev.aerobench.server.MsgValue.Entry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which entries of a map each get/remove-by operation picks, and in which order the node lists
 * them (read from {@code particle_map.c}): by key, key interval and key list; by index and index
 * range; by value, value interval and value list; by rank and rank range; and relative to a key
 * (index) or value (rank). Ranges follow the node's index arithmetic: a negative index counts from
 * the end, an index past the end selects nothing, a range is clipped to the map; a single-element
 * operation out of range is refused with {@link ResultCode#OP_NOT_APPLICABLE}, as is INVERTED on a
 * single-element operation.
 */
final class MapQueries {

    /** The count of a range that has none: the rest of the map. */
    static final long TO_END = 0xFFFF_FFFFL;

    private MapQueries() {}

    /** The entry with {@code key} (get/remove by key). */
    static MapSelection byKey(MapEntries map, MsgValue key, boolean inverted) {
        int position = map.find(key);
        // A key-ordered map answers "not found" before it looks at the flag, an unordered one after.
        if (map.keyOrdered() && position < 0) {
            return MapSelection.none(false);
        }
        refuseInvertedSingle(inverted);
        if (position < 0) {
            return MapSelection.none(false);
        }
        BitSet chosen = new BitSet();
        chosen.set(position);
        return MapSelection.of(chosen, map.byIndex(), true, false, false);
    }

    /** Keys from {@code start} up to but not including {@code end} ({@code null}: no end). */
    static MapSelection byKeyInterval(MapEntries map, MsgValue start, MsgValue end, boolean inverted) {
        BitSet chosen = matching(map, e -> inRange(e.key(), start, end));
        if (map.keyOrdered()) {
            int first = chosen.isEmpty() ? map.indexBound(start) : map.indexOf(chosen.nextSetBit(0));
            return byIndexRange(map, first, chosen.cardinality(), true, inverted);
        }
        if (!inverted) {
            return MapSelection.of(chosen, map.byIndex(), true, false, true);
        }
        return MapSelection.complement(map, chosen)
                .withIndex(ordered(rest(map, chosen), map.byIndex()), true)
                .existsIfRangeEmpty(chosen.isEmpty());
    }

    /** Keys equal to any of {@code keys} (a wildcard in a key matches many). */
    static MapSelection byKeyList(MapEntries map, List<MsgValue> keys, int type, boolean inverted) {
        if (type == CdtReturnType.RANK || type == CdtReturnType.REVERSE_RANK) {
            throw new Refusal(ResultCode.OP_NOT_APPLICABLE);
        }
        if (keys.isEmpty()) {
            return inverted ? MapSelection.whole(map, true) : MapSelection.none(true);
        }
        BitSet chosen = new BitSet();
        List<Integer> inListOrder = new ArrayList<>();
        for (MsgValue key : keys) {
            for (int position : map.byIndex()) {
                if (map.at(position).key().sameAs(key) && !chosen.get(position)) {
                    chosen.set(position);
                    inListOrder.add(position);
                }
            }
        }
        if (inverted) {
            // The unordered-map code writes the remaining indexes as ranges, the key-ordered one one by one.
            MapSelection rest = MapSelection.complement(map, chosen);
            return map.keyOrdered() ? rest : rest.withIndex(rest.forIndex(), true);
        }
        return MapSelection.of(chosen, map.byIndex(), false, false, true).withIndex(toArray(inListOrder), false);
    }

    /** Values from {@code start} up to but not including {@code end} ({@code null}: no end). */
    static MapSelection byValueInterval(MapEntries map, MsgValue start, MsgValue end, boolean inverted) {
        return valueSelection(map, matching(map, e -> inRange(e.value(), start, end)), true, inverted);
    }

    /** Values equal to {@code value}: the first in stored order ({@code multi} false) or all. */
    static MapSelection byValue(MapEntries map, MsgValue value, boolean multi, boolean inverted) {
        if (!multi) {
            refuseInvertedSingle(inverted);
        }
        BitSet chosen = matching(map, e -> e.value().sameAs(value));
        if (!multi && !chosen.isEmpty()) {
            int first = chosen.nextSetBit(0);
            chosen.clear();
            chosen.set(first);
        }
        return valueSelection(map, chosen, multi, inverted);
    }

    /** Values equal to any of {@code values}. */
    static MapSelection byValueList(MapEntries map, List<MsgValue> values, boolean inverted) {
        if (values.isEmpty()) {
            return inverted ? MapSelection.whole(map, true) : MapSelection.none(true);
        }
        BitSet chosen = new BitSet();
        List<Integer> ranksInListOrder = new ArrayList<>();
        for (MsgValue value : values) {
            for (int position : map.byRank()) {
                if (map.at(position).value().sameAs(value) && !chosen.get(position)) {
                    chosen.set(position);
                    ranksInListOrder.add(position);
                }
            }
        }
        if (inverted) {
            return MapSelection.complement(map, chosen).withRank(ordered(rest(map, chosen), map.byRank()), true);
        }
        return MapSelection.of(chosen, map.byIndex(), false, false, true).withRank(toArray(ranksInListOrder), false);
    }

    /** {@code count} entries from index {@code index}; one entry if not {@code multi}. */
    static MapSelection byIndexRange(MapEntries map, long index, long count, boolean multi, boolean inverted) {
        return positionRange(map, index, count, multi, inverted, (start, length, multiple, allBut) -> {
            if (length == map.size()) {
                return MapSelection.whole(map, multiple);
            }
            BitSet chosen = slice(map.byIndex(), start, length);
            if (!allBut) {
                return MapSelection.of(chosen, map.byIndex(), true, false, multiple);
            }
            MapSelection others =
                    MapSelection.complement(map, chosen).withIndex(ordered(rest(map, chosen), map.byIndex()), true);
            return map.keyOrdered() ? others : others.existsIfRangeEmpty(false);
        });
    }

    /** {@code count} entries from rank {@code rank}; one entry if not {@code multi}. */
    static MapSelection byRankRange(MapEntries map, long rank, long count, boolean multi, boolean inverted) {
        return positionRange(map, rank, count, multi, inverted, (start, length, multiple, allBut) -> {
            BitSet chosen = slice(map.byRank(), start, length);
            if (!allBut) {
                return MapSelection.of(chosen, map.byRank(), false, true, multiple);
            }
            return MapSelection.complement(map, chosen)
                    .withRank(ordered(rest(map, chosen), map.byRank()), true)
                    .existsIfRangeEmpty(false);
        });
    }

    /** Selects a non-empty range of positions in one order (index or rank). */
    @FunctionalInterface
    private interface RangeSelector {
        /** {@code multi}: a range rather than one entry; {@code inverted}: select all but the range. */
        MapSelection select(int start, int length, boolean multi, boolean inverted);
    }

    /**
     * What index and rank ranges share: the node's range arithmetic, its refusal of an inverted
     * single entry, and its rewrite of an inverted range that touches an end into the plain range
     * left over; {@code selector} picks a remaining non-empty range.
     */
    private static MapSelection positionRange(
            MapEntries map, long from, long count, boolean multi, boolean inverted, RangeSelector selector) {
        long[] range = range(from, count, map.size(), multi);
        refuseInvertedSingle(inverted && !multi);
        int start = (int) range[0];
        int length = (int) range[1];
        int size = map.size();
        if (inverted) {
            if (length == 0) {
                return MapSelection.whole(map, true);
            } else if (start == 0) {
                return positionRange(map, length, size - length, true, false, selector);
            } else if (start + length >= size) {
                return positionRange(map, 0, start, true, false, selector);
            }
        }
        if (length == 0) {
            return MapSelection.none(multi);
        }
        return selector.select(start, length, multi, inverted);
    }

    /** Entries {@code index} places (in key order) from where {@code key} is or would be. */
    static MapSelection byKeyRelativeIndex(MapEntries map, MsgValue key, long index, long count, boolean inverted) {
        long[] relative = relative(map.indexBound(key), index, count);
        return byIndexRange(map, relative[0], relative[1], true, inverted);
    }

    /** Entries {@code rank} places (in value order) from where {@code value} is or would be. */
    static MapSelection byValueRelativeRank(MapEntries map, MsgValue value, long rank, long count, boolean inverted) {
        long[] relative = relative(map.rankBound(value), rank, count);
        return byRankRange(map, relative[0], relative[1], true, inverted);
    }

    /** The node's {@code calc_index_count}: {start, count} within {@code size}. */
    private static long[] range(long index, long count, int size, boolean multi) {
        if (!multi) {
            if (index >= size || (index < 0 && index + size < 0)) {
                throw new Refusal(ResultCode.OP_NOT_APPLICABLE);
            }
            return new long[] {index < 0 ? index + size : index, 1};
        }
        if (index >= size) {
            return new long[] {size, 0};
        }
        if (index < 0) {
            index += size;
            if (index < 0) {
                // count is unsigned, as on the wire: what is left of it past the start, at most the map.
                long left = Long.compareUnsigned(-index, count) < 0 ? count + index : 0;
                return new long[] {0, Long.compareUnsigned(left, size) > 0 ? size : left};
            }
        }
        long available = size - index;
        return new long[] {index, Long.compareUnsigned(count, available) >= 0 ? available : count};
    }

    /** The node's {@code calc_rel_index_count}: {index, count} from an offset off an anchor. */
    private static long[] relative(int anchor, long offset, long count) {
        long index = offset + anchor;
        if (index < 0) {
            count = Long.compareUnsigned(count, -index) > 0 ? count + index : 0;
            index = 0;
        }
        return new long[] {index, count};
    }

    private static MapSelection valueSelection(MapEntries map, BitSet chosen, boolean multi, boolean inverted) {
        if (chosen.isEmpty()) {
            return inverted ? MapSelection.whole(map, true) : MapSelection.none(multi);
        }
        if (!inverted) {
            return MapSelection.of(chosen, map.byIndex(), false, false, multi)
                    .withRank(ordered(chosen, map.byRank()), true);
        }
        return MapSelection.complement(map, chosen)
                .withRank(ordered(rest(map, chosen), map.byRank()), true)
                .existsIfRangeEmpty(false);
    }

    private static BitSet rest(MapEntries map, BitSet chosen) {
        BitSet rest = new BitSet();
        rest.set(0, map.size());
        rest.andNot(chosen);
        return rest;
    }

    private static BitSet slice(int[] order, int start, int length) {
        BitSet chosen = new BitSet();
        for (int i = start; i < start + length; i++) {
            chosen.set(order[i]);
        }
        return chosen;
    }

    private static int[] toArray(List<Integer> positions) {
        return positions.stream().mapToInt(Integer::intValue).toArray();
    }

    private static BitSet matching(MapEntries map, Predicate<Entry> test) {
        BitSet chosen = new BitSet();
        for (int i = 0; i < map.size(); i++) {
            if (test.test(map.at(i))) {
                chosen.set(i);
            }
        }
        return chosen;
    }

    private static boolean inRange(MsgValue value, MsgValue start, MsgValue end) {
        return value.compareTo(start) >= 0 && (end == null || value.compareTo(end) < 0);
    }

    private static void refuseInvertedSingle(boolean inverted) {
        if (inverted) {
            throw new Refusal(ResultCode.OP_NOT_APPLICABLE);
        }
    }
}
