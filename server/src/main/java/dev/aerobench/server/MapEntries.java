package dev.aerobench.server;

import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A map's entries as the node's map operations see them: in stored order (positions, which is key
 * order, as the node keeps every map sorted by key), numbered by key order (the index) and by
 * value order (the rank, equal values by key order). Its flags still matter: the node takes other
 * code paths, with other result orders, for a key-ordered map than for an unordered one.
 */
final class MapEntries {

    /** The flags a stored map keeps: key-ordered (1) or key-value-ordered (3); none is unordered. */
    static final int ORDER_FLAGS = MMap.KEY_VALUE_ORDERED;

    private final List<Entry> entries;
    private final int flags;
    private int[] byIndex;
    private int[] byRank;
    private int[] indexOf;
    private int[] rankOf;

    MapEntries(List<Entry> entries, int flags) {
        this.entries = entries;
        this.flags = flags;
    }

    /**
     * The map as the node holds it: sorted by key whatever its flags, because the node sorts every
     * map it takes from a client ({@code cdt_untrusted_rewrite}).
     */
    static MapEntries of(MMap map) {
        List<Entry> entries = new ArrayList<>(map.entries());
        entries.sort(Comparator.comparing(Entry::key));
        return new MapEntries(entries, storedFlags(map.flags()));
    }

    /** The order flags a map created with {@code flags} keeps (the persist-index bit is not kept). */
    static int storedFlags(long flags) {
        return (flags & MMap.KEY_ORDERED) == 0 ? 0 : (int) (flags & ORDER_FLAGS);
    }

    List<Entry> entries() {
        return entries;
    }

    int flags() {
        return flags;
    }

    int size() {
        return entries.size();
    }

    boolean keyOrdered() {
        return (flags & MMap.KEY_ORDERED) != 0;
    }

    Entry at(int position) {
        return entries.get(position);
    }

    int indexOf(int position) {
        if (indexOf == null) {
            indexOf = inverse(byIndex());
        }
        return indexOf[position];
    }

    int rankOf(int position) {
        if (rankOf == null) {
            rankOf = inverse(byRank());
        }
        return rankOf[position];
    }

    /** The stored position of {@code key}, or -1. */
    int find(MsgValue key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().sameAs(key)) {
                return i;
            }
        }
        return -1;
    }

    /** How many keys sort before {@code key}: where it is or would be in index order. */
    int indexBound(MsgValue key) {
        return (int) entries.stream().filter(e -> e.key().compareTo(key) < 0).count();
    }

    /** How many values sort before {@code value}: its rank, or the rank it would have. */
    int rankBound(MsgValue value) {
        return (int)
                entries.stream().filter(e -> e.value().compareTo(value) < 0).count();
    }

    /** Stored positions in index order. */
    int[] byIndex() {
        if (byIndex == null) {
            byIndex = sorted(Comparator.comparing(Entry::key));
        }
        return byIndex;
    }

    /** Stored positions in rank order. */
    int[] byRank() {
        if (byRank == null) {
            byRank = sorted(Comparator.comparing(Entry::value).thenComparing(Entry::key));
        }
        return byRank;
    }

    /** The positions set in {@code selected}, in stored order. */
    int[] stored(BitSet selected) {
        return selected.stream().toArray();
    }

    /** The entries left when the positions in {@code removed} are taken out. */
    List<Entry> without(BitSet removed) {
        List<Entry> kept = new ArrayList<>(entries.size() - removed.cardinality());
        for (int i = 0; i < entries.size(); i++) {
            if (!removed.get(i)) {
                kept.add(entries.get(i));
            }
        }
        return kept;
    }

    private int[] sorted(Comparator<Entry> order) {
        return IntStream.range(0, entries.size())
                .boxed()
                .sorted(Comparator.comparing(entries::get, order))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    private static int[] inverse(int[] permutation) {
        int[] inverse = new int[permutation.length];
        for (int i = 0; i < permutation.length; i++) {
            inverse[permutation[i]] = i;
        }
        return inverse;
    }

    @Override
    public String toString() {
        return Arrays.toString(entries.toArray()) + " flags " + flags;
    }
}
