package dev.aerobench.server;

import dev.aerobench.server.MsgCodec.MsgFormatException;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * The CDT context of an index on a nested element ({@code createIndex(..., CTX...)}): the steps
 * from the bin's list or map down to the indexed element, as the client packs them (a msgpack list
 * of step type and value). Only the read steps a node accepts for an index: list index, rank and
 * value; map index, rank, key and value. Indexes count from the end when negative; map indexes
 * follow key order, ranks value order, as on the node.
 */
final class IndexContext {

    private static final int LIST_INDEX = 0x10;
    private static final int LIST_RANK = 0x11;
    private static final int LIST_VALUE = 0x13;
    private static final int MAP_INDEX = 0x20;
    private static final int MAP_RANK = 0x21;
    private static final int MAP_KEY = 0x22;
    private static final int MAP_VALUE = 0x23;

    private record Step(int type, MsgValue value) {}

    private final List<Step> steps;

    private IndexContext(List<Step> steps) {
        this.steps = steps;
    }

    /**
     * The context in that base64 text, or {@code null} when it is not a context a node accepts
     * (not base64 is told apart by {@link #isBase64}).
     */
    static IndexContext parse(String base64) {
        MsgValue packed;
        try {
            packed = MsgCodec.unpack(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException | MsgFormatException malformed) {
            return null;
        }
        if (!(packed instanceof MList list)
                || list.items().isEmpty()
                || list.items().size() % 2 != 0) {
            return null;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i += 2) {
            if (!(list.items().get(i) instanceof Int type) || !isReadStep(type.value())) {
                return null;
            }
            steps.add(new Step((int) type.value(), list.items().get(i + 1)));
        }
        return new IndexContext(List.copyOf(steps));
    }

    static boolean isBase64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean isReadStep(long type) {
        return type == LIST_INDEX
                || type == LIST_RANK
                || type == LIST_VALUE
                || type == MAP_INDEX
                || type == MAP_RANK
                || type == MAP_KEY
                || type == MAP_VALUE;
    }

    /** The element this context selects in {@code root}, or {@code null} when there is none. */
    MsgValue select(MsgValue root) {
        MsgValue current = root;
        for (Step step : steps) {
            current = switch (current) {
                case MList list when step.type >>> 4 == 1 -> inList(list.items(), step);
                case MMap map when step.type >>> 4 == 2 -> inMap(map, step);
                case null, default -> null;
            };
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    private static MsgValue inList(List<MsgValue> items, Step step) {
        return switch (step.type) {
            case LIST_INDEX -> at(items, step.value);
            case LIST_RANK -> at(items.stream().sorted(MsgOrder::compare).toList(), step.value);
            default ->
                items.stream()
                        .filter(item -> MsgOrder.compare(item, step.value) == 0)
                        .findFirst()
                        .orElse(null);
        };
    }

    private static MsgValue inMap(MMap map, Step step) {
        List<Entry> entries = map.entries();
        return switch (step.type) {
            case MAP_INDEX ->
                at(
                        entries.stream()
                                .sorted(Comparator.comparing(Entry::key, MsgOrder::compare))
                                .map(Entry::value)
                                .toList(),
                        step.value);
            case MAP_RANK ->
                at(entries.stream().map(Entry::value).sorted(MsgOrder::compare).toList(), step.value);
            case MAP_KEY ->
                entries.stream()
                        .filter(entry -> MsgOrder.compare(entry.key(), step.value) == 0)
                        .map(Entry::value)
                        .findFirst()
                        .orElse(null);
            default ->
                entries.stream()
                        .map(Entry::value)
                        .filter(value -> MsgOrder.compare(value, step.value) == 0)
                        .findFirst()
                        .orElse(null);
        };
    }

    /** The element at an index counted from the start, or from the end when negative. */
    private static MsgValue at(List<MsgValue> items, MsgValue index) {
        if (!(index instanceof Int position)) {
            return null;
        }
        long i = position.value() < 0 ? items.size() + position.value() : position.value();
        return i >= 0 && i < items.size() ? items.get((int) i) : null;
    }
}
