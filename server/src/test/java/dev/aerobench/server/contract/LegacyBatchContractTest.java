package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.BatchRead;
import com.aerospike.client.BatchResults;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import dev.aerobench.server.FrameProxy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Batch reads in the legacy row format. The official clients send it only to a node without the
 * {@code batch-any} feature, so this class connects its client through a {@link FrameProxy} that
 * hides the feature from the {@code features} reply; every byte of the batches is the client's own.
 */
@ServerContract
@DisplayName("Batch reads in the legacy format (batch-any hidden)")
class LegacyBatchContractTest {

    private static FrameProxy proxy;
    private static AerospikeClient legacyClient;

    @BeforeAll
    static void connectWithoutBatchAny(ServerAddress server) throws IOException {
        proxy = FrameProxy.start(server.host(), server.port(), FrameProxy.hidingFeature("batch-any"));
        legacyClient = new AerospikeClient(ServerUnderTest.clientPolicy(), "127.0.0.1", proxy.port());
    }

    @AfterAll
    static void disconnect() throws IOException {
        legacyClient.close();
        proxy.close();
    }

    @Test
    @DisplayName("the proxied client sees a node without batch-any, so its batch reads use the legacy format")
    void nodeLacksBatchAny() {
        assertThat(legacyClient.getNodes())
                .singleElement()
                .satisfies(node -> assertThat(node.hasBatchAny()).isFalse());
    }

    @Test
    @DisplayName("a legacy batch get returns one record per key, in place, null for missing keys")
    void getAllBins(TestSet set) {
        Key[] keys = set.keys(4);
        legacyClient.put(null, keys[0], new Bin("a", 0), new Bin("b", "zero"));
        legacyClient.put(null, keys[3], new Bin("a", 3));

        Record[] records = legacyClient.get(null, keys);

        assertThat(records[0].bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 0L, "b", "zero"));
        assertThat(records[1]).isNull();
        assertThat(records[2]).isNull();
        assertThat(records[3].bins).containsExactlyEntriesOf(Map.of("a", 3L));
        assertThat(records[3].generation).isEqualTo(1);
    }

    @Test
    @DisplayName("a legacy batch get with bin names returns only those bins")
    void getSelectedBins(TestSet set) {
        Key[] keys = set.keys(3);
        for (Key key : keys) {
            legacyClient.put(null, key, new Bin("a", 1), new Bin("b", 2));
        }

        Record[] records = legacyClient.get(null, keys, "b");

        assertThat(records).allSatisfy(record -> assertThat(record.bins).containsExactlyEntriesOf(Map.of("b", 2L)));
    }

    @Test
    @DisplayName("legacy batch getHeader and exists answer per key")
    void headersAndExists(TestSet set) {
        Key[] keys = set.keys(3);
        legacyClient.put(null, keys[1], new Bin("a", 1));

        Record[] headers = legacyClient.getHeader(null, keys);

        assertThat(headers[0]).isNull();
        assertThat(headers[1].bins).isNull();
        assertThat(headers[1].generation).isEqualTo(1);
        assertThat(legacyClient.exists(null, keys)).containsExactly(false, true, false);
    }

    @Test
    @DisplayName("a legacy list of BatchRead rows answers each row, mixing all bins, bin names and operations")
    void batchReadList(TestSet set) {
        Key[] keys = set.keys(3);
        for (Key key : keys) {
            legacyClient.put(null, key, new Bin("a", 1), new Bin("b", 2));
        }
        List<BatchRead> reads = List.of(
                new BatchRead(keys[0], true),
                new BatchRead(keys[1], new String[] {"a"}),
                new BatchRead(keys[2], new Operation[] {Operation.get("b")}),
                new BatchRead(set.key("absent"), true));

        legacyClient.get(null, reads);

        assertThat(reads.get(0).record.bins).containsOnlyKeys("a", "b");
        assertThat(reads.get(1).record.bins).containsOnlyKeys("a");
        assertThat(reads.get(2).record.bins).containsOnlyKeys("b");
        assertThat(reads.get(3).record).isNull();
    }

    @EmbeddedOnly("uses the second namespace, bar")
    @Test
    @DisplayName("a legacy batch of 300 keys across both namespaces answers every row in place")
    void largeBatch(TestSet set) {
        Key[] keys = new Key[300];
        for (int i = 0; i < keys.length; i++) {
            String namespace = i % 2 == 0 ? set.namespace() : ServerUnderTest.OTHER_NAMESPACE;
            keys[i] = new Key(namespace, set.name(), i);
            if (i % 3 == 0) {
                legacyClient.put(null, keys[i], new Bin("i", i));
            }
        }

        Record[] records = legacyClient.get(null, keys);

        for (int i = 0; i < keys.length; i++) {
            if (i % 3 == 0) {
                assertThat(records[i].getLong("i")).as("row %d", i).isEqualTo(i);
            } else {
                assertThat(records[i]).as("row %d", i).isNull();
            }
        }
    }

    @Test
    @DisplayName("batch writes still use the any format without batch-any, and work")
    void batchWritesWithoutBatchAny(TestSet set) {
        Key[] keys = set.keys(2);

        BatchResults results = legacyClient.operate(null, null, keys, Operation.put(new Bin("a", 5)));

        assertThat(results.records).allSatisfy(row -> assertThat(row.resultCode).isEqualTo(ResultCode.OK));
        assertThat(legacyClient.get(null, keys))
                .allSatisfy(record -> assertThat(record.getLong("a")).isEqualTo(5));
    }
}
