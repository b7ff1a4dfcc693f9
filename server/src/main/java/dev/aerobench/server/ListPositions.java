package dev.aerobench.server;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Positions in a list by Aerospike's value order: bounds, equal runs, ranks and range clipping. */
final class ListPositions {

    private ListPositions() {}

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
    static int lowerBound(List<MsgValue> items, MsgValue value) {
        int low = 0;
        int high = items.size();
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

    static int equalRun(List<MsgValue> items, int from, MsgValue value) {
        int end = from;
        while (end < items.size() && items.get(end).sameAs(value)) {
            end++;
        }
        return end - from;
    }

    static int rankOf(List<MsgValue> items, MsgValue value) {
        return (int) items.stream().filter(item -> item.compareTo(value) < 0).count();
    }

    /** Element indexes by rank: value order, equal values in index order. */
    static int[] sortedIndexes(List<MsgValue> items) {
        return IntStream.range(0, items.size())
                .boxed()
                .sorted(Comparator.comparing(items::get))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
