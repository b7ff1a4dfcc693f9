package dev.aerobench.server;

import dev.aerobench.server.MsgValue.MList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The get- and remove-by operations of a list (by index, value, rank, value list, value range and
 * relative rank): selects elements, answers with the requested return type and, for a remove,
 * drops the selected elements. Follows the node's {@code particle_list.c}: ordered lists reduce
 * value and rank selections to an index range; which return types a selection supports, the
 * answers when nothing is selected and the INVERTED rules are the node's.
 */
final class ListSelection {

    static final int NONE = 0;
    static final int INDEX = 1;
    static final int REVERSE_INDEX = 2;
    static final int RANK = 3;
    static final int REVERSE_RANK = 4;
    static final int COUNT = 5;
    static final int KEY = 6;
    static final int VALUE = 7;
    static final int KEY_VALUE = 8;
    static final int INDEX_RANGE = 9;
    static final int REVERSE_INDEX_RANGE = 10;
    static final int RANK_RANGE = 11;
    static final int REVERSE_RANK_RANGE = 12;
    static final int EXISTS = 13;
    static final int INVERTED = 0x10000;
    private static final int TYPE_MASK = 0xffff;

    private final List<MsgValue> items;
    private final int flags;
    private final boolean ordered;
    private final int type;
    private final boolean inverted;
    private final boolean multi;
    private final boolean modify;

    /**
     * @param returnType the client's return type, possibly with {@link #INVERTED}
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
    }

    private ListSelection(ListSelection base, boolean inverted) {
        this.items = base.items;
        this.flags = base.flags;
        this.ordered = base.ordered;
        this.type = base.type;
        this.inverted = inverted;
        this.multi = base.multi;
        this.modify = base.modify;
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
            long[] range = multiRange(index, count, n);
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
        if (inverted && (!multi || isRangeType())) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (!inverted && length == 0) {
            return notFound(start);
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
            case INDEX, REVERSE_INDEX -> returned = indexRuns(chosenCount, start, length);
            case RANK, REVERSE_RANK ->
                returned = chosenCount == n || ordered ? indexRuns(chosenCount, start, length) : ranksOf(chosen);
            case COUNT -> returned = MsgValue.of(chosenCount);
            case EXISTS -> returned = MsgValue.of(chosenCount != 0);
            case VALUE -> returned = valuesOf(chosen);
            case INDEX_RANGE, REVERSE_INDEX_RANGE -> returned = rangePair(start, length);
            case RANK_RANGE, REVERSE_RANK_RANGE -> {
                if (!ordered) {
                    return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
                }
                returned = rangePair(start, length);
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
            int low = lowerBound(start);
            int length;
            if (single) {
                length = equalRun(low, start);
                if (!multi) {
                    length = Math.min(length, 1);
                }
            } else if (end == null) {
                length = n - low;
            } else if (start.compareTo(end) >= 0) {
                length = 0;
            } else {
                length = lowerBound(end) - low;
            }
            if (length == 0 && !multi) {
                return notFound(0);
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
                if (inverted && isRangeType()) {
                    return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
                }
                returned = rangeResult(rank, found);
            }
            case INDEX, REVERSE_INDEX -> returned = selected == 0 && !multi ? MsgValue.of(-1) : indexesOf(chosen);
            case VALUE -> returned = valuesOf(chosen);
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
            range = multiRange(rank, count, n);
        } else {
            long absolute = rank < 0 ? n + rank : rank;
            if (rank >= n || absolute < 0) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            range = new long[] {absolute, Math.min(count, n - absolute)};
        }
        int start = (int) range[0];
        int length = (int) range[1];
        int[] byRank = sortedIndexes();
        boolean[] chosen = new boolean[n];
        for (int r = start; r < start + length; r++) {
            chosen[byRank[r]] = true;
        }
        if (inverted) {
            invert(chosen);
        }
        int selected = count(chosen);
        if (selected == 0) {
            return notFound(start);
        }
        if (inverted && isRangeType()) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        MsgValue returned;
        switch (type) {
            case NONE, COUNT, EXISTS, RANK, REVERSE_RANK, RANK_RANGE, REVERSE_RANK_RANGE ->
                returned = rangeResult(start, length);
            case INDEX, REVERSE_INDEX -> returned = indexesOf(chosen);
            case VALUE -> {
                if (inverted) {
                    returned = valuesOf(chosen);
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
        if (isRangeType()) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int n = size();
        if (wanted.isEmpty()) {
            return inverted ? new ListSelection(this, false).byIndexRange(0, n) : notFound(0);
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
            case INDEX, REVERSE_INDEX -> returned = inverted || !ordered ? indexesOf(chosen) : runsOf(wanted, true);
            case RANK, REVERSE_RANK ->
                returned = inverted ? rankRunsOf(chosen) : ordered ? runsOf(wanted, true) : ranksPerValue(wanted);
            case VALUE -> returned = inverted || !ordered ? valuesOf(chosen) : runsOf(wanted, false);
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
        long relative = ordered
                ? lowerBound(value)
                : (int) items.stream().filter(item -> item.compareTo(value) < 0).count();
        long index = rank + relative;
        if (index < 0) {
            count = count > -index ? count + index : 0;
            index = 0;
        }
        return ordered ? byIndexRange(index, count) : byRankRange(index, count);
    }

    // -- answers

    /** What the node answers when nothing is selected. */
    private CdtResult notFound(int index) {
        MsgValue returned = switch (type) {
            case NONE -> null;
            case INDEX_RANGE, REVERSE_INDEX_RANGE, RANK_RANGE, REVERSE_RANK_RANGE -> pair(index, 0);
            case INDEX, REVERSE_INDEX, RANK, REVERSE_RANK -> multi ? MList.of(List.of()) : MsgValue.of(-1);
            case COUNT -> MsgValue.of(0);
            case EXISTS -> MsgValue.FALSE;
            case VALUE -> multi ? MList.of(List.of()) : null;
            default -> MsgValue.NIL;
        };
        return returned == MsgValue.NIL ? CdtResult.error(ResultCode.OP_NOT_APPLICABLE) : CdtResult.read(returned);
    }

