package dev.aerobench.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The info protocol: newline-separated commands, answered as {@code command\tvalue\n} in request
 * order. Covers what the clients send to seed and tend a cluster, plus {@code namespaces},
 * {@code status}, {@code build}, {@code version} and truncation. Unknown commands are left out of the
 * reply, as the clients allow.
 */
final class InfoCommands {

    /** Reported by {@code build}: the clients require four numeric parts. */
    static final String BUILD = "8.1.0.0";

    private static final String FEATURES =
            "batch-any;pquery;pscans;query-show;peers;float;truncate-namespace;replicas;lut-now";
    private static final String GENERATION = "1";
    private static final String DEFAULT_INFO = "node\nbuild\nedition\nversion\nstatus\n";

    private final ServerState state;
    private final SindexInfoCommands sindexCommands;
    private final String allPartitions;
    private volatile int port;

    InfoCommands(ServerState state) {
        this.state = state;
        this.sindexCommands = new SindexInfoCommands(state);
        byte[] all = new byte[Wire.PARTITIONS / 8];
        Arrays.fill(all, (byte) 0xFF);
        this.allPartitions = java.util.Base64.getEncoder().encodeToString(all);
    }

    void port(int boundPort) {
        this.port = boundPort;
    }

    /** Answers the info request in {@code body[0, length)}. */
    byte[] answer(byte[] body, int length) {
        String request = length == 0 ? DEFAULT_INFO : new String(body, 0, length, StandardCharsets.UTF_8);
        StringBuilder reply = new StringBuilder();
        for (String command : request.split("\n")) {
            if (command.isEmpty()) {
                continue;
            }
            String value = value(command);
            if (value != null) {
                reply.append(command).append('\t').append(value).append('\n');
            }
        }
        return reply.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String value(String command) {
        int colon = command.indexOf(':');
        String name = colon < 0 ? command : command.substring(0, colon);
        String params = colon < 0 ? "" : command.substring(colon + 1);
        ServerConfig config = state.config();
        return switch (name) {
            case "node" -> config.nodeName();
            case "build" -> BUILD;
            case "version" -> config.edition().infoName() + " build " + BUILD;
            case "edition" -> config.edition().infoName();
            case "status" -> "ok";
            case "features" -> FEATURES;
            case "partition-generation", "peers-generation", "rebalance-generation" -> GENERATION;
            case "cluster-name" -> config.clusterName() == null ? "null" : config.clusterName();
            case "user-agent-set" -> "ok";
            case "peers-clear-std", "peers-clear-alt", "peers-tls-std", "peers-tls-alt" ->
                GENERATION + "," + port + ",[]";
            case "service-clear-std", "service-clear-alt", "service", "services" ->
                config.bindAddress().getHostAddress() + ":" + port;
            case "service-tls-std", "service-tls-alt", "services-alumni", "services-alternate" -> "";
            case "replicas", "replicas-all", "replicas-master" -> replicas();
            case "rack-ids" -> namespaceList(ns -> ns.name() + ":0");
            case "namespaces" -> namespaceList(Namespace::name);
            case "namespace" -> namespaceStatistics(params);
            case "statistics" -> "cluster_size=1;objects=" + totalObjects();
            case "cluster-stable" -> "AEROBENCH";
            case "truncate" -> truncate(params, false);
            case "truncate-namespace" -> truncate(params, true);
            case "udf-put", "udf-get", "udf-list", "udf-remove" -> state.udfs().answer(name, params);
            default ->
                name.startsWith("namespace/")
                        ? namespaceStatistics(name.substring("namespace/".length()))
                        : sindexCommands.answer(name, params);
        };
    }

    private String replicas() {
        return namespaceList(ns -> ns.name() + ":0,1," + allPartitions);
    }

    private String namespaceList(java.util.function.Function<Namespace, String> item) {
        return state.namespaces().stream().map(item).collect(Collectors.joining(";"));
    }

    private long totalObjects() {
        return state.namespaces().stream().mapToLong(Namespace::size).sum();
    }

    private String namespaceStatistics(String namespaceName) {
        Namespace namespace = state.namespace(namespaceName);
        if (namespace == null) {
            return "type=unknown";
        }
        return "objects=" + namespace.size() + ";replication-factor=1;default-ttl=" + namespace.defaultTtlSeconds()
                + ";nsup-period=120;storage-engine=memory";
    }

    private String truncate(String params, boolean wholeNamespace) {
        String namespaceName = null;
        String set = null;
        long lutNanos = Long.MAX_VALUE;
        for (String pair : params.split(";")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            switch (key) {
                case "namespace" -> namespaceName = value;
                case "set" -> set = value;
                case "lut" -> {
                    try {
                        lutNanos = Long.parseLong(value);
                    } catch (NumberFormatException notNumber) {
                        return "ERROR::lut must be nanoseconds since 1970";
                    }
                }
                default -> {
                    // Unknown parameters are ignored, as by the real server.
                }
            }
        }
        if (namespaceName == null || namespaceName.isEmpty()) {
            return "ERROR::namespace is required";
        }
        Namespace namespace = state.namespace(namespaceName);
        if (namespace == null) {
            // A real node answers ok for a namespace it does not have: there is nothing to truncate.
            return "ok";
        }
        if (!wholeNamespace && set == null) {
            return "ERROR::set is required, or use truncate-namespace";
        }
        String selectedSet = wholeNamespace ? null : set;
        long lutMillis = lutNanos == Long.MAX_VALUE ? Long.MAX_VALUE : lutNanos / 1_000_000;
        namespace.removeIf(record ->
                (selectedSet == null || selectedSet.equals(record.set())) && record.lastUpdateMillis() < lutMillis);
        return "ok";
    }
}
