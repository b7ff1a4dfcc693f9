package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.BatchRead;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Batch reads in the "any" row format, which the server's {@code batch-any} feature selects. */
@ServerContract
@DisplayName("Batch reads")
class BatchReadContractTest {

    @Test
    @DisplayName("a batch get returns one record per key, in key order, with null for missing keys")
    void getAllBinsWithMissingKeys(AerospikeClient client, TestSet set) {
        Key[] keys = {set.key("k0"), set.key("absent1"), set.key("k2"), set.key("absent3")};
        client.put(null, keys[0], new Bin("v", 0), new Bin("w", "zero"));
        client.put(null, keys[2], new Bin("v", 2));

        Record[] records = client.get(null, keys);

        assertThat(records).hasSize(4);
        assertThat(records[0].bins).containsExactlyInAnyOrderEntriesOf(Map.of("v", 0L, "w", "zero"));
        assertThat(records[1]).isNull();
        assertThat(records[2].bins).containsExactlyEntriesOf(Map.of("v", 2L));
        assertThat(records[3]).isNull();
    }

    @Test
    @DisplayName("a batch get with bin names returns only those bins")
    void getSelectedBins(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(3);
        for (Key key : keys) {
            client.put(null, key, new Bin("a", 1), new Bin("b", 2), new Bin("c", 3));
        }

        Record[] records = client.get(null, keys, "a", "c");

        assertThat(records)
                .allSatisfy(
                        record -> assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "c", 3L)));
    }

    @Test
    @DisplayName("a batch getHeader returns generations without bins")
    void getHeaders(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(3);
        client.put(null, keys[0], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 2));

        Record[] headers = client.getHeader(null, keys);

        assertThat(headers[0].generation).isEqualTo(1);
        assertThat(headers[0].bins).isNull();
        assertThat(headers[1].generation).isEqualTo(2);
        assertThat(headers[2]).isNull();
    }

    @Test
    @DisplayName("a batch exists reports each key's presence in place")
    void exists(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(4);
        client.put(null, keys[1], new Bin("a", 1));
        client.put(null, keys[2], new Bin("a", 1));

        assertThat(client.exists(null, keys)).containsExactly(false, true, true, false);
    }

    @Test
    @DisplayName("a batch of read operations returns the operations' results")
    void getWithOperations(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(2);
        for (Key key : keys) {
            client.put(null, key, new Bin("a", 1), new Bin("b", 2));
        }

        Record[] records = client.get(null, keys, Operation.get("b"));

        assertThat(records).allSatisfy(record -> assertThat(record.bins).containsExactlyEntriesOf(Map.of("b", 2L)));
    }

    @Test
    @DisplayName("a list of BatchRead mixes all bins, bin names, operations and header reads, one result per row")
    void mixedBatchReads(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(4);
        for (Key key : keys) {
            client.put(null, key, new Bin("a", 1), new Bin("b", 2));
        }
        List<BatchRead> reads = List.of(
                new BatchRead(keys[0], true),
                new BatchRead(keys[1], new String[] {"b"}),
                new BatchRead(keys[2], new Operation[] {Operation.get("a")}),
                new BatchRead(keys[3], false),
                new BatchRead(set.key("absent"), true));

        boolean allFound = client.get(null, reads);

        assertThat(allFound).isFalse();
        assertThat(reads.get(0).record.bins).containsOnlyKeys("a", "b");
        assertThat(reads.get(1).record.bins).containsOnlyKeys("b");
        assertThat(reads.get(2).record.bins).containsOnlyKeys("a");
        assertThat(reads.get(3).record.bins).isNull();
        assertThat(reads.get(3).record.generation).isEqualTo(1);
        assertThat(reads.get(4).record).isNull();
        assertThat(reads.get(4).resultCode).isEqualTo(ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(reads.subList(0, 4))
                .allSatisfy(read -> assertThat(read.resultCode).isEqualTo(ResultCode.OK));
    }

    @Test
    @DisplayName("a one-key batch is answered like any other batch")
    void oneKeyBatch(AerospikeClient client, TestSet set) {
        Key key = set.key("k0");
        client.put(null, key, new Bin("a", 1));

        assertThat(client.get(null, new Key[] {key})[0].getLong("a")).isEqualTo(1);
        assertThat(client.get(null, new Key[] {set.key("absent")})[0]).isNull();
        assertThat(client.exists(null, new Key[] {key})).containsExactly(true);
        assertThat(client.getHeader(null, new Key[] {key})[0].generation).isEqualTo(1);
    }

    @EmbeddedOnly("uses the second namespace, bar")
    @Test
    @DisplayName("a batch of 500 keys across two namespaces and two sets returns every row in place")
    void largeBatchAcrossNamespaces(AerospikeClient client, TestSet set, TestSet otherSet) {
        Key[] keys = IntStream.range(0, 500)
                .mapToObj(i -> switch (i % 3) {
                    case 0 -> set.key(i);
                    case 1 -> otherSet.key(i);
                    default -> new Key(ServerUnderTest.OTHER_NAMESPACE, set.name(), i);
                })
                .toArray(Key[]::new);
        for (int i = 0; i < keys.length; i += 2) {
            client.put(null, keys[i], new Bin("i", i));
        }

        Record[] records = client.get(null, keys);

        for (int i = 0; i < keys.length; i++) {
            if (i % 2 == 0) {
                assertThat(records[i].getLong("i")).as("row %d", i).isEqualTo(i);
            } else {
                assertThat(records[i]).as("row %d", i).isNull();
            }
        }
    }

    @Test
    @DisplayName("a key repeated in one batch is answered in every position")
    void repeatedKey(AerospikeClient client, TestSet set) {
        Key key = set.key("k0");
        client.put(null, key, new Bin("a", 1));

        Record[] records = client.get(null, new Key[] {key, set.key("absent"), key});

        assertThat(records[0].getLong("a")).isEqualTo(1);
        assertThat(records[1]).isNull();
        assertThat(records[2].getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("a batch of only missing keys returns only nulls")
    void onlyMissingKeys(AerospikeClient client, TestSet set) {
        assertThat(client.get(null, set.keys(5))).containsOnlyNulls().hasSize(5);
        assertThat(client.exists(null, set.keys(5))).containsOnly(false);
    }
}
