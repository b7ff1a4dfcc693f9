package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Queries of collection indexes: list elements, map keys and map values, with {@code Filter.contains} and ranges. */
@ServerContract
@DisplayName("Secondary-index queries on list and map elements")
class SecondaryIndexCollectionContractTest {

    @Test
    @DisplayName("Filter.contains on a LIST index returns records whose list holds the value, once each")
    void listContains(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("l", List.of(1, 7, 7, 9)));
        client.put(null, set.key("b"), new Bin("l", List.of(2, 3)));
        client.put(null, set.key("c"), new Bin("l", List.of("7", 7L)));
        client.put(null, set.key("d"), new Bin("l", 7));
        try (TestIndex ignored = TestIndex.create(client, set, "l", IndexType.NUMERIC, IndexCollectionType.LIST)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.contains("l", IndexCollectionType.LIST, 7));

            assertThat(rows.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(set.key("a"), set.key("c")));
        }
    }

    @Test
    @DisplayName("a range on a LIST index returns a record once even when several elements match")
    void listRangeOncePerRecord(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("l", List.of(1, 2, 3, 4)));
        client.put(null, set.key("b"), new Bin("l", List.of(10, 20)));
        try (TestIndex ignored = TestIndex.create(client, set, "l", IndexType.NUMERIC, IndexCollectionType.LIST)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.range("l", IndexCollectionType.LIST, 2, 15));

            assertThat(rows.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(set.key("a"), set.key("b")));
        }
    }

    @Test
    @DisplayName("a LIST index keeps up with a list of 40,000 elements: put, append and query stay quick")
    void bigIndexedList(AerospikeClient client, TestSet set) {
        List<Integer> big = IntStream.range(0, 40_000).boxed().toList();
        try (TestIndex ignored = TestIndex.create(client, set, "l", IndexType.NUMERIC, IndexCollectionType.LIST)) {
            Duration put = timed(() -> client.put(null, set.key("big"), new Bin("l", big)));
            Duration append =
                    timed(() -> client.operate(null, set.key("big"), ListOperation.append("l", Value.get(-5))));
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.contains("l", IndexCollectionType.LIST, -5));

            // Generous bounds: an index update linear in the list's size takes milliseconds, a
            // quadratic one many seconds (past the client's timeout).
            assertThat(put).isLessThan(Duration.ofSeconds(5));
            assertThat(append).isLessThan(Duration.ofSeconds(5));
            assertThat(rows.digests()).containsExactlyElementsOf(digestsOf(set.key("big")));
        }
    }

    private static Duration timed(Runnable command) {
        long start = System.nanoTime();
        command.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    @DisplayName("Filter.contains on a MAPKEYS string index matches map keys, not values")
    void mapKeysContains(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("m", Map.of("red", 1, "blue", 2)));
        client.put(null, set.key("b"), new Bin("m", Map.of("green", "red")));
        try (TestIndex ignored = TestIndex.create(client, set, "m", IndexType.STRING, IndexCollectionType.MAPKEYS)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.contains("m", IndexCollectionType.MAPKEYS, "red"));

            assertThat(rows.digests()).containsExactlyElementsOf(digestsOf(set.key("a")));
        }
    }

    @Test
    @DisplayName("Filter.contains on a MAPVALUES integer index matches map values, also in key-ordered maps")
    void mapValuesContains(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("m", Map.of("x", 5, "y", 6)));
        client.put(null, set.key("b"), new Bin("m", Map.of(5, "x")));
        client.put(
                null,
                set.key("c"),
                new Bin("m", new java.util.TreeMap<>(Map.of("k", 5)), com.aerospike.client.cdt.MapOrder.KEY_ORDERED));
        try (TestIndex ignored = TestIndex.create(client, set, "m", IndexType.NUMERIC, IndexCollectionType.MAPVALUES)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.contains("m", IndexCollectionType.MAPVALUES, 5));

            assertThat(rows.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(set.key("a"), set.key("c")));
        }
    }

    @Test
    @DisplayName("Filter.contains on a LIST blob index matches equal byte arrays")
    void listBlobContains(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("l", List.of(new byte[] {9, 8}, new byte[] {1})));
        client.put(null, set.key("b"), new Bin("l", List.of(new byte[] {9})));
        try (TestIndex ignored = TestIndex.create(client, set, "l", IndexType.BLOB, IndexCollectionType.LIST)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.contains("l", IndexCollectionType.LIST, new byte[] {9, 8}));

            assertThat(rows.digests()).containsExactlyElementsOf(digestsOf(set.key("a")));
        }
    }

    @Test
    @DisplayName("Filter.equal (no collection type) does not use a LIST index: INDEX_NOTFOUND (201)")
    void equalDoesNotUseListIndex(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("l", Value.get(List.of(1))));
        com.aerospike.client.policy.QueryPolicy once =
                new com.aerospike.client.policy.QueryPolicy(client.getQueryPolicyDefault());
        once.maxRetries = 0;
        try (TestIndex ignored = TestIndex.create(client, set, "l", IndexType.NUMERIC, IndexCollectionType.LIST)) {
            ContractAssertions.assertResultCode(
                    () -> ScannedRecords.drain(
                            client.query(once, SecondaryIndexQueryContractTest.statement(set, Filter.equal("l", 1)))),
                    com.aerospike.client.ResultCode.INDEX_NOTFOUND);
        }
    }
}
