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
