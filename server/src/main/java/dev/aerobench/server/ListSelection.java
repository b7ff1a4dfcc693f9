package dev.aerobench.server;

import static dev.aerobench.server.CdtReturnType.COUNT;
import static dev.aerobench.server.CdtReturnType.EXISTS;
import static dev.aerobench.server.CdtReturnType.INDEX;
import static dev.aerobench.server.CdtReturnType.INDEX_RANGE;
import static dev.aerobench.server.CdtReturnType.INVERTED;
import static dev.aerobench.server.CdtReturnType.NONE;
import static dev.aerobench.server.CdtReturnType.RANK;
import static dev.aerobench.server.CdtReturnType.RANK_RANGE;
import static dev.aerobench.server.CdtReturnType.REVERSE_INDEX;
import static dev.aerobench.server.CdtReturnType.REVERSE_INDEX_RANGE;
import static dev.aerobench.server.CdtReturnType.REVERSE_RANK;
import static dev.aerobench.server.CdtReturnType.REVERSE_RANK_RANGE;
import static dev.aerobench.server.CdtReturnType.TYPE_MASK;
import static dev.aerobench.server.CdtReturnType.VALUE;

import dev.aerobench.server.MsgValue.MList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The get- and remove-by operations of a list (by index, value, rank, value list, value range and
 * relative rank): selects elements, answers with the requested return type and, for a remove,
 * drops the selected elements. Follows the node's {@code particle_list.c}: ordered lists reduce
 * value and rank selections to an index range; which return types a selection supports, the
 * answers when nothing is selected and the INVERTED rules are the node's.
 */
final class ListSelection {

    private final List<MsgValue> items;
    private final int flags;
    private final boolean ordered;
    private final int type;
    private final boolean inverted;
    private final boolean multi;
    private final boolean modify;
    private final ListAnswers answers;

    /**
     * @param returnType the client's return type, possibly with {@link CdtReturnType#INVERTED}
     * @param multi whether the operation selects a range (its values come back as a list)
     * @param modify whether selected elements are removed
     */
    ListSelection(MList list, long returnType, boolean multi, boolean modify) {
        this.items = list.items();
        this.flags = list.flags();
        this.ordered = list.ordered();
        this.type = (int) (returnType & TYPE_MASK);
        this.inverted = (returnType & INVERTED) != 0;
        this.multi = multi;
        this.modify = modify;
        this.answers = new ListAnswers(items, ordered, type, inverted, multi);
    }

    private ListSelection(ListSelection base, boolean inverted) {
        this.items = base.items;
        this.flags = base.flags;
        this.ordered = base.ordered;
        this.type = base.type;
        this.inverted = inverted;
        this.multi = base.multi;
        this.modify = base.modify;
        this.answers = new ListAnswers(items, ordered, type, inverted, multi);
    }

    private int size() {
        return items.size();
    }