    /**
     * A contiguous run of {@code length} indexes or ranks from {@code start}, as the node reports
     * one for count, exists, index, rank and range return types (with INVERTED, everything else).
     */
    private MsgValue rangeResult(int start, int length) {
        int n = size();
        return switch (type) {
            case NONE -> null;
            case COUNT -> MsgValue.of(inverted ? n - length : length);
            case EXISTS -> MsgValue.of(inverted ? length == 0 : length != 0);
            case INDEX, REVERSE_INDEX, RANK, REVERSE_RANK -> indexRankCount(start, length, inverted);
            default -> rangePair(start, length);
        };
    }

    /** The indexes (or an ordered list's ranks) an index range selected, as runs. */
    private MsgValue indexRuns(int chosenCount, int start, int length) {
        return chosenCount == size() ? indexRankCount(0, size(), false) : indexRankCount(start, length, inverted);
    }

    /**
     * The run {@code start .. start + length - 1} (with {@code invertedRun}, the runs before and
     * after it). The node reverses a run as a whole: its reversed values still ascend.
     */
    private MsgValue indexRankCount(int start, int length, boolean invertedRun) {
        int n = size();
        if (!multi) {
            return MsgValue.of(length == 0 ? -1 : reversed(start));
        }
        List<MsgValue> out = new ArrayList<>();
        if (invertedRun) {
            addRun(out, 0, start);
            addRun(out, start + length, n - start - length);
        } else {
            addRun(out, start, length);
        }
        return MList.of(out);
    }

    private void addRun(List<MsgValue> out, int start, int length) {
        boolean reverse = type == REVERSE_INDEX || type == REVERSE_RANK;
        int first = reverse ? size() - start - length : start;
        for (int i = first; i < first + length; i++) {
            out.add(MsgValue.of(i));
        }
    }

    private MsgValue rangePair(int start, int length) {
        boolean reverse = type == REVERSE_INDEX_RANGE || type == REVERSE_RANK_RANGE;
        return pair(reverse ? size() - start - length : start, length);
    }

