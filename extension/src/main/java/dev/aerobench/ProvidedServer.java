package dev.aerobench;

import dev.aerobench.adapter.ConnectionSettings;

/**
 * A server a run uses, with what it takes to stop it: nothing for an external server, stopping the
 * container or the embedded server otherwise. JUnit closes it when the run ends.
 */
final class ProvidedServer implements BenchmarkServer, AutoCloseable {

    private final ServerKind kind;
    private final String host;
    private final int port;
    private final String namespace;
    private final String version;
    private final String user;
    private final String password;
    private final boolean tls;
    private final Runnable stopper;
    private boolean closed;

    ProvidedServer(
            ServerKind kind,
            String host,
            int port,
            String namespace,
            String version,
            String user,
            String password,
            boolean tls,
            Runnable stopper) {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.namespace = namespace;
        this.version = version;
        this.user = user;
        this.password = password;
        this.tls = tls;
        this.stopper = stopper;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String namespace() {
        return namespace;
    }

    @Override
    public ServerKind kind() {
        return kind;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public ConnectionSettings connectionSettings(int asyncMaxCommandsInFlight) {
        return new ConnectionSettings(host, port, namespace, user, password, tls, asyncMaxCommandsInFlight);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            stopper.run();
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
