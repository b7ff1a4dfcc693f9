package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.KeyRecord;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("scanAll")
class ScanContractTest {

    @Test
    @DisplayName("scanAll of a set returns each of its records exactly once, with bins and key")
    void scanWholeSet(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 30);

        ScannedRecords scanned = scan(client, null, set);

        assertThat(scanned.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
        assertThat(scanned.rows()).allSatisfy(row -> {
            assertThat(row.key.namespace).isEqualTo(set.namespace());
            assertThat(row.key.setName).isEqualTo(set.name());
            assertThat(row.record.bins).containsOnlyKeys("i", "s");
            assertThat(row.record.generation).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("scanAll with bin names returns only those bins")
    void scanSelectedBins(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 5);

        ScannedRecords scanned = new ScannedRecords();
        client.scanAll(null, set.namespace(), set.name(), scanned, "s");

        assertThat(scanned.rows())
                .hasSize(5)
                .allSatisfy(row -> assertThat(row.record.bins).containsOnlyKeys("s"));
    }

    @Test
    @DisplayName("scanAll without bin data returns headers only")
    void scanWithoutBinData(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 5);
        ScanPolicy policy = new ScanPolicy(client.getScanPolicyDefault());
        policy.includeBinData = false;

        ScannedRecords scanned = scan(client, policy, set);

        assertThat(scanned.rows()).hasSize(5).allSatisfy(row -> {
            assertThat(row.record.bins).isNull();
            assertThat(row.record.generation).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("scanAll leaves out the records of other sets")
    void scanIsolatesSets(AerospikeClient client, TestSet set, TestSet otherSet) {
        Key[] keys = writeRecords(client, set, 4);
        writeRecords(client, otherSet, 6);

        assertThat(scan(client, null, set).digests()).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
    }

    @Test
    @DisplayName("scanAll of an empty set completes without rows")
    void scanEmptySet(AerospikeClient client, TestSet set) {
        assertThat(scan(client, null, set).rows()).isEmpty();
    }

    @EmbeddedOnly("uses the second namespace, bar")
    @Test
    @DisplayName("scanAll without a set name returns the records of every set in the namespace")
    void scanWholeNamespace(AerospikeClient client, TestSet set, TestSet otherSet) {
        Key[] inBar = writeRecords(client, new TestSet(ServerUnderTest.OTHER_NAMESPACE, set.name()), 3);
        Key[] inBarOther = writeRecords(client, new TestSet(ServerUnderTest.OTHER_NAMESPACE, otherSet.name()), 2);
        writeRecords(client, set, 2);

        ScannedRecords scanned = new ScannedRecords();
        client.scanAll(null, ServerUnderTest.OTHER_NAMESPACE, null, scanned);

        assertThat(scanned.digests())
                .containsAll(digestsOf(inBar))
                .containsAll(digestsOf(inBarOther))
                .doesNotHaveDuplicates();
        assertThat(scanned.rows())
                .allSatisfy(row -> assertThat(row.key.namespace).isEqualTo("bar"));
    }

    @Test
    @DisplayName("scanAll with maxRecords stops after that many records")
    void scanMaxRecords(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 20);
        ScanPolicy policy = new ScanPolicy(client.getScanPolicyDefault());
        policy.maxRecords = 7;

        assertThat(scan(client, policy, set).digests()).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("scan rows carry the user key only when it was sent with the write")
    void scanReturnsStoredUserKeys(AerospikeClient client, TestSet set) {
        WritePolicy sendKey = new WritePolicy(client.getWritePolicyDefault());
        sendKey.sendKey = true;
        client.put(sendKey, set.key("text"), new Bin("a", 1));
        client.put(sendKey, set.key(-5L), new Bin("a", 1));
        client.put(sendKey, new Key(set.namespace(), set.name(), new byte[] {1, 2}), new Bin("a", 1));
        client.put(null, set.key("notSent"), new Bin("a", 1));

        List<Object> userKeys = scan(client, null, set).rows().stream()
                .map(ScanContractTest::userKeyOf)
                .toList();

        assertThat(userKeys).containsExactlyInAnyOrder("text", -5L, "[1, 2]", null);
    }

    /** The row's user key; blobs as {@code Arrays.toString} so they compare by content. */
    static Object userKeyOf(KeyRecord row) {
        if (row.key.userKey == null) {
            return null;
        }
        Object value = row.key.userKey.getObject();
        return value instanceof byte[] bytes ? Arrays.toString(bytes) : value;
    }

    static Key[] writeRecords(AerospikeClient client, TestSet set, int count) {
        Key[] keys = set.keys(count);
        for (int i = 0; i < count; i++) {
            client.put(null, keys[i], new Bin("i", i), new Bin("s", "v" + i));
        }
        return keys;
    }

    static ScannedRecords scan(AerospikeClient client, ScanPolicy policy, TestSet set) {
        ScannedRecords scanned = new ScannedRecords();
        client.scanAll(policy, set.namespace(), set.name(), scanned);
        return scanned;
    }
}