    /** Elements {@code index} .. {@code index + count - 1}; a negative index counts from the end. */
    CdtResult byIndexRange(long index, long count) {
        int n = size();
        int start;
        int length;
        if (multi) {
            long[] range = ListPositions.multiRange(index, count, n);
            start = (int) range[0];
            length = (int) range[1];
        } else {
            long absolute = index < 0 ? n + index : index;
            if (index >= n || absolute < 0) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            start = (int) absolute;
            length = (int) Math.min(count, n - absolute);
        }
        if (inverted && (!multi || answers.isRangeType())) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (!inverted && length == 0) {
            return answers.notFound(start);
        }
        boolean[] chosen = new boolean[n];
        Arrays.fill(chosen, start, start + length, true);
        if (inverted) {
            invert(chosen);
            if (length == 0) {
                Arrays.fill(chosen, true);
            }
        }
        int chosenCount = count(chosen);
        MsgValue returned;
        switch (type) {
            case NONE -> returned = null;
            case INDEX, REVERSE_INDEX -> returned = answers.indexRuns(chosenCount, start, length);
            case RANK, REVERSE_RANK ->
                returned = chosenCount == n || ordered
                        ? answers.indexRuns(chosenCount, start, length)
                        : answers.ranksOf(chosen);
            case COUNT -> returned = MsgValue.of(chosenCount);
            case EXISTS -> returned = MsgValue.of(chosenCount != 0);
            case VALUE -> returned = answers.valuesOf(chosen);
            case INDEX_RANGE, REVERSE_INDEX_RANGE -> returned = answers.rangePair(start, length);
            case RANK_RANGE, REVERSE_RANK_RANGE -> {
                if (!ordered) {
                    return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
                }
                returned = answers.rangePair(start, length);
            }
            default -> {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        return finish(chosen, returned);
    }

    /**
     * Elements from {@code start} up to but excluding {@code end} ({@code null}: no upper bound);
     * with {@code single}, the elements equal to {@code start} (the first one unless multi).
     */
    CdtResult byValueInterval(MsgValue start, MsgValue end, boolean single) {
        if (inverted && !multi) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int n = size();
        if (ordered) {
            int low = ListPositions.lowerBound(items, start);
            int length;
            if (single) {
                length = ListPositions.equalRun(items, low, start);
                if (!multi) {
                    length = Math.min(length, 1);
                }
            } else if (end == null) {
                length = n - low;
            } else if (start.compareTo(end) >= 0) {
                length = 0;
            } else {
                length = ListPositions.lowerBound(items, end) - low;
            }
            if (length == 0 && !multi) {
                return answers.notFound(0);
            }
            return byIndexRange(low, length);
        }
        int rank = 0;
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < n; i++) {
            MsgValue item = items.get(i);
            if (item.compareTo(start) < 0) {
                rank++;
            } else if (single) {
                chosen[i] = item.sameAs(start) && (multi || count(chosen) == 0);
            } else {
                chosen[i] = end == null || item.compareTo(end) < 0;
            }
        }
        int found = count(chosen);
        if (inverted) {
            invert(chosen);
        }
        int selected = count(chosen);
        MsgValue returned;
        switch (type) {
            case NONE, COUNT, EXISTS, RANK, REVERSE_RANK, RANK_RANGE, REVERSE_RANK_RANGE -> {
                if (inverted && answers.isRangeType()) {
                    return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
                }
                returned = answers.rangeResult(rank, found);
            }
            case INDEX, REVERSE_INDEX ->
                returned = selected == 0 && !multi ? MsgValue.of(-1) : answers.indexesOf(chosen);
            case VALUE -> returned = answers.valuesOf(chosen);
            default -> {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        return finish(chosen, returned);
    }

    /** Elements of rank {@code rank} .. {@code rank + count - 1} (smallest value first). */
    CdtResult byRankRange(long rank, long count) {
        if (inverted && !multi) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (ordered) {
            return byIndexRange(rank, count);
        }
        int n = size();
        long[] range;
        if (multi) {
            range = ListPositions.multiRange(rank, count, n);
        } else {
            long absolute = rank < 0 ? n + rank : rank;
            if (rank >= n || absolute < 0) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            range = new long[] {absolute, Math.min(count, n - absolute)};
        }
        int start = (int) range[0];
        int length = (int) range[1];
        int[] byRank = ListPositions.sortedIndexes(items);
        boolean[] chosen = new boolean[n];
        for (int r = start; r < start + length; r++) {
            chosen[byRank[r]] = true;
        }
        if (inverted) {
            invert(chosen);
        }
        int selected = count(chosen);
        if (selected == 0) {
            return answers.notFound(start);
        }
        if (inverted && answers.isRangeType()) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        MsgValue returned;
        switch (type) {
            case NONE, COUNT, EXISTS, RANK, REVERSE_RANK, RANK_RANGE, REVERSE_RANK_RANGE ->
                returned = answers.rangeResult(start, length);
            case INDEX, REVERSE_INDEX -> returned = answers.indexesOf(chosen);
            case VALUE -> {
                if (inverted) {
                    returned = answers.valuesOf(chosen);
                } else {
                    // The node selects the ranks with a heap, from the nearer end of the order:
                    // from the small end it hands them back largest first.
                    boolean descending = start <= n - start - length;
                    List<MsgValue> values = new ArrayList<>();
                    for (int r = start; r < start + length; r++) {
                        values.add(descending ? 0 : values.size(), items.get(byRank[r]));
                    }
                    returned = multi ? MList.of(values) : values.get(0);
                }
            }
            default -> {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        return finish(chosen, returned);
    }

    /** Every element equal to one of {@code wanted}. */
    CdtResult byValueList(List<MsgValue> wanted) {
        if (answers.isRangeType()) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int n = size();
        if (wanted.isEmpty()) {
            return inverted ? new ListSelection(this, false).byIndexRange(0, n) : answers.notFound(0);
        }
        boolean[] chosen = new boolean[n];
        for (int i = 0; i < n; i++) {
            MsgValue item = items.get(i);
            chosen[i] = wanted.stream().anyMatch(item::sameAs);
        }
        if (inverted) {
            invert(chosen);
        }
        int selected = count(chosen);
        MsgValue returned;
        switch (type) {
            case NONE -> returned = null;
            case COUNT -> returned = MsgValue.of(selected);
            case EXISTS -> returned = MsgValue.of(selected != 0);
            case INDEX, REVERSE_INDEX ->
                returned = inverted || !ordered ? answers.indexesOf(chosen) : answers.runsOf(wanted, true);
            case RANK, REVERSE_RANK ->
                returned = inverted
                        ? answers.rankRunsOf(chosen)
                        : ordered ? answers.runsOf(wanted, true) : answers.ranksPerValue(wanted);
            case VALUE -> returned = inverted || !ordered ? answers.valuesOf(chosen) : answers.runsOf(wanted, false);
            default -> {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        return finish(chosen, returned);
    }

    /**
     * Elements whose rank relative to {@code value}'s (the number of elements less than it) is
     * {@code rank} .. {@code rank + count - 1}.
     */
    CdtResult byRelativeRankRange(MsgValue value, long rank, long count) {
        long relative = ordered ? ListPositions.lowerBound(items, value) : ListPositions.rankOf(items, value);
        long index = rank + relative;
        if (index < 0) {
            count = count > -index ? count + index : 0;
            index = 0;
        }
        return ordered ? byIndexRange(index, count) : byRankRange(index, count);
    }

    /** The answer, and for a remove the list without the chosen elements (unchanged if none). */
    private CdtResult finish(boolean[] chosen, MsgValue returned) {
        if (!modify || count(chosen) == 0) {
            return CdtResult.read(returned);
        }
        List<MsgValue> kept = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (!chosen[i]) {
                kept.add(items.get(i));
            }
        }
        return CdtResult.write(new MList(kept, flags), returned);
    }

    private static void invert(boolean[] chosen) {
        for (int i = 0; i < chosen.length; i++) {
            chosen[i] = !chosen[i];
        }
    }

    private static int count(boolean[] chosen) {
        int count = 0;
        for (boolean c : chosen) {
            if (c) {
                count++;
            }
        }
        return count;
    }
}
