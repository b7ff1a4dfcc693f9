package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.BatchResults;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.KeyRecord;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An Enterprise-edition embedded server serves compressed requests (proto type 4): with
 * {@code compress} on, the client deflates every request over 128 bytes. The client talks through
 * a {@link FrameProxy} so each test can check that a compressed frame really went over the wire.
 * (A Community node answers them 25; see {@code CompressionContractTest}.)
 */
@DisplayName("Compressed requests on an Enterprise-edition server")
class EnterpriseCompressionTest {

    private static final int TYPE_COMPRESSED = 4;
    private static final String LARGE_VALUE = "compressible ".repeat(80);

    private static EmbeddedAerospikeServer server;
    private static FrameProxy proxy;
    private static AerospikeClient client;

    @BeforeAll
    static void connectCompressing() throws IOException {
        server = EmbeddedAerospikeServer.builder().edition(Edition.ENTERPRISE).start();
        proxy = FrameProxy.start(server.host(), server.port(), UnaryOperator.identity());
        ClientPolicy policy = new ClientPolicy();
        policy.readPolicyDefault.compress = true;
        policy.writePolicyDefault.compress = true;
        policy.batchPolicyDefault.compress = true;
        policy.batchParentPolicyWriteDefault.compress = true;
        client = new AerospikeClient(policy, "127.0.0.1", proxy.port());
    }

    @AfterAll
    static void disconnect() throws IOException {
        client.close();
        proxy.close();
        server.close();
    }

    @Test
    @DisplayName("a compressed put stores the value and a get asking for a compressed response reads it back")
    void putAndGet() {
        Key key = key("k1");

        long compressedPuts = compressedFramesDuring(() -> client.put(null, key, new Bin("s", LARGE_VALUE)));
        Record record = client.get(null, key);

        assertThat(compressedPuts).isEqualTo(1);
        assertThat(record.getString("s")).isEqualTo(LARGE_VALUE);
    }

    @Test
    @DisplayName("a compressed put with many bins and the user key stores all of it")
    void compressedPutWithKeyAndManyBins() {
        Key key = new Key("test", "many", "user-key");
        WritePolicy sendKey = new WritePolicy(client.getWritePolicyDefault());
        sendKey.sendKey = true;
        Bin[] bins = new Bin[40];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = new Bin("bin" + i, i);
        }

        long compressed = compressedFramesDuring(() -> client.put(sendKey, key, bins));

        List<KeyRecord> scanned = new CopyOnWriteArrayList<>();
        client.scanAll(null, "test", "many", (scannedKey, record) -> scanned.add(new KeyRecord(scannedKey, record)));
        assertThat(compressed).isEqualTo(1);
        assertThat(scanned).singleElement().satisfies(row -> {
            assertThat(row.key.userKey.getObject()).isEqualTo("user-key");
            assertThat(row.record.bins).hasSize(40).containsEntry("bin39", 39L);
        });
    }

    @Test
    @DisplayName("a compressed batch read and a compressed batch write are answered row by row")
    void batch() {
        Key[] keys = keys(8);
        BatchResults[] written = new BatchResults[1];
        Record[][] read = new Record[1][];

        long compressedWrites = compressedFramesDuring(
                () -> written[0] = client.operate(null, null, keys, Operation.put(new Bin("s", LARGE_VALUE))));
        long compressedReads = compressedFramesDuring(() -> read[0] = client.get(null, keys));

        assertThat(compressedWrites).isEqualTo(1);
        assertThat(compressedReads).isEqualTo(1);
        assertThat(written[0].status).isTrue();
        assertThat(read[0])
                .allSatisfy(record -> assertThat(record.getString("s")).isEqualTo(LARGE_VALUE));
    }

    @Test
    @DisplayName("a compressed operate applies its writes and returns its reads")
    void operate() {
        Key key = key("k1");
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        Record[] result = new Record[1];

        long compressed = compressedFramesDuring(() -> result[0] = client.operate(
                policy,
                key,
                Operation.put(new Bin("s", LARGE_VALUE)),
                Operation.add(new Bin("i", 5)),
                Operation.get()));

        assertThat(compressed).isEqualTo(1);
        assertThat(result[0].getString("s")).isEqualTo(LARGE_VALUE);
        assertThat(result[0].getLong("i")).isEqualTo(5);
    }

    @Test
    @DisplayName("small requests stay uncompressed even with compress on, and both kinds mix on one pool")
    void smallRequestsStayPlain() {
        Key key = key("k1");
        Policy read = new Policy(client.getReadPolicyDefault());
        BatchPolicy batch = new BatchPolicy(client.getBatchPolicyDefault());

        long compressed = compressedFramesDuring(() -> {
            client.put(null, key, new Bin("a", 1));
            client.get(read, key);
            client.get(batch, new Key[] {key});
        });

        assertThat(compressed).isZero();
        assertThat(client.get(read, key).getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("a durable delete deletes")
    void durableDelete() {
        Key key = key("durable");
        client.put(null, key, new Bin("a", 1));
        WritePolicy durable = new WritePolicy(client.getWritePolicyDefault());
        durable.durableDelete = true;

        assertThat(client.delete(durable, key)).isTrue();
        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("the edition info command names the Enterprise Edition")
    void editionInfo() {
        assertThat(com.aerospike.client.Info.request(null, client.getNodes()[0], "edition"))
                .isEqualTo("Aerospike Enterprise Edition");
    }

    private static Key key(String userKey) {
        return new Key("test", "ee", userKey);
    }

    private static Key[] keys(int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> key("k" + i))
                .toArray(Key[]::new);
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
