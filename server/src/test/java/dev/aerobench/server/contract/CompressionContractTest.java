package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import dev.aerobench.server.FrameProxy;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Compressed requests (proto type 4) on a Community Edition node: with {@code compress} on, the
 * client deflates every request over 128 bytes, and CE answers each of them 25 (ENTERPRISE_ONLY)
 * without executing it. The client talks through a {@link FrameProxy} so each test can check that
 * a compressed frame really went over the wire.
 */
@ServerContract
@DisplayName("Compressed requests on the Community Edition")
class CompressionContractTest {

    private static final int TYPE_COMPRESSED = 4;
    private static final String LARGE_VALUE = "compressible ".repeat(80);

    private static FrameProxy proxy;
    private static AerospikeClient client;

    @BeforeAll
    static void connectCompressing(ServerAddress server) throws IOException {
        proxy = FrameProxy.start(server.host(), server.port(), UnaryOperator.identity());
        ClientPolicy policy = ServerUnderTest.clientPolicy();
        policy.readPolicyDefault.compress = true;
        policy.writePolicyDefault.compress = true;
        client = new AerospikeClient(policy, "127.0.0.1", proxy.port());
    }

    @AfterAll
    static void disconnect() throws IOException {
        client.close();
        proxy.close();
    }

    @Test
    @DisplayName("a compressed put fails with ENTERPRISE_ONLY (25) and stores nothing")
    void compressedPut(TestSet set) {
        Key key = set.key("k1");

        long compressed = compressedFramesDuring(() ->
                assertResultCode(() -> client.put(null, key, new Bin("s", LARGE_VALUE)), ResultCode.ENTERPRISE_ONLY));

        assertThat(compressed).isEqualTo(1);
        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("a compressed operate fails with ENTERPRISE_ONLY (25) and applies nothing")
    void compressedOperate(TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1));

        long compressed = compressedFramesDuring(() -> assertResultCode(
                () -> client.operate(
                        null, key, Operation.put(new Bin("s", LARGE_VALUE)), Operation.add(new Bin("i", 5))),
                ResultCode.ENTERPRISE_ONLY));

        assertThat(compressed).isEqualTo(1);
        assertThat(client.get(null, key).bins).containsOnlyKeys("i").containsEntry("i", 1L);
    }

    @Test
    @DisplayName("small requests stay uncompressed even with compress on, and are served")
    void smallRequestsStayPlain(TestSet set) {
        Key key = set.key("k1");
        Policy read = new Policy(client.getReadPolicyDefault());

        long compressed = compressedFramesDuring(() -> {
            client.put(null, key, new Bin("a", 1));
            client.get(read, key);
        });

        assertThat(compressed).isZero();
        assertThat(client.get(read, key).getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("the connection stays usable after a compressed request was refused")
    void usableAfterRefusal(TestSet set) {
        Key key = set.key("k1");
        assertResultCode(() -> client.put(null, key, new Bin("s", LARGE_VALUE)), ResultCode.ENTERPRISE_ONLY);

        client.put(null, key, new Bin("a", 2));

        assertThat(client.get(null, key).getLong("a")).isEqualTo(2);
    }

    private static long compressedFramesDuring(Runnable commands) {
        long before = countCompressed();
        commands.run();
        return countCompressed() - before;
    }

    private static long countCompressed() {
        return proxy.requestTypes().stream()
                .filter(type -> type == TYPE_COMPRESSED)
                .count();
    }
}
