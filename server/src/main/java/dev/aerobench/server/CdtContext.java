package dev.aerobench.server;

import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Operations inside nested lists and maps ({@code CTX}): follows the call's context pairs to the
 * element they name, applies the operation there and rebuilds the containers above it. As the
 * node's {@code cdt_context_dig}: a missing element is {@link ResultCode#OP_NOT_APPLICABLE} unless
 * its pair has a create flag ({@code listIndexCreate}, {@code mapKeyCreate}) and the operation
 * writes; then the missing containers are created from the remaining pairs (each pair says what
 * container it looks into) and the operation runs on nothing, as on a missing bin.
 */
final class CdtContext {

    static final int LIST = 0x10;
    static final int MAP = 0x20;
    private static final int BY_INDEX = 0;
    private static final int BY_RANK = 1;
    private static final int BY_KEY = 2;
    private static final int BY_VALUE = 3;
    private static final int BASE_MASK = 0x0f;
    private static final int CREATE_MASK = 0x1c0;
    private static final int CREATE_PERSIST_INDEX = 0x100;
    private static final int CREATE_UNORDERED = 0x40;
    private static final int CREATE_LIST_UNBOUND = 0x80;
    private static final int CREATE_ORDERED = 0xc0;
    private static final int CREATE_MAP_KEY_ORDERED = 0x80;

    private CdtContext() {}

    /** One container on the way down and where its child sits in it. */
    private record Level(MsgValue container, int position) {}

    /** Applies {@code call} inside {@code root}, the bin's list or map ({@code null}: the bin does not exist). */
    static CdtResult apply(MsgValue root, CdtOperations.Call call, boolean modify) {
        List<MsgValue> pairs = call.context();
        if (pairs.size() / 2 > MsgCodec.MAX_DEPTH) {
            return CdtResult.error(ResultCode.PARAMETER_ERROR); // deeper than any stored value can be
        }
        for (int i = 0; i < pairs.size(); i += 2) {
            if (!(pairs.get(i) instanceof Int)) {
                return CdtResult.error(ResultCode.PARAMETER_ERROR);
            }
        }
        Deque<Level> path = new ArrayDeque<>();
        MsgValue current = root;
        int createAt = root == null ? 0 : -1;
        for (int i = 0; createAt < 0 && i < pairs.size(); i += 2) {
            long type = ((Int) pairs.get(i)).value();
            if (!validType(type)) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            int position = find(current, type, pairs.get(i + 1));
            if (position == NOT_APPLICABLE) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
            path.push(new Level(current, position));
            if (position == CREATE) {
                createAt = i;
            } else {
                current = child(current, position);
            }
        }
        if (createAt < 0) {
            boolean listOp = call.code() < CdtOperations.FIRST_MAP_CODE;
            if (listOp ? !(current instanceof MList) : !(current instanceof MMap)) {
                return CdtResult.error(ResultCode.BIN_TYPE_ERROR);
            }
            CdtResult inner = CdtOperations.apply(current, call.code(), call.args(), modify);
            return inner.updated() == null ? inner : rebuilt(path, inner.updated(), inner);
        }
        return create(path, pairs, createAt, call, modify);
    }

