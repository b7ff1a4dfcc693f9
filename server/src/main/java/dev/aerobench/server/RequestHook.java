package dev.aerobench.server;

/**
 * Runs on the server's service thread before each request is served: the place to inject latency
 * or faults, e.g. to see an application's timeouts and retries at work, or a gate catch a slower
 * server.
 *
 * <pre>{@code
 * EmbeddedAerospikeServer slow = EmbeddedAerospikeServer.builder()
 *         .requestHook(kind -> {
 *             if (kind == RequestHook.Kind.MESSAGE) Thread.sleep(5); // every record command 5 ms later
 *         })
 *         .start();
 * }</pre>
 *
 * <p>A hook that treats connections differently (some slow, some fast, as the service threads of
 * a real node on a small machine can be) gets each request's connection number from
 * {@link #perConnection(ConnectionHook)}:
 *
 * <pre>{@code
 * RequestHook slowOddConnections = RequestHook.perConnection((kind, connection) -> {
 *     if (kind == RequestHook.Kind.MESSAGE && connection % 2 == 1) spinMicros(5);
 * });
 * }</pre>
 *
 * <p>There is one service thread, so time spent here delays every connection, as an overloaded
 * node would. An exception thrown here closes the connection the request came on, unanswered (as a
 * node that dropped it would); the server goes on serving the others.
 */
@FunctionalInterface
public interface RequestHook {

    /** No latency, no faults: the default. */
    RequestHook NONE = kind -> {};

    /** Called before the request is served. */
    void beforeRequest(Kind kind) throws Exception;

    /**
     * What the server calls before each request: {@code connection} numbers the connections in the
     * order the server accepted them, from 1, and stays the same for every request on one
     * connection. By default the connection is not looked at.
     */
    default void beforeRequest(Kind kind, long connection) throws Exception {
        beforeRequest(kind);
    }

    /** A hook that is told which connection each request came on. */
    static RequestHook perConnection(ConnectionHook hook) {
        java.util.Objects.requireNonNull(hook, "hook");
        return new RequestHook() {
            @Override
            public void beforeRequest(Kind kind) throws Exception {
                hook.beforeRequest(kind, UNKNOWN_CONNECTION);
            }

            @Override
            public void beforeRequest(Kind kind, long connection) throws Exception {
                hook.beforeRequest(kind, connection);
            }
        };
    }

    /** The connection number a {@link ConnectionHook} sees when called without one: {@value}. */
    long UNKNOWN_CONNECTION = 0;

    /** A {@link RequestHook} that is told the connection: see {@link #perConnection(ConnectionHook)}. */
    @FunctionalInterface
    interface ConnectionHook {
        /** Called before the request is served; {@code connection} as in {@link RequestHook#beforeRequest(Kind, long)}. */
        void beforeRequest(Kind kind, long connection) throws Exception;
    }

    /** What a request is, by its proto type. */
    enum Kind {
        /** Info commands: cluster tending, {@code namespaces}, {@code truncate}, ... */
        INFO,
        /** Admin commands (login). */
        ADMIN,
        /** Record commands: put, get, delete, operate, batch, scan, query. */
        MESSAGE,
        /** A compressed record command. */
        COMPRESSED
    }
}
