package dev.aerobench.server;

import static dev.aerobench.server.CdtReturnType.COUNT;
import static dev.aerobench.server.CdtReturnType.EXISTS;
import static dev.aerobench.server.CdtReturnType.INDEX;
import static dev.aerobench.server.CdtReturnType.INVERTED;
import static dev.aerobench.server.CdtReturnType.KEY;
import static dev.aerobench.server.CdtReturnType.KEY_VALUE;
import static dev.aerobench.server.CdtReturnType.NONE;
import static dev.aerobench.server.CdtReturnType.ORDERED_MAP;
import static dev.aerobench.server.CdtReturnType.RANK;
import static dev.aerobench.server.CdtReturnType.REVERSE_INDEX;
import static dev.aerobench.server.CdtReturnType.REVERSE_RANK;
import static dev.aerobench.server.CdtReturnType.UNORDERED_MAP;
import static dev.aerobench.server.CdtReturnType.VALUE;

import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/** What a map read or remove returns for each return type (the client's {@code MapReturnType}). */
final class MapResults {

    /** The flag of a returned map whose entries keep the order they are listed in. */
    static final int PRESERVE_ORDER = 0x08;

    private MapResults() {}

    /** The return type without the {@link CdtReturnType#INVERTED} flag, or -1 if the node does not know it. */
    static int baseType(long returnType) {
        int base = (int) (returnType & ~INVERTED);
        return switch (base) {
            case NONE,
                    INDEX,
                    REVERSE_INDEX,
                    RANK,
                    REVERSE_RANK,
                    COUNT,
                    KEY,
                    VALUE,
                    KEY_VALUE,
                    EXISTS,
                    UNORDERED_MAP,
                    ORDERED_MAP -> base;
            default -> -1;
        };
    }

    static boolean inverted(long returnType) {
        return (returnType & INVERTED) != 0;
    }

    /** The value returned for {@code selection} of {@code map}; {@code null} returns nothing. */
    static MsgValue build(MapEntries map, MapSelection selection, int type) {
        return switch (type) {
            case NONE -> null;
            case COUNT -> MsgValue.of(selection.count());
            case EXISTS -> MsgValue.of(selection.exists() != null ? selection.exists() : selection.count() > 0);
            case INDEX, REVERSE_INDEX ->
                numbers(map, selection, selection.forIndex(), selection.indexRuns(), map::indexOf, type);
            case RANK, REVERSE_RANK ->
                numbers(map, selection, selection.forRank(), selection.rankRuns(), map::rankOf, type);
            case KEY -> elements(map, selection, position -> map.at(position).key());
            case VALUE -> elements(map, selection, position -> map.at(position).value());
            case KEY_VALUE, UNORDERED_MAP, ORDERED_MAP -> entries(map, selection.forElements(), type);
            default -> throw new IllegalArgumentException("unknown return type " + type);
        };
    }

    private static MsgValue numbers(
            MapEntries map, MapSelection selection, int[] positions, boolean runs, IntUnaryOperator number, int type) {
        int size = map.size();
        long[] values = new long[positions.length];
        for (int i = 0; i < positions.length; i++) {
            values[i] = selection.whole() ? i : number.applyAsInt(positions[i]);
        }
        if (type == REVERSE_INDEX || type == REVERSE_RANK) {
            reverse(values, size, runs);
        }
        if (!selection.multi()) {
            return MsgValue.of(values.length == 0 ? -1 : values[0]);
        }
        return MList.of(Arrays.stream(values).mapToObj(MsgValue::of).toList());
    }

    /**
     * Counts {@code values} from the end: each on its own, or, where the node writes ranges, each
     * run of consecutive numbers as the ascending range it becomes.
     */
    private static void reverse(long[] values, int size, boolean runs) {
        int start = 0;
        while (start < values.length) {
            int end = start + 1;
            while (runs && end < values.length && values[end] == values[end - 1] + 1) {
                end++;
            }
            long first = values[start];
            long last = values[end - 1];
            for (int i = start; i < end; i++) {
                values[i] = size - 1 - (runs ? last - (values[i] - first) : values[i]);
            }
            start = end;
        }
    }

    private static MsgValue elements(MapEntries map, MapSelection selection, IntFunction<MsgValue> part) {
        int[] positions = selection.forElements();
        if (!selection.multi()) {
            return positions.length == 0 ? null : part.apply(positions[0]);
        }
        return MList.of(Arrays.stream(positions).mapToObj(part).toList());
    }

    private static MsgValue entries(MapEntries map, int[] positions, int type) {
        List<Entry> entries =
                new ArrayList<>(Arrays.stream(positions).mapToObj(map::at).toList());
        return switch (type) {
            case ORDERED_MAP -> {
                entries.sort(Comparator.comparing(Entry::key));
                yield new MMap(entries, MMap.KEY_ORDERED);
            }
            case UNORDERED_MAP -> new MMap(entries, 0);
            default -> new MMap(entries, PRESERVE_ORDER);
        };
    }
}