    private static CdtResult create(
            Deque<Level> path, List<MsgValue> pairs, int createAt, CdtOperations.Call call, boolean modify) {
        boolean top = path.isEmpty();
        long firstType = ((Int) pairs.get(createAt)).value();
        if (!modify || (top && (!validType(firstType) || (firstType & CREATE_MASK & ~CREATE_PERSIST_INDEX) == 0))) {
            return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
        }
        for (int i = createAt + 2; i < pairs.size(); i += 2) {
            long type = ((Int) pairs.get(i)).value();
            if (!validType(type) || (type & CREATE_PERSIST_INDEX) != 0) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        CdtResult inner = CdtOperations.apply(null, call.code(), call.args(), modify);
        if (inner.updated() == null) {
            return inner;
        }
        MsgValue chain = inner.updated();
        if (createdPadding(chain, pairs, createAt, top ? null : path.peek().container()) > ListWrites.MAX_PADDED_SIZE) {
            return CdtResult.error(ResultCode.RECORD_TOO_BIG);
        }
        for (int i = pairs.size() - 2; i > createAt; i -= 2) {
            chain = newContainer(((Int) pairs.get(i)).value(), pairs.get(i + 1), chain);
            if (chain == null) {
                return CdtResult.error(ResultCode.OP_NOT_APPLICABLE);
            }
        }
        if (top) {
            MsgValue root = newContainer(firstType, pairs.get(createAt + 1), chain);
            return root == null
                    ? CdtResult.error(ResultCode.OP_NOT_APPLICABLE)
                    : new CdtResult(ResultCode.OK, root, inner.returned());
        }
        Level level = path.pop();
        MsgValue filled = addChild(level.container(), firstType, pairs.get(createAt + 1), chain);
        return rebuilt(path, filled, inner);
    }

    private static final int NOT_APPLICABLE = -1;
    private static final int CREATE = -2;

    /** Where the pair ({@code type}, {@code arg}) points in {@code container}: a position, {@link #CREATE} or {@link #NOT_APPLICABLE}. */
    private static int find(MsgValue container, long type, MsgValue arg) {
        int base = (int) type & BASE_MASK;
        boolean create = (type & CREATE_MASK & ~CREATE_PERSIST_INDEX) != 0;
        if (container instanceof MList list && (type & MAP) == 0) {
            int position = findInList(list, base, arg);
            if (position < 0 && create && base == BY_INDEX && arg instanceof Int index) {
                return listCreatable(list, type, index.value()) ? CREATE : NOT_APPLICABLE;
            }
            return position;
        }
        if (container instanceof MMap map && (type & LIST) == 0) {
            int position = findInMap(map, base, arg);
            if (position < 0 && create && base == BY_KEY && ListWrites.storable(arg)) {
                return CREATE;
            }
            return position;
        }
        return NOT_APPLICABLE;
    }

    private static int findInList(MList list, int base, MsgValue arg) {
        List<MsgValue> items = list.items();
        int n = items.size();
        if (base == BY_INDEX || (base == BY_RANK && list.ordered())) {
            return arg instanceof Int index ? inBounds(index.value(), n) : NOT_APPLICABLE;
        }
        if (base == BY_RANK) {
            int rank = arg instanceof Int r ? inBounds(r.value(), n) : NOT_APPLICABLE;
            return rank < 0 ? rank : byOrder(n, Comparator.comparing(items::get))[rank];
        }
        if (base == BY_VALUE) {
            return IntStream.range(0, n)
                    .filter(i -> items.get(i).sameAs(arg))
                    .findFirst()
                    .orElse(NOT_APPLICABLE);
        }
        return NOT_APPLICABLE;
    }

    private static int findInMap(MMap map, int base, MsgValue arg) {
        List<Entry> entries = map.entries();
        int n = entries.size();
        Comparator<Integer> byKey = Comparator.comparing(i -> entries.get(i).key());
        return switch (base) {
            case BY_INDEX -> {
                int index = arg instanceof Int i ? inBounds(i.value(), n) : NOT_APPLICABLE;
                yield index < 0 ? index : byOrder(n, byKey)[index];
            }
            case BY_RANK -> {
                int rank = arg instanceof Int r ? inBounds(r.value(), n) : NOT_APPLICABLE;
                Comparator<Integer> byValue = Comparator.<Integer, MsgValue>comparing(
                                i -> entries.get(i).value())
                        .thenComparing(byKey);
                yield rank < 0 ? rank : byOrder(n, byValue)[rank];
            }
            case BY_KEY ->
                IntStream.range(0, n)
                        .filter(i -> entries.get(i).key().sameAs(arg))
                        .findFirst()
                        .orElse(NOT_APPLICABLE);
            case BY_VALUE ->
                IntStream.range(0, n)
                        .filter(i -> entries.get(i).value().sameAs(arg))
                        .findFirst()
                        .orElse(NOT_APPLICABLE);
            default -> NOT_APPLICABLE;
        };
    }

    /** Whether a create pair may add an element at {@code index} past the end of {@code list}. */
    private static boolean listCreatable(MList list, long type, long index) {
        int n = list.items().size();
        long create = type & CREATE_MASK & ~CREATE_PERSIST_INDEX;
        return (n == 0 && index == -1)
                || index == n
                || (index > n && (list.ordered() || create == CREATE_LIST_UNBOUND));
    }

    /** {@code list} with the created {@code child} at the create pair's index (padding, or in order). */
    private static MsgValue addChild(MsgValue container, long type, MsgValue arg, MsgValue child) {
        if (container instanceof MList list) {
            List<MsgValue> items = new ArrayList<>(list.items());
            if (list.ordered()) {
                items.add(child);
                return new MList(items.stream().sorted().toList(), list.flags());
            }
            long index = ((Int) arg).value(); // bounded by createdPadding
            while (items.size() < index) {
                items.add(MsgValue.NIL);
            }
            items.add(child);
            return new MList(items, list.flags());
        }
        MMap map = (MMap) container;
        List<Entry> entries = new ArrayList<>(map.entries());
        int at = entries.size();
        if (map.keyOrdered()) {
            at = (int) entries.stream().filter(e -> e.key().compareTo(arg) < 0).count();
        }
        entries.add(at, new Entry(arg, child));
        return new MMap(entries, map.flags());
    }

    /**
     * The elements the create pairs from {@code createAt} on add to the record, nils included: the
     * created lists of all levels (and the padding of {@code parent}, the existing list the first
     * one goes into) are stored together, so their sum is what must fit in a record.
     */
    private static long createdPadding(MsgValue created, List<MsgValue> pairs, int createAt, MsgValue parent) {
        long total = created instanceof MList list ? list.items().size() : 0;
        for (int i = createAt; i < pairs.size(); i += 2) {
            long type = ((Int) pairs.get(i)).value();
            if (((int) type & 0x3f) != (LIST | BY_INDEX) || !(pairs.get(i + 1) instanceof Int index)) {
                continue;
            }
            boolean intoParent = i == createAt && parent != null;
            boolean ordered = intoParent
                    ? parent instanceof MList list && list.ordered()
                    : (type & CREATE_MASK & ~CREATE_PERSIST_INDEX) == CREATE_ORDERED;
            long existing =
                    intoParent && parent instanceof MList list ? list.items().size() : 0;
            total += ordered ? 1 : Math.max(0, index.value() - existing) + 1;
        }
        return total;
    }

    /**
     * The container a create pair describes, holding {@code inner}: a map {arg: inner} or a list
     * with {@code inner} at index {@code arg}; {@code null} if the pair cannot create one.
     */
    private static MsgValue newContainer(long type, MsgValue arg, MsgValue inner) {
        long create = type & CREATE_MASK & ~CREATE_PERSIST_INDEX;
        int kind = (int) type & 0x3f;
        if (kind == (MAP | BY_KEY)) {
            if (!ListWrites.storable(arg)) {
                return null;
            }
            int flags = create == CREATE_ORDERED
                    ? MMap.KEY_VALUE_ORDERED
                    : create == CREATE_MAP_KEY_ORDERED ? MMap.KEY_ORDERED : 0;
            return new MMap(List.of(new Entry(arg, inner)), flags);
        }
        if (kind == (LIST | BY_INDEX)
                && arg instanceof Int i
                && i.value() >= -1
                && i.value() <= ListWrites.MAX_PADDED_SIZE) {
            long index = Math.max(i.value(), 0);
            if (create == CREATE_ORDERED) {
                return new MList(List.of(inner), MList.ORDERED);
            }
            if (create == CREATE_LIST_UNBOUND) {
                List<MsgValue> items = new ArrayList<>();
                for (long pad = 0; pad < index; pad++) {
                    items.add(MsgValue.NIL);
                }
                items.add(inner);
                return MList.of(items);
            }
            return index == 0 ? MList.of(List.of(inner)) : null;
        }
        return null;
    }

    /** Puts {@code child} back into each container on {@code path}, innermost first. */
    private static CdtResult rebuilt(Deque<Level> path, MsgValue child, CdtResult inner) {
        MsgValue value = child;
        while (!path.isEmpty()) {
            Level level = path.pop();
            value = replaced(level.container(), level.position(), value);
        }
        return new CdtResult(ResultCode.OK, value, inner.returned());
    }

    private static MsgValue replaced(MsgValue container, int position, MsgValue child) {
        if (container instanceof MList list) {
            List<MsgValue> items = new ArrayList<>(list.items());
            if (!list.ordered()) {
                items.set(position, child);
                return new MList(items, list.flags());
            }
            items.remove(position);
            int at = (int)
                    items.stream().filter(item -> item.compareTo(child) < 0).count();
            items.add(at, child);
            return new MList(items, list.flags());
        }
        MMap map = (MMap) container;
        List<Entry> entries = new ArrayList<>(map.entries());
        entries.set(position, new Entry(entries.get(position).key(), child));
        return new MMap(entries, map.flags());
    }

    private static MsgValue child(MsgValue container, int position) {
        return container instanceof MList list
                ? list.items().get(position)
                : ((MMap) container).entries().get(position).value();
    }

    /** The node's check of a pair's type: a known lookup, and create flags only on list or map pairs. */
    private static boolean validType(long type) {
        return (type & BASE_MASK) <= BY_VALUE && ((type & (LIST | MAP)) != 0 || (type & CREATE_MASK) == 0);
    }

    private static int inBounds(long index, int n) {
        long absolute = index < 0 ? n + index : index;
        return index >= n || absolute < 0 ? NOT_APPLICABLE : (int) absolute;
    }

    private static int[] byOrder(int n, Comparator<Integer> order) {
        return IntStream.range(0, n)
                .boxed()
                .sorted(order)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
