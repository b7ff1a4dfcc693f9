package dev.aerobench.server;

import static dev.aerobench.server.CdtReturnType.COUNT;
import static dev.aerobench.server.CdtReturnType.EXISTS;
import static dev.aerobench.server.CdtReturnType.INDEX;
import static dev.aerobench.server.CdtReturnType.INDEX_RANGE;
import static dev.aerobench.server.CdtReturnType.NONE;
import static dev.aerobench.server.CdtReturnType.RANK;
import static dev.aerobench.server.CdtReturnType.RANK_RANGE;
import static dev.aerobench.server.CdtReturnType.REVERSE_INDEX;
import static dev.aerobench.server.CdtReturnType.REVERSE_INDEX_RANGE;
import static dev.aerobench.server.CdtReturnType.REVERSE_RANK;
import static dev.aerobench.server.CdtReturnType.REVERSE_RANK_RANGE;
import static dev.aerobench.server.CdtReturnType.VALUE;

import dev.aerobench.server.MsgValue.MList;
import java.util.ArrayList;
import java.util.List;

/**
 * How a list's get- and remove-by operation answers for the elements it selected, as the node
 * builds each return type ({@code cdt.c} {@code result_data_*} and {@code particle_list.c}): runs
 * of indexes or ranks (a reversed run still ascends), per-element ranks, values in index or rank
 * order, counts, and the answers when nothing was selected.
 */
final class ListAnswers {

    private final List<MsgValue> items;
    private final boolean ordered;
    private final int type;
    private final boolean inverted;
    private final boolean multi;

    ListAnswers(List<MsgValue> items, boolean ordered, int type, boolean inverted, boolean multi) {
        this.items = items;
        this.ordered = ordered;
        this.type = type;
        this.inverted = inverted;
        this.multi = multi;
    }

    /** What the node answers when nothing is selected. */
    CdtResult notFound(int index) {
        return switch (type) {
            case NONE -> CdtResult.read(null);
            case INDEX_RANGE, REVERSE_INDEX_RANGE, RANK_RANGE, REVERSE_RANK_RANGE -> CdtResult.read(pair(index, 0));
            case INDEX, REVERSE_INDEX, RANK, REVERSE_RANK ->
                CdtResult.read(multi ? MList.of(List.of()) : MsgValue.of(-1));
            case COUNT -> CdtResult.read(MsgValue.of(0));
            case EXISTS -> CdtResult.read(MsgValue.FALSE);
            case VALUE -> CdtResult.read(multi ? MList.of(List.of()) : null);
            default -> CdtResult.error(ResultCode.OP_NOT_APPLICABLE); // key and map types, unknown types
        };
    }

    /**
     * A contiguous run of {@code length} indexes or ranks from {@code start}, as the node reports
     * one for count, exists, index, rank and range return types (with INVERTED, everything else).
     */
    MsgValue rangeResult(int start, int length) {
        int n = items.size();
        return switch (type) {
            case NONE -> null;
            case COUNT -> MsgValue.of(inverted ? n - length : length);
            case EXISTS -> MsgValue.of(inverted ? length == 0 : length != 0);
            case INDEX, REVERSE_INDEX, RANK, REVERSE_RANK -> indexRankCount(start, length, inverted);
            default -> rangePair(start, length);
        };
    }

    /** The indexes (or an ordered list's ranks) an index range selected, as runs. */
    MsgValue indexRuns(int chosenCount, int start, int length) {
        return chosenCount == items.size()
                ? indexRankCount(0, items.size(), false)
                : indexRankCount(start, length, inverted);
    }

    /**
     * The run {@code start .. start + length - 1} (with {@code invertedRun}, the runs before and
     * after it). The node reverses a run as a whole: its reversed values still ascend.
     */
    MsgValue indexRankCount(int start, int length, boolean invertedRun) {
        int n = items.size();
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

    void addRun(List<MsgValue> out, int start, int length) {
        boolean reverse = type == REVERSE_INDEX || type == REVERSE_RANK;
        int first = reverse ? items.size() - start - length : start;
        for (int i = first; i < first + length; i++) {
            out.add(MsgValue.of(i));
        }
    }

    MsgValue rangePair(int start, int length) {
        boolean reverse = type == REVERSE_INDEX_RANGE || type == REVERSE_RANK_RANGE;
        return pair(reverse ? items.size() - start - length : start, length);
    }

    static MsgValue pair(long first, long second) {
        return MList.of(List.of(MsgValue.of(first), MsgValue.of(second)));
    }

    MsgValue indexesOf(boolean[] chosen) {
        List<MsgValue> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(MsgValue.of(reversed(i)));
            }
        }
        return multi ? MList.of(out) : out.isEmpty() ? MsgValue.of(-1) : out.get(0);
    }

    /** Each chosen element's rank (elements less than it), in index order. */
    MsgValue ranksOf(boolean[] chosen) {
        if (ordered) {
            return indexesOf(chosen);
        }
        List<MsgValue> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(MsgValue.of(reversed(ListPositions.rankOf(items, items.get(i)))));
            }
        }
        return multi ? MList.of(out) : out.get(0);
    }

    /** For an unordered list: per wanted value in the given order, the ranks of its equal elements one by one. */
    MsgValue ranksPerValue(List<MsgValue> wanted) {
        List<MsgValue> out = new ArrayList<>();
        for (MsgValue value : wanted) {
            int rank = ListPositions.rankOf(items, value);
            long equal = items.stream().filter(value::sameAs).count();
            for (int j = 0; j < equal; j++) {
                out.add(MsgValue.of(reversed(rank + j)));
            }
        }
        return MList.of(out);
    }

    /** The ranks the chosen elements occupy, as runs in ascending order. */
    MsgValue rankRunsOf(boolean[] chosen) {
        int[] byRank = ListPositions.sortedIndexes(items);
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
    MsgValue runsOf(List<MsgValue> wanted, boolean indexes) {
        List<MsgValue> out = new ArrayList<>();
        for (MsgValue value : wanted) {
            int low = ListPositions.lowerBound(items, value);
            int length = ListPositions.equalRun(items, low, value);
            if (indexes) {
                addRun(out, low, length);
            } else {
                out.addAll(items.subList(low, low + length));
            }
        }
        return MList.of(out);
    }

    MsgValue valuesOf(boolean[] chosen) {
        List<MsgValue> out = new ArrayList<>();
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(items.get(i));
            }
        }
        return multi ? MList.of(out) : out.isEmpty() ? null : out.get(0);
    }

    long reversed(long indexOrRank) {
        boolean reverse = type == REVERSE_INDEX || type == REVERSE_RANK;
        return reverse ? items.size() - indexOrRank - 1 : indexOrRank;
    }

    boolean isRangeType() {
        return type == INDEX_RANGE || type == REVERSE_INDEX_RANGE || type == RANK_RANGE || type == REVERSE_RANK_RANGE;
    }
}
