package dev.aerobench.server;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The entries a map read or remove picked ({@code chosen}, stored positions) and how the node
 * lists them for each kind of result. Index results, rank results and returned entries each come
 * in the order the node's code for that operation builds them (stored, key or value order), and a
 * client sees that order. Where the node writes numbers as ranges ({@code indexRuns},
 * {@code rankRuns}) a reversed range stays ascending; where it writes them one by one, each is
 * reversed in place.
 *
 * @param multi whether the operation returns a list (a range or list operation) or one value
 * @param whole whether the node took its "everything" path, which numbers the entries 0..n-1
 * @param exists what EXISTS answers, or {@code null} for "anything chosen": an inverted range
 *     the node counts as a range answers whether the range itself was empty
 */
record MapSelection(
        BitSet chosen,
        int[] forIndex,
        boolean indexRuns,
        int[] forRank,
        boolean rankRuns,
        int[] forElements,
        boolean multi,
        boolean whole,
        Boolean exists) {

    static MapSelection none(boolean multi) {
        int[] empty = new int[0];
        return new MapSelection(new BitSet(), empty, true, empty, true, empty, multi, false, null);
    }

    static MapSelection whole(MapEntries map, boolean multi) {
        BitSet all = new BitSet();
        all.set(0, map.size());
        int[] stored = map.stored(all);
        return new MapSelection(all, stored, true, stored, true, stored, multi, true, null);
    }

    /** The chosen entries in {@code order} for every result, numbered as ranges or one by one. */
    static MapSelection of(BitSet chosen, int[] order, boolean indexRuns, boolean rankRuns, boolean multi) {
        int[] positions = ordered(chosen, order);
        return new MapSelection(chosen, positions, indexRuns, positions, rankRuns, positions, multi, false, null);
    }

    MapSelection withIndex(int[] positions, boolean runs) {
        return new MapSelection(chosen, positions, runs, forRank, rankRuns, forElements, multi, whole, exists);
    }

    MapSelection withRank(int[] positions, boolean runs) {
        return new MapSelection(chosen, forIndex, indexRuns, positions, runs, forElements, multi, whole, exists);
    }

    /** With EXISTS answering whether the range before inversion was empty. */
    MapSelection existsIfRangeEmpty(boolean rangeEmpty) {
        return new MapSelection(chosen, forIndex, indexRuns, forRank, rankRuns, forElements, multi, whole, rangeEmpty);
    }

    int count() {
        return chosen.cardinality();
    }

    /** Positions of {@code chosen} in {@code order} (a permutation of all positions). */
    static int[] ordered(BitSet chosen, int[] order) {
        return Arrays.stream(order).filter(chosen::get).toArray();
    }

    /** The entries not chosen, every result in stored order, numbered one by one. */
    static MapSelection complement(MapEntries map, BitSet chosen) {
        BitSet rest = new BitSet();
        rest.set(0, map.size());
        rest.andNot(chosen);
        return of(rest, map.byIndex(), false, false, true);
    }
}
