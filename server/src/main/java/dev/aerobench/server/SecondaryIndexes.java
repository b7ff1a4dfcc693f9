package dev.aerobench.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secondary-index definitions of a server, kept as a real node keeps them in its system
 * metadata: one name per definition. Creating a definition that exists under another name renames
 * it; a name taken by another definition is refused. Definitions are few and change rarely, so one
 * monitor guards them.
 */
final class SecondaryIndexes {

    /** An index definition and the name it is known by. */
    record Named(String name, SecondaryIndex index) {}

    /** What {@link #create} did. */
    enum Created {
        CREATED,
        RENAMED,
        ALREADY_EXISTS,
        NAME_TAKEN,
        LIMIT_REACHED
    }

    /** A node keeps at most this many index definitions per namespace. */
    static final int MAX_PER_NAMESPACE = 256;

    private final Map<SecondaryIndex, String> names = new LinkedHashMap<>();

    synchronized Created create(String name, SecondaryIndex index) {
        Named existing = byName(index.namespace(), name);
        if (existing != null) {
            return existing.index().equals(index) ? Created.ALREADY_EXISTS : Created.NAME_TAKEN;
        }
        if (!names.containsKey(index) && of(index.namespace()).size() >= MAX_PER_NAMESPACE) {
            return Created.LIMIT_REACHED; // a rename is allowed at the limit, as on the node
        }
        return names.put(index, name) == null ? Created.CREATED : Created.RENAMED;
    }

    /** Drops the index of that name; returns its definition, or {@code null} when there was none. */
    synchronized SecondaryIndex delete(String namespace, String name) {
        Named existing = byName(namespace, name);
        if (existing == null) {
            return null;
        }
        names.remove(existing.index());
        return existing.index();
    }

    synchronized Named byName(String namespace, String name) {
        for (Map.Entry<SecondaryIndex, String> entry : names.entrySet()) {
            if (entry.getValue().equals(name) && entry.getKey().namespace().equals(namespace)) {
                return new Named(entry.getValue(), entry.getKey());
            }
        }
        return null;
    }

    /** The index with exactly that definition, or {@code null}. */
    synchronized Named byDefinition(SecondaryIndex index) {
        String name = names.get(index);
        return name == null ? null : new Named(name, index);
    }

    /** The indexes of a namespace, in creation order. */
    synchronized List<Named> of(String namespace) {
        List<Named> result = new ArrayList<>();
        names.forEach((index, name) -> {
            if (index.namespace().equals(namespace)) {
                result.add(new Named(name, index));
            }
        });
        return result;
    }
}
