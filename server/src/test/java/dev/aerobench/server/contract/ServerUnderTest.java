package dev.aerobench.server.contract;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.policy.ClientPolicy;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server a contract class runs against, and an official client connected to it: by default an
 * embedded server with namespaces {@value #NAMESPACE} and {@value #OTHER_NAMESPACE} and a
 * {@link MutableClock} it reads time from; with {@code -D}{@value #EXTERNAL_SERVER_PROPERTY}{@code =host:port}
 * an already running real Aerospike (namespace {@value #NAMESPACE}), so the same suite checks the
 * embedded server against the real thing. Against a real server there is no clock and no second
 * namespace; tests that need them are disabled.
 */
final class ServerUnderTest implements AutoCloseable {

    /** System property naming an external server, {@code host:port}, to run the suite against. */
    static final String EXTERNAL_SERVER_PROPERTY = "aerobench.contract.server";

    static final String NAMESPACE = "test";
    static final String OTHER_NAMESPACE = "bar";

    /** Long enough for a loaded 2-core machine, short enough that a hang fails fast. */
    static final int COMMAND_TIMEOUT_MILLIS = 3_000;

    private final MutableClock clock;
    private final EmbeddedAerospikeServer server;
    private final ServerAddress address;
    private final AerospikeClient client;
    private final AtomicLong setCounter = new AtomicLong();

    /**
     * Tells this run's sets from an earlier run's on the same external server: the build runs the
     * suite twice (once per client), and a real server keeps what the first run wrote.
     */
    private final String runId = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);

    private ServerUnderTest(MutableClock clock, EmbeddedAerospikeServer server, ServerAddress address) {
        this.clock = clock;
        this.server = server;
        this.address = address;
        this.client = connect(address, clientPolicy());
    }

    /** The external server named by {@value #EXTERNAL_SERVER_PROPERTY}, if any. */
    static Optional<ServerAddress> externalServer() {
        String value = System.getProperty(EXTERNAL_SERVER_PROPERTY, "").strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int colon = value.lastIndexOf(':');
        try {
            return Optional.of(
                    new ServerAddress(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
        } catch (RuntimeException malformed) {
            throw new IllegalArgumentException(
                    "-D" + EXTERNAL_SERVER_PROPERTY + " must be host:port but was '" + value + "'", malformed);
        }
    }

    static ServerUnderTest start() {
        Optional<ServerAddress> external = externalServer();
        if (external.isPresent()) {
            return new ServerUnderTest(null, null, external.get());
        }
        MutableClock clock = new MutableClock(Instant.now());
        EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder()
                .namespaces(NAMESPACE, OTHER_NAMESPACE)
                .clock(clock)
                .start();
        try {
            return new ServerUnderTest(clock, server, new ServerAddress(server.host(), server.port()));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    static AerospikeClient connect(EmbeddedAerospikeServer server, ClientPolicy policy) {
        return connect(new ServerAddress(server.host(), server.port()), policy);
    }

    static AerospikeClient connect(ServerAddress address, ClientPolicy policy) {
        return new AerospikeClient(policy, address.host(), address.port());
    }

    /** Default client policy with every command timeout short, so no test can wait forever. */
    static ClientPolicy clientPolicy() {
        ClientPolicy policy = new ClientPolicy();
        policy.timeout = COMMAND_TIMEOUT_MILLIS;
        policy.readPolicyDefault.totalTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.writePolicyDefault.totalTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.batchPolicyDefault.totalTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.batchParentPolicyWriteDefault.totalTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.scanPolicyDefault.totalTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.scanPolicyDefault.socketTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.queryPolicyDefault.totalTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.queryPolicyDefault.socketTimeout = COMMAND_TIMEOUT_MILLIS;
        policy.infoPolicyDefault.timeout = COMMAND_TIMEOUT_MILLIS;
        return policy;
    }

    /** The embedded server's clock; {@code null} when running against an external server. */
    MutableClock clock() {
        return clock;
    }

    /** The embedded server; {@code null} when running against an external one. */
    EmbeddedAerospikeServer server() {
        return server;
    }

    ServerAddress address() {
        return address;
    }

    AerospikeClient client() {
        return client;
    }

    /** A set name no earlier test or run on this server used, readable in failure messages. */
    TestSet freshSet(String testName) {
        String base = testName.replaceAll("[^A-Za-z0-9]", "");
        String prefix = base.substring(0, Math.min(base.length(), 40));
        return new TestSet(NAMESPACE, prefix + "_" + runId + "_" + setCounter.incrementAndGet());
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