    private static MsgValue pair(long first, long second) {
        return MList.of(List.of(MsgValue.of(first), MsgValue.of(second)));
    }

    private MsgValue indexesOf(boolean[] chosen) {
        List<MsgValue> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(MsgValue.of(reversed(i)));
            }
        }
        return multi ? MList.of(out) : out.isEmpty() ? MsgValue.of(-1) : out.get(0);
    }

    /** Each chosen element's rank (elements less than it), in index order. */
    private MsgValue ranksOf(boolean[] chosen) {
        if (ordered) {
            return indexesOf(chosen);
        }
        List<MsgValue> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(MsgValue.of(reversed(rankOf(items.get(i)))));
            }
        }
        return multi ? MList.of(out) : out.get(0);
    }

    /** For an unordered list: per wanted value in the given order, the ranks of its equal elements one by one. */
    private MsgValue ranksPerValue(List<MsgValue> wanted) {
        List<MsgValue> out = new ArrayList<>();
        for (MsgValue value : wanted) {
            int rank = rankOf(value);
            long equal = items.stream().filter(value::sameAs).count();
            for (int j = 0; j < equal; j++) {
                out.add(MsgValue.of(reversed(rank + j)));
            }
        }
        return MList.of(out);
    }

    /** The ranks the chosen elements occupy, as runs in ascending order. */
    private MsgValue rankRunsOf(boolean[] chosen) {
        int[] byRank = sortedIndexes();
        List<MsgValue> out = new ArrayList<>();
        int runStart = -1;
        for (int r = 0; r <= byRank.length; r++) {
            boolean in = r < byRank.length && chosen[byRank[r]];
            if (in && runStart < 0) {
                runStart = r;
            } else if (!in && runStart >= 0) {
                addRun(out, runStart, r - runStart);
                runStart = -1;
            }
        }
        return MList.of(out);
    }

    /** For an ordered list: per wanted value in the given order, the indexes or values of its equal run. */
    private MsgValue runsOf(List<MsgValue> wanted, boolean indexes) {
        List<MsgValue> out = new ArrayList<>();
        for (MsgValue value : wanted) {
            int low = lowerBound(value);
            int length = equalRun(low, value);
            if (indexes) {
                addRun(out, low, length);
            } else {
                out.addAll(items.subList(low, low + length));
            }
        }
        return MList.of(out);
    }

    private MsgValue valuesOf(boolean[] chosen) {
        List<MsgValue> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(items.get(i));
            }
        }
        return multi ? MList.of(out) : out.isEmpty() ? null : out.get(0);
    }

    private long reversed(long indexOrRank) {
        boolean reverse = type == REVERSE_INDEX || type == REVERSE_RANK;
        return reverse ? size() - indexOrRank - 1 : indexOrRank;
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

    // -- positions

    private boolean isRangeType() {
        return type == INDEX_RANGE || type == REVERSE_INDEX_RANGE || type == RANK_RANGE || type == REVERSE_RANK_RANGE;
    }

    /** Start and length of a range operation, clipped to the list as the node clips them. */
    static long[] multiRange(long index, long count, int n) {
        if (index >= n) {
            return new long[] {n, 0};
        }
        long absolute = index < 0 ? n + index : index;
        if (absolute < 0) {
            long length = -absolute < count ? Math.min(count + absolute, n) : 0;
            return new long[] {0, length};
        }
        return new long[] {absolute, Math.min(count, n - absolute)};
    }

    /** In an ordered list: the first position whose element is not less than {@code value}. */
    private int lowerBound(MsgValue value) {
        int low = 0;
        int high = size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (items.get(middle).compareTo(value) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int equalRun(int from, MsgValue value) {
        int end = from;
        while (end < size() && items.get(end).sameAs(value)) {
            end++;
        }
        return end - from;
    }

    private int rankOf(MsgValue value) {
        return (int) items.stream().filter(item -> item.compareTo(value) < 0).count();
    }

    /** Element indexes by rank: value order, equal values in index order. */
    private int[] sortedIndexes() {
        return IntStream.range(0, size())
                .boxed()
                .sorted(Comparator.comparing(items::get))
                .mapToInt(Integer::intValue)
                .toArray();
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
