package dev.aerobench.server;

import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.Kind;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import dev.aerobench.server.MsgValue.Nil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The list writes that add or replace elements (append, insert, set, increment) and sort, with
 * the {@code ListWriteFlags} as the node reads them: ADD_UNIQUE refuses a value already there
 * ({@link ResultCode#ELEMENT_EXISTS}, or a no-op with NO_FAIL; PARTIAL with NO_FAIL adds the
 * rest), INSERT_BOUNDED refuses an index past the end ({@link ResultCode#OP_NOT_APPLICABLE}).
 */
final class ListWrites {

    static final int ADD_UNIQUE = 0x01;
    static final int INSERT_BOUNDED = 0x02;
    static final int NO_FAIL = 0x04;
    static final int PARTIAL = 0x08;
    static final int PERSIST_INDEX = 0x10;
    static final int SORT_DESCENDING = 0x01;
    static final int SORT_DROP_DUPLICATES = 0x02;

    /**
     * The most elements a list may reach by padding with nils: each element takes at least a byte,
     * so a longer list cannot be stored in a record. Bounding the size (not each operation's
     * padding) keeps a request of many padding operations, or of nested creating contexts, from
     * building lists far beyond what it could ever store.
     */
    static final int MAX_PADDED_SIZE = RecordCommands.MAX_RECORD_BYTES;

    private ListWrites() {}

    /** Appends {@code values}: at the end of an unordered list, in value order into an ordered one. */
    static CdtResult append(MList list, List<MsgValue> values, long flags) {
        if (!list.ordered()) {
            return insert(list, list.items().size(), values, flags, true);
        }
        int size = list.items().size();
        List<MsgValue> adding = values.stream().sorted().toList();
        if (has(flags, ADD_UNIQUE)) {
            List<MsgValue> distinct = distinct(adding);
            if (distinct.size() != adding.size()) {
                if (!has(flags, NO_FAIL)) {
                    return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
                }
                if (!partial(flags)) {
                    return unchanged(list, size);
                }
            }
            adding = new ArrayList<>();
            for (MsgValue value : distinct) {
                if (!contains(list.items(), value)) {
                    adding.add(value);
                } else if (!partial(flags)) {
                    return exists(list, flags);
                }
            }
        }
        List<MsgValue> items = new ArrayList<>(list.items());
        for (MsgValue value : adding) {
            items.add(upperBound(items, value), value);
        }
        return CdtResult.write(new MList(items, list.flags()), MsgValue.of(items.size()));
    }

    /** Inserts {@code values} at {@code index}, padding with nils past the end; answers the new size. */
    static CdtResult insert(MList list, long index, List<MsgValue> values, long flags, boolean answerSize) {
        if (list.ordered()) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int size = list.items().size();
        if (values.isEmpty()) {
            return unchanged(list, size);
        }
        long absolute = index < 0 ? size + index : index;
        if (index > Integer.MAX_VALUE || absolute < 0) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (has(flags, INSERT_BOUNDED) && absolute > size) {
            return has(flags, NO_FAIL) ? unchanged(list, size) : CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        List<MsgValue> adding = values;
        if (has(flags, ADD_UNIQUE)) {
            adding = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                MsgValue value = values.get(i);
                if (contains(list.items(), value)) {
                    if (!partial(flags)) {
                        return exists(list, flags);
                    }
                } else if (contains(values.subList(0, i), value)) {
                    if (!has(flags, NO_FAIL)) {
                        return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
                    }
                    if (!partial(flags)) {
                        return unchanged(list, size);
                    }
                } else {
                    adding.add(value);
                }
            }
            if (adding.isEmpty()) {
                return exists(list, flags);
            }
        }
        if (absolute > size && absolute + adding.size() > MAX_PADDED_SIZE) {
            return CdtResult.error(ResultCode.RECORD_TOO_BIG);
        }
        List<MsgValue> items = new ArrayList<>(list.items());
        while (items.size() < absolute) {
            items.add(MsgValue.NIL);
        }
        items.addAll((int) absolute, adding);
        return CdtResult.write(new MList(items, list.flags()), answerSize ? MsgValue.of(items.size()) : null);
    }

    /** Replaces the element at {@code index}; past the end it inserts there (padding with nils). */
    static CdtResult set(MList list, long index, MsgValue value, long flags) {
        if (list.ordered()) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        int size = list.items().size();
        if (index >= size) {
            return insert(list, index, List.of(value), flags, false);
        }
        long absolute = index < 0 ? size + index : index;
        if (absolute < 0) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (has(flags, ADD_UNIQUE)) {
            long copies = list.items().stream().filter(value::sameAs).count();
            boolean onlyHere = copies == 1 && list.items().get((int) absolute).sameAs(value);
            if (copies > 0 && !onlyHere) {
                return has(flags, NO_FAIL) ? CdtResult.read(null) : CdtResult.error(ResultCode.ELEMENT_EXISTS);
            }
        }
        List<MsgValue> items = new ArrayList<>(list.items());
        items.set((int) absolute, value);
        return CdtResult.write(new MList(items, list.flags()), null);
    }

    /**
     * Adds {@code delta} (an integer or double; absent or nil: 1) to the number at {@code index}
     * (past the end: to nothing) and answers the sum.
     */
    static CdtResult increment(MList list, long index, MsgValue delta, long flags) {
        int size = list.items().size();
        long absolute = index < 0 ? size + index : index;
        if (index > Integer.MAX_VALUE || absolute < 0) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (delta != null && !(delta instanceof Int || delta instanceof Dbl || delta instanceof Nil)) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        MsgValue base = absolute < size ? list.items().get((int) absolute) : null;
        MsgValue sum = sum(base, delta);
        if (sum == null) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR);
        }
        CdtResult stored =
                list.ordered() ? replaceOrdered(list, (int) absolute, sum, flags) : set(list, absolute, sum, flags);
        return stored.ok() ? new CdtResult(ResultCode.OK, stored.updated(), sum) : stored;
    }

    private static MsgValue sum(MsgValue base, MsgValue delta) {
        boolean doubleDelta = delta instanceof Dbl;
        long intDelta = delta instanceof Int i ? i.value() : 1;
        double doubleValue = delta instanceof Dbl d ? d.value() : 1;
        return switch (base) {
            case null -> doubleDelta ? MsgValue.of(doubleValue) : MsgValue.of(intDelta);
            case Int i -> MsgValue.of(i.value() + (doubleDelta ? (long) doubleValue : intDelta));
            case Dbl d -> MsgValue.of(d.value() + (doubleDelta ? doubleValue : intDelta));
            default -> null;
        };
    }

    private static CdtResult replaceOrdered(MList list, int index, MsgValue value, long flags) {
        int size = list.items().size();
        if (index > size) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        if (has(flags, ADD_UNIQUE) && contains(list.items(), value)) {
            if (index < size && list.items().get(index).sameAs(value)) {
                return CdtResult.read(null);
            }
            return has(flags, NO_FAIL) ? CdtResult.read(null) : CdtResult.error(ResultCode.ELEMENT_EXISTS);
        }
        List<MsgValue> items = new ArrayList<>(list.items());
        if (index < size) {
            items.remove(index);
        }
        items.add(upperBound(items, value), value);
        return CdtResult.write(new MList(items, list.flags()), null);
    }

    /** Sorts an unordered list (ascending or descending) and drops duplicates if asked. */
    static CdtResult sort(MList list, long flags) {
        List<MsgValue> items = list.items();
        if (items.size() <= 1) {
            return CdtResult.write(list, null);
        }
        if (!list.ordered()) {
            Comparator<MsgValue> order = Comparator.naturalOrder();
            items = items.stream()
                    .sorted(has(flags, SORT_DESCENDING) ? order.reversed() : order)
                    .toList();
        }
        if (has(flags, SORT_DROP_DUPLICATES)) {
            // The node drops duplicates in one ascending pass: a descending order makes it fail.
            for (int i = 1; i < items.size(); i++) {
                if (items.get(i - 1).compareTo(items.get(i)) > 0) {
                    return CdtResult.error(ResultCode.PARAMETER_ERROR);
                }
            }
            items = distinct(items);
        }
        return CdtResult.write(new MList(items, list.flags()), null);
    }

    /** Whether {@code value} can be stored: no wildcard or infinity anywhere in it. */
    static boolean storable(MsgValue value) {
        return switch (value) {
            case MList list -> list.items().stream().allMatch(ListWrites::storable);
            case MMap map -> map.entries().stream().allMatch(e -> storable(e.key()) && storable(e.value()));
            default -> value.kind() != Kind.WILDCARD && value.kind() != Kind.INFINITY;
        };
    }

    /** A sorted list without repeats of equal neighbours. */
    private static List<MsgValue> distinct(List<MsgValue> sorted) {
        List<MsgValue> out = new ArrayList<>();
        for (MsgValue value : sorted) {
            if (out.isEmpty() || !out.get(out.size() - 1).sameAs(value)) {
                out.add(value);
            }
        }
        return out;
    }

    private static boolean contains(List<MsgValue> items, MsgValue value) {
        return items.stream().anyMatch(value::sameAs);
    }

    /** In a sorted list: the position after every element not greater than {@code value}. */
    private static int upperBound(List<MsgValue> items, MsgValue value) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (items.get(middle).compareTo(value) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A write that changes nothing but still creates the list if it did not exist; answers the size. */
    private static CdtResult unchanged(MList list, int size) {
        return CdtResult.write(list, MsgValue.of(size));
    }

    private static CdtResult exists(MList list, long flags) {
        return has(flags, NO_FAIL) ? unchanged(list, list.items().size()) : CdtResult.error(ResultCode.ELEMENT_EXISTS);
    }

    private static boolean partial(long flags) {
        return has(flags, NO_FAIL) && has(flags, PARTIAL);
    }

    private static boolean has(long flags, int flag) {
        return (flags & flag) != 0;
    }
}
