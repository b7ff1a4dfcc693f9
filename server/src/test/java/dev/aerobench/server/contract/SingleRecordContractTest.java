package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("Single-record commands: put, get, getHeader, exists, delete, touch")
class SingleRecordContractTest {

    @Test
    @DisplayName("get returns every bin that put stored, with generation 1")
    void getReturnsAllBins(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 42), new Bin("s", "text"));

        Record record = client.get(null, key);

        assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("i", 42L, "s", "text"));
        assertThat(record.generation).isEqualTo(1);
    }

    @Test
    @DisplayName("get with bin names returns only those bins, and omits names that do not exist")
    void getSelectedBins(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2), new Bin("c", 3));

        Record record = client.get(null, key, "a", "c", "missing");

        assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "c", 3L));
    }

    @Test
    @DisplayName("getHeader returns generation and expiration but no bins")
    void getHeaderHasNoBins(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        client.put(null, key, new Bin("a", 2));

        Record header = client.getHeader(null, key);

        assertThat(header.bins).isNull();
        assertThat(header.generation).isEqualTo(2);
        assertThat(header.expiration).isEqualTo(client.get(null, key).expiration);
    }

    @Test
    @DisplayName("get and getHeader of a missing record return null")
    void missingRecordReadsAsNull(AerospikeClient client, TestSet set) {
        assertThat(client.get(null, set.key("absent"))).isNull();
        assertThat(client.get(null, set.key("absent"), "a")).isNull();
        assertThat(client.getHeader(null, set.key("absent"))).isNull();
    }

    @Test
    @DisplayName("exists is true for a stored record and false for a missing one")
    void existsReportsPresence(AerospikeClient client, TestSet set) {
        client.put(null, set.key("present"), new Bin("a", 1));

        assertThat(client.exists(null, set.key("present"))).isTrue();
        assertThat(client.exists(null, set.key("absent"))).isFalse();
    }

    @Test
    @DisplayName("delete removes the record: true the first time, false when it is already gone")
    void deleteRemovesRecord(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertThat(client.delete(null, key)).isTrue();
        assertThat(client.delete(null, key)).isFalse();
        assertThat(client.get(null, key)).isNull();
        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("a deleted record can be written again and starts over")
    void deletedRecordCanBeRecreated(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));
        client.delete(null, key);

        client.put(null, key, new Bin("c", 3));

        assertThat(client.get(null, key).bins).containsExactlyEntriesOf(Map.of("c", 3L));
    }

    @Test
    @DisplayName("touch increments the generation and keeps the bins")
    void touchBumpsGeneration(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        client.touch(null, key);

        Record record = client.get(null, key);
        assertThat(record.generation).isEqualTo(2);
        assertThat(record.bins).containsExactlyEntriesOf(Map.of("a", 1L));
    }

    @Test
    @DisplayName("touch of a missing record fails with KEY_NOT_FOUND_ERROR and creates nothing")
    void touchOfMissingRecordFails(AerospikeClient client, TestSet set) {
        Key key = set.key("absent");

        assertThatThrownBy(() -> client.touch(null, key))
                .isInstanceOfSatisfying(
                        AerospikeException.class,
                        e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.KEY_NOT_FOUND_ERROR));
        assertThat(client.touched(null, key)).isFalse();
        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("put merges new bins into an existing record and bumps the generation")
    void putMergesBins(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));

        client.put(null, key, new Bin("b", 20), new Bin("c", 30));

        Record record = client.get(null, key);
        assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", 20L, "c", 30L));
        assertThat(record.generation).isEqualTo(2);
    }

    @Test
    @DisplayName("a null bin deletes that bin only")
    void nullBinDeletesBin(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));

        client.put(null, key, Bin.asNull("a"));

        assertThat(client.get(null, key).bins).containsExactlyEntriesOf(Map.of("b", 2L));
    }

    @Test
    @DisplayName("a record whose bins are all deleted disappears")
    void recordWithoutBinsDisappears(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));

        client.put(null, key, Bin.asNull("a"), Bin.asNull("b"));

        assertThat(client.get(null, key)).isNull();
        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("string, integer and blob keys address distinct records")
    void keyTypesAreDistinct(AerospikeClient client, TestSet set) {
        Key stringKey = set.key("7");
        Key longKey = set.key(7L);
        Key blobKey = new Key(set.namespace(), set.name(), new byte[] {7});
        client.put(null, stringKey, new Bin("v", "string"));
        client.put(null, longKey, new Bin("v", "long"));
        client.put(null, blobKey, new Bin("v", "blob"));

        assertThat(client.get(null, stringKey).getString("v")).isEqualTo("string");
        assertThat(client.get(null, longKey).getString("v")).isEqualTo("long");
        assertThat(client.get(null, blobKey).getString("v")).isEqualTo("blob");
    }

    @EmbeddedOnly("uses the second namespace, bar")
    @Test
    @DisplayName("the same key in two namespaces addresses two records")
    void namespacesAreSeparate(AerospikeClient client, TestSet set) {
        Key inTest = set.key("k1");
        Key inBar = new Key(ServerUnderTest.OTHER_NAMESPACE, set.name(), "k1");
        client.put(null, inTest, new Bin("ns", "test"));

        assertThat(client.get(null, inBar)).isNull();
        client.put(null, inBar, new Bin("ns", "bar"));
        assertThat(client.get(null, inTest).getString("ns")).isEqualTo("test");
        assertThat(client.get(null, inBar).getString("ns")).isEqualTo("bar");
    }

    @Test
    @DisplayName("a key without a set name is a record of its own")
    void keyWithoutSet(AerospikeClient client, TestSet set) {
        Key withoutSet = new Key(set.namespace(), null, set.name());
        client.put(null, withoutSet, new Bin("a", 1));

        assertThat(client.get(null, withoutSet).getLong("a")).isEqualTo(1);
        assertThat(client.get(null, set.key(set.name()))).isNull();
    }
}
