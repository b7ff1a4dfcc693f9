package dev.aerobench.adapter;

import java.util.Objects;

/**
 * Where and how an adapter connects. Only JDK types, so it can be handed across class loaders.
 *
 * @param host server host (a seed node of a cluster)
 * @param port server port
 * @param namespace namespace every operation uses
 * @param user user name, or {@code null} when the server has no security enabled
 * @param password password for {@code user}, or {@code null}
 * @param tls whether to connect with TLS (real deployments only; the embedded server is plain TCP)
 * @param asyncMaxCommandsInFlight upper bound of async commands the caller will keep in flight;
 *     sizes the async connection pool
 */
public record ConnectionSettings(
        String host,
        int port,
        String namespace,
        String user,
        String password,
        boolean tls,
        int asyncMaxCommandsInFlight) {

    public ConnectionSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(namespace, "namespace");
        if (port <= 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 1..65535 but was " + port);
        }
        if (asyncMaxCommandsInFlight <= 0) {
            throw new IllegalArgumentException(
                    "asyncMaxCommandsInFlight must be positive but was " + asyncMaxCommandsInFlight);
        }
    }

    /** Plain connection without security, as to the embedded server. */
    public static ConnectionSettings plain(String host, int port, String namespace) {
        return new ConnectionSettings(host, port, namespace, null, null, false, 256);
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "ConnectionSettings[" + host + ":" + port + ", namespace=" + namespace
                + (user == null ? "" : ", user=" + user + ", password=****")
                + (tls ? ", tls" : "") + ", asyncMaxCommandsInFlight=" + asyncMaxCommandsInFlight + "]";
    }
}
