package dev.aerobench.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** What all connections of one server share: its configuration, namespaces and record commands. */
final class ServerState {

    private final ServerConfig config;
    private final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    private final RecordCommands records;
    private final AtomicBoolean oversizeWarned = new AtomicBoolean();
    private final SecondaryIndexes indexes = new SecondaryIndexes();
    private final UdfModules udfs = new UdfModules();

    ServerState(ServerConfig config) {
        this.config = config;
        for (String name : config.namespaces()) {
            namespaces.put(name, new Namespace(name, config.defaultTtlSeconds()));
        }
        this.records = new RecordCommands(config.clock(), config.edition());
    }

    /** {@code true} the first time only: whether to warn about a request over the size limit. */
    boolean firstOversizeRequest() {
        return !oversizeWarned.getAndSet(true);
    }

    ServerConfig config() {
        return config;
    }

    /** The namespace of that name, or {@code null}. */
    Namespace namespace(String name) {
        return name == null ? null : namespaces.get(name);
    }

    List<Namespace> namespaces() {
        return List.copyOf(namespaces.values());
    }

    RecordCommands records() {
        return records;
    }

    SecondaryIndexes indexes() {
        return indexes;
    }

    UdfModules udfs() {
        return udfs;
    }
}
