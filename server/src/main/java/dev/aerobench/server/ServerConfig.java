package dev.aerobench.server;

import java.net.InetAddress;
import java.time.Clock;
import java.util.List;

/**
 * How an {@link EmbeddedAerospikeServer} is set up; built by {@link EmbeddedAerospikeServer.Builder}.
 *
 * @param bindAddress address to listen on
 * @param port port to listen on, 0 for an ephemeral port
 * @param namespaces namespace names served, in the order {@code namespaces} reports them
 * @param clock time source for TTLs and void times
 * @param defaultTtlSeconds TTL of records written with TTL 0 (namespace default), 0 = never expire
 * @param nodeName node name the server reports
 * @param clusterName cluster name the server reports, or {@code null} for none
 * @param maxRequestBytes largest request body accepted; a larger declared size closes the connection
 * @param requestHook runs before each request, for latency and fault injection
 * @param edition the Aerospike edition the server answers as
 */
record ServerConfig(
        InetAddress bindAddress,
        int port,
        List<String> namespaces,
        Clock clock,
        long defaultTtlSeconds,
        String nodeName,
        String clusterName,
        int maxRequestBytes,
        RequestHook requestHook,
        Edition edition) {

    /** The real server's limit on a namespace name. */
    static final int MAX_NAMESPACE_LENGTH = 31;

    ServerConfig {
        namespaces = List.copyOf(namespaces);
        if (namespaces.isEmpty()) {
            throw new IllegalArgumentException("at least one namespace is needed, e.g. namespaces(\"test\")");
        }
        for (String namespace : namespaces) {
            if (namespace.isEmpty()
                    || namespace.length() > MAX_NAMESPACE_LENGTH
                    || namespace.contains(":")
                    || namespace.contains(";")
                    || namespace.contains("\t")) {
                throw new IllegalArgumentException("namespace name '" + namespace
                        + "' is invalid: use 1 to 31 characters without ':', ';' or tabs");
            }
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 (ephemeral) or 1..65535 but was " + port);
        }
        if (defaultTtlSeconds < 0) {
            throw new IllegalArgumentException(
                    "defaultTtlSeconds must be >= 0 (0 = never expire) but was " + defaultTtlSeconds);
        }
    }
}
