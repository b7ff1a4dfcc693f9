package dev.aerobench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A single-node Aerospike server inside the JVM, speaking the Aerospike wire protocol well enough
 * for the official Java clients (sync and async): put/get/exists/delete/touch/operate, batch,
 * partition scans and queries without a filter, info and truncate. Data lives on the heap.
 *
 * <pre>{@code
 * try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().namespaces("test").start()) {
 *     AerospikeClient client = new AerospikeClient(server.host(), server.port());
 *     ...
 * }
 * }</pre>
 *
 * <p>One daemon thread, {@code aerobench-server-<port>}, accepts and serves every connection,
 * as a selector loop. One thread and not one per connection, so that both arms of a benchmark meet
 * the same server thread: with a thread per connection the OS placed each arm's server thread on
 * its own, and on a small virtual machine one arm could pay a CPU wake-up per request (tens of
 * microseconds) that the other did not, a lasting "regression" that was the server's doing.
 * {@link #close()} stops listening and closes every connection. Many servers can run side by side
 * in one JVM.
 *
 * <p>An idle connection holds about 1.7 KB of heap (a 1 KiB read buffer that grows only for a larger
 * request, and a few small objects): the request body, the response being built and the parse state
 * are shared by all connections, as one thread serves them one request at a time. 5,000 connections
 * with 100,000 pipelined commands in flight across them are all answered.
 */
public final class EmbeddedAerospikeServer implements AutoCloseable {

    private final ServerState state;
    private final ServiceLoop loop;
    private final Thread service;
    private final CpuWarmer warmer;
    private volatile boolean closed;

    private EmbeddedAerospikeServer(ServerConfig config) throws IOException {
        this.state = new ServerState(config);
        ServerSocketChannel listener = ServerSocketChannel.open();
        CpuWarmer startedWarmer = null;
        ServiceLoop openedLoop = null;
        try {
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(new InetSocketAddress(config.bindAddress(), config.port()), 1024);
            int port = ((InetSocketAddress) listener.getLocalAddress()).getPort();
            InfoCommands info = new InfoCommands(state);
            info.port(port);
            startedWarmer = new CpuWarmer("aerobench-server-" + port + "-cpu-warmer");
            openedLoop = new ServiceLoop(listener, port, state, info, startedWarmer);
            Thread thread = new Thread(openedLoop, "aerobench-server-" + port);
            thread.setDaemon(true);
            thread.start();
            this.warmer = startedWarmer;
            this.loop = openedLoop;
            this.service = thread;
        } catch (IOException | RuntimeException | Error setupFailed) {
            // Nothing may outlive a server that did not start: not the port, not a thread.
            if (startedWarmer != null) {
                startedWarmer.close();
            }
            if (openedLoop != null) {
                openedLoop.closeAll();
            }
            listener.close();
            throw setupFailed;
        }
    }

    /** A builder for a server on 127.0.0.1, an ephemeral port and namespace {@code test}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a server with the defaults of {@link #builder()}. */
    public static EmbeddedAerospikeServer start() {
        return builder().start();
    }

    /** The address the server listens on, e.g. {@code 127.0.0.1}. */
    public String host() {
        return state.config().bindAddress().getHostAddress();
    }

    /** The port the server listens on (the ephemeral one if port 0 was asked for). */
    public int port() {
        return loop.port();
    }

    /** The namespaces this server serves. */
    public List<String> namespaces() {
        return state.config().namespaces();
    }

    /** The version this server reports, as {@code build} does (e.g. {@code 8.1.0.0}). */
    public String version() {
        return InfoCommands.BUILD;
    }

    /** Connections open right now. */
    public int openConnections() {
        return loop.openConnections();
    }

    /** Connections accepted since start. */
    public long acceptedConnections() {
        return loop.acceptedConnections();
    }

    /** Records stored in {@code namespace} right now, expired ones included until touched. */
    public long recordCount(String namespace) {
        Namespace found = state.namespace(namespace);
        if (found == null) {
            throw new IllegalArgumentException(
                    "no namespace '" + namespace + "' on this server; it serves " + namespaces());
        }
        return found.size();
    }

    /** Stops listening and closes every connection. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        warmer.close();
        loop.stop();
        if (Thread.currentThread() != service) {
            try {
                service.join(Duration.ofSeconds(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "EmbeddedAerospikeServer[" + host() + ":" + port() + ", namespaces=" + namespaces() + "]";
    }

    /** How to set up an {@link EmbeddedAerospikeServer}. */
    public static final class Builder {
        /** Default request size limit: far above the 1 MiB record limit, so big records get RECORD_TOO_BIG. */
        public static final int DEFAULT_MAX_REQUEST_BYTES = 128 * 1024 * 1024;
        /** Upper bound of {@link #maxRequestBytes(int)}: 1 GiB, so a frame's length never overflows an int. */
        public static final int MAX_REQUEST_BYTES_LIMIT = 1024 * 1024 * 1024;
        /** Default TTL of the official container image's namespace: 30 days. */
        public static final long DEFAULT_TTL_SECONDS = Duration.ofDays(30).toSeconds();

        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port;
        private List<String> namespaces = List.of("test");
        private Clock clock = Clock.systemUTC();
        private long defaultTtlSeconds = DEFAULT_TTL_SECONDS;
        private String nodeName = "BB9AE00B0E5C0DE";
        private String clusterName;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private RequestHook requestHook = RequestHook.NONE;
        private Edition edition = Edition.COMMUNITY;

        private Builder() {}

        /** Address to listen on; default 127.0.0.1. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Port to listen on; default 0, an ephemeral port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Namespaces to serve; default {@code test}. */
        public Builder namespaces(String... names) {
            this.namespaces = List.of(names);
            return this;
        }

        /** Clock for TTLs and void times; inject one to test expiry without sleeping. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** TTL of records written with TTL 0; default 30 days as in the official container, 0 = never. */
        public Builder defaultTtlSeconds(long seconds) {
            this.defaultTtlSeconds = seconds;
            return this;
        }

        /** Node name reported to clients. */
        public Builder nodeName(String name) {
            this.nodeName = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Cluster name reported to clients that check one; default none. */
        public Builder clusterName(String name) {
            this.clusterName = name;
            return this;
        }

        /** Largest request accepted, 1 KiB to 1 GiB; a larger declared size closes that connection. */
        public Builder maxRequestBytes(int bytes) {
            if (bytes < 1024 || bytes > MAX_REQUEST_BYTES_LIMIT) {
                throw new IllegalArgumentException(
                        "maxRequestBytes must be from 1024 to " + MAX_REQUEST_BYTES_LIMIT + " but was " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Runs before each request, to inject latency or faults; see {@link RequestHook}. Default: none. */
        public Builder requestHook(RequestHook hook) {
            this.requestHook = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * The edition to answer as; default {@link Edition#COMMUNITY}, which refuses compressed
         * requests and durable deletes with 25 (ENTERPRISE_ONLY) as the official container does.
         */
        public Builder edition(Edition edition) {
            this.edition = Objects.requireNonNull(edition, "edition");
            return this;
        }

        /** Binds and starts serving. */
        public EmbeddedAerospikeServer start() {
            ServerConfig config = new ServerConfig(
                    bindAddress,
                    port,
                    namespaces,
                    clock,
                    defaultTtlSeconds,
                    nodeName,
                    clusterName,
                    maxRequestBytes,
                    requestHook,
                    edition);
            try {
                return new EmbeddedAerospikeServer(config);
            } catch (IOException bindFailure) {
                throw new UncheckedIOException(
                        "cannot listen on " + bindAddress.getHostAddress() + ":" + port + " ("
                                + bindFailure.getMessage() + "); choose another port or 0 for an ephemeral one",
                        bindFailure);
            }
        }
    }
}
