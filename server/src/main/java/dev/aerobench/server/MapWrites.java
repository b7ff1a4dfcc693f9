package dev.aerobench.server;

import dev.aerobench.server.MapOperations.Refusal;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MMap;
import dev.aerobench.server.MsgValue.Nil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The map operations that add or change entries (put, add, replace and their item forms,
 * increment and decrement), with the node's write flags: create-only, update-only, no-fail and
 * partial ({@code map_add} and {@code map_add_items} in the node's {@code particle_map.c}). Every
 * map stays sorted by key, whatever its order flags, as the node keeps them.
 */
final class MapWrites {

    /** Write flag: an existing key is not overwritten (create only). */
    static final int NO_OVERWRITE = 0x01;
    /** Write flag: a missing key is not created (update only). */
    static final int NO_CREATE = 0x02;
    /** Write flag: a refused entry is skipped instead of failing the command. */
    static final int NO_FAIL = 0x04;
    /** Write flag: with {@link #NO_FAIL}, the accepted items are written and the others skipped. */
    static final int DO_PARTIAL = 0x08;

    private MapWrites() {}

    /** What a write did: the new map ({@code null}: unchanged) and the value it returns. */
    record Written(MMap updated, MsgValue returned) {}

    /** Puts one entry; returns the map's new size. */
    static Written put(MapEntries map, MsgValue key, MsgValue given, int writeFlags) {
        requireKey(key);
        MsgValue value = storable(given);
        int position = map.find(key);
        if (position >= 0 ? (writeFlags & NO_OVERWRITE) != 0 : (writeFlags & NO_CREATE) != 0) {
            return refuse(map, position >= 0, writeFlags);
        }
        List<Entry> entries = withEntry(map, position, key, value);
        return new Written(new MMap(entries, map.flags()), MsgValue.of(entries.size()));
    }

    /** Puts every entry of {@code items}; returns the map's new size. */
    static Written putItems(MapEntries map, MsgValue items, int writeFlags) {
        if (!(items instanceof MMap itemMap)) {
            throw new Refusal(ResultCode.PARAMETER_ERROR);
        }
        List<Entry> added = storableEntries(itemMap.entries());
        if (added.isEmpty()) {
            return new Written(null, MsgValue.of(map.size()));
        }
        boolean noCreate = (writeFlags & NO_CREATE) != 0;
        boolean noOverwrite = (writeFlags & NO_OVERWRITE) != 0;
        boolean partial = (writeFlags & NO_FAIL) != 0 && (writeFlags & DO_PARTIAL) != 0;
        List<Entry> sorted = new ArrayList<>(map.entries());
        sorted.sort(Comparator.comparing(Entry::key));
        // Quirk of the node: update-only, no-fail and partial into an empty map adds every item.
        boolean checked = !sorted.isEmpty() || !partial;
        for (Entry item : added) {
            int position = indexOfKey(sorted, item.key());
            boolean refused = position >= 0 ? noOverwrite : noCreate;
            if (refused && checked) {
                if (!partial) {
                    return refuse(map, position >= 0, writeFlags);
                }
                continue;
            }
            if (position >= 0) {
                sorted.set(position, item);
            } else {
                sorted.add(-position - 1, item);
            }
        }
        return new Written(new MMap(sorted, map.flags()), MsgValue.of(sorted.size()));
    }

    /** Adds {@code delta} (default 1) to the number at {@code key}; returns the new number. */
    static Written increment(MapEntries map, MsgValue key, MsgValue delta, boolean decrement) {
        if (delta != null && !(delta instanceof Int || delta instanceof Dbl || delta instanceof Nil)) {
            throw new Refusal(ResultCode.PARAMETER_ERROR);
        }
        long step = delta instanceof Int i ? i.value() : 1;
        double doubleStep = delta instanceof Dbl d ? d.value() : 1;
        if (decrement) {
            step = -step;
            doubleStep = -doubleStep;
        }
        boolean doubleDelta = delta instanceof Dbl;
        int position = map.find(key);
        MsgValue result;
        if (position < 0) {
            result = doubleDelta ? MsgValue.of(doubleStep) : MsgValue.of(step);
        } else {
            result = switch (map.at(position).value()) {
                case Int current -> MsgValue.of(current.value() + (doubleDelta ? (long) doubleStep : step));
                case Dbl current -> MsgValue.of(current.value() + (doubleDelta ? doubleStep : step));
                default -> throw new Refusal(ResultCode.PARAMETER_ERROR);
            };
        }
        requireKey(key);
        return new Written(new MMap(withEntry(map, position, key, result), map.flags()), result);
    }

    private static Written refuse(MapEntries map, boolean exists, int writeFlags) {
        if ((writeFlags & NO_FAIL) != 0) {
            return new Written(null, MsgValue.of(map.size()));
        }
        throw new Refusal(exists ? ResultCode.ELEMENT_EXISTS : ResultCode.ELEMENT_NOT_FOUND);
    }

    private static List<Entry> withEntry(MapEntries map, int position, MsgValue key, MsgValue value) {
        List<Entry> entries = new ArrayList<>(map.entries());
        Entry entry = new Entry(key, value);
        if (position >= 0) {
            entries.set(position, entry);
        } else {
            entries.add(-indexOfKey(entries, key) - 1, entry);
        }
        return entries;
    }

    /** Binary search by key: the position, or {@code -(insertion point) - 1}. */
    private static int indexOfKey(List<Entry> sorted, MsgValue key) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = sorted.get(middle).key().compareTo(key);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }

    /** A map key is an integer, a string or a non-empty-typed blob, as the node's {@code map_is_key}. */
    static void requireKey(MsgValue key) {
        boolean valid = switch (key) {
            case Int i -> true;
            case Bytes b ->
                b.kind() == MsgValue.Kind.STRING || b.particleType() == MsgValue.BLOB_TYPE && b.data().length > 0;
            default -> false;
        };
        if (!valid) {
            throw new Refusal(ResultCode.PARAMETER_ERROR);
        }
    }

    /**
     * {@code value} as the node stores it ({@code cdt_untrusted_rewrite}): maps inside it sorted by
     * key; a wildcard or infinity (they select, they cannot be stored), an invalid or a duplicate
     * key inside it is a {@link ResultCode#PARAMETER_ERROR}.
     */
    static MsgValue storable(MsgValue value) {
        return switch (value) {
            case MsgValue.Special special -> throw new Refusal(ResultCode.PARAMETER_ERROR);
            case MsgValue.MList list ->
                new MsgValue.MList(
                        list.items().stream().map(MapWrites::storable).toList(), list.flags());
            case MMap map -> new MMap(storableEntries(map.entries()), map.flags());
            default -> value;
        };
    }

    private static List<Entry> storableEntries(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            requireKey(entry.key());
            sorted.add(new Entry(entry.key(), storable(entry.value())));
        }
        sorted.sort(Comparator.comparing(Entry::key));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).key().sameAs(sorted.get(i).key())) {
                throw new Refusal(ResultCode.PARAMETER_ERROR);
            }
        }
        return sorted;
    }
}
