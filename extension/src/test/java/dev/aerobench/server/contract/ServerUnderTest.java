package dev.aerobench.server.contract;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.policy.ClientPolicy;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One embedded server with namespaces {@value #NAMESPACE} and {@value #OTHER_NAMESPACE}, a
 * {@link MutableClock} it reads time from, and an official client connected to it.
 */
final class ServerUnderTest implements AutoCloseable {

    static final String NAMESPACE = "test";
    static final String OTHER_NAMESPACE = "bar";

    /** Long enough for a loaded 2-core machine, short enough that a hang fails fast. */
    static final int COMMAND_TIMEOUT_MILLIS = 3_000;

    private final MutableClock clock;
    private final EmbeddedAerospikeServer server;
    private final AerospikeClient client;
    private final AtomicLong setCounter = new AtomicLong();

    private ServerUnderTest(MutableClock clock, EmbeddedAerospikeServer server, AerospikeClient client) {
        this.clock = clock;
        this.server = server;
        this.client = client;
    }

    static ServerUnderTest start() {
        MutableClock clock = new MutableClock(Instant.now());
        EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder()
                .namespaces(NAMESPACE, OTHER_NAMESPACE)
                .clock(clock)
                .start();
        try {
            return new ServerUnderTest(clock, server, connect(server, clientPolicy()));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    static AerospikeClient connect(EmbeddedAerospikeServer server, ClientPolicy policy) {
        return new AerospikeClient(policy, server.host(), server.port());
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

    MutableClock clock() {
        return clock;
    }

    EmbeddedAerospikeServer server() {
        return server;
    }

    AerospikeClient client() {
        return client;
    }

    /** A set name no earlier test of this server used, readable in failure messages. */
    TestSet freshSet(String testName) {
        String base = testName.replaceAll("[^A-Za-z0-9]", "");
        String prefix = base.substring(0, Math.min(base.length(), 40));
        return new TestSet(NAMESPACE, prefix + "_" + setCounter.incrementAndGet());
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            server.close();
        }
    }
}
