package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.PartitionScanContractTest.keysInOnePartition;
import static dev.aerobench.server.contract.PartitionScanContractTest.partitionOf;
import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.PartitionFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Partition queries with a secondary-index filter: a node yields a partition's matches in index
 * order (the value, or the hash of a string, then the digest) and the client resumes a partition
 * from the last value and digest it saw, which it sends back in BVAL_ARRAY.
 */
@ServerContract
@DisplayName("Secondary-index partition queries: order within a partition, resume, paging")
class SecondaryIndexPartitionContractTest {

    /** wyhash64("apple") with a real node's seed, as the node sends it back for a string index entry. */
    private static final long APPLE_BVAL = 5873516816206310028L;

    @Test
    @DisplayName("within a partition, matches come in value order, whatever their digests")
    void valueOrderWithinPartition(AerospikeClient client, TestSet set) {
        Key[] keys = keysInOnePartition(set, 5);
        Key[] byDigestDescending = Arrays.stream(keys)
                .sorted((a, b) -> Arrays.compareUnsigned(b.digest, a.digest))
                .toArray(Key[]::new);
        for (int i = 0; i < byDigestDescending.length; i++) {
            client.put(null, byDigestDescending[i], new Bin("n", i));
        }
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
            policy.maxRecords = 2;
            PartitionFilter partition = PartitionFilter.id(partitionOf(keys[0]));

            ScannedRecords first = queryPartitions(client, policy, partition, set, Filter.range("n", 0, 10));
            ScannedRecords rest = queryPartitions(client, null, partition, set, Filter.range("n", 0, 10));

            assertThat(first.digests())
                    .containsExactly(digestsOf(byDigestDescending[0], byDigestDescending[1])
                            .toArray(String[]::new));
            assertThat(rest.digests())
                    .containsExactlyInAnyOrderElementsOf(
                            digestsOf(byDigestDescending[2], byDigestDescending[3], byDigestDescending[4]));
            assertThat(partition.getPartitions()[0].bval).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("equal values within a partition come in digest order, and resume after the last digest")
    void digestOrderForEqualValues(AerospikeClient client, TestSet set) {
        Key[] keys = keysInOnePartition(set, 4);
        for (Key key : keys) {
            client.put(null, key, new Bin("s", "apple"));
        }
        Key[] ascending = Arrays.stream(keys)
                .sorted((a, b) -> Arrays.compareUnsigned(a.digest, b.digest))
                .toArray(Key[]::new);
        try (TestIndex ignored = TestIndex.create(client, set, "s", IndexType.STRING)) {
            QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
            policy.maxRecords = 1;
            PartitionFilter partition = PartitionFilter.id(partitionOf(keys[0]));
            List<String> seen = new ArrayList<>();

            for (int page = 0; page < 4; page++) {
                seen.addAll(queryPartitions(client, policy, partition, set, Filter.equal("s", "apple"))
                        .digests());
            }

            assertThat(seen).containsExactlyElementsOf(digestsOf(ascending));
            assertThat(partition.getPartitions()[0].bval).isEqualTo(APPLE_BVAL);
        }
    }

    @Test
    @DisplayName("resuming a partition past the end of a narrower range finds nothing there")
    void resumePastNarrowerRange(AerospikeClient client, TestSet set) {
        Key[] keys = keysInOnePartition(set, 3);
        for (int i = 0; i < keys.length; i++) {
            client.put(null, keys[i], new Bin("n", 100 * i));
        }
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
            policy.maxRecords = 2;
            PartitionFilter partition = PartitionFilter.id(partitionOf(keys[0]));
            ScannedRecords first = queryPartitions(client, policy, partition, set, Filter.range("n", 0, 299));
            assertThat(first.rows()).hasSize(2);
            assertThat(partition.getPartitions()[0].bval).isEqualTo(100);

            ScannedRecords resumed = queryPartitions(client, null, partition, set, Filter.range("n", 0, 5));

            assertThat(resumed.rows()).isEmpty();
            assertThat(partition.isDone()).isTrue();
        }
    }

    @Test
    @DisplayName("paging a query over all partitions with maxRecords returns every match exactly once")
    void pageThroughQuery(AerospikeClient client, TestSet set) {
        Key[] keys = SecondaryIndexQueryContractTest.writeNumbered(client, set, 40);
        List<Key> expected = Arrays.stream(keys)
                .filter(key -> Integer.parseInt(((String) key.userKey.getObject()).substring(1)) % 3 != 2)
                .toList();
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
            policy.maxRecords = 7;
            PartitionFilter all = PartitionFilter.all();
            List<String> seen = new ArrayList<>();

            for (int page = 0; page < 20 && !all.isDone(); page++) {
                ScannedRecords rows = queryPartitions(client, policy, all, set, Filter.range("n", 0, 1));
                assertThat(rows.rows()).hasSizeLessThanOrEqualTo(7);
                seen.addAll(rows.digests());
            }

            assertThat(all.isDone()).isTrue();
            assertThat(seen).containsExactlyInAnyOrderElementsOf(digestsOf(expected.toArray(Key[]::new)));
        }
    }

    private static ScannedRecords queryPartitions(
            AerospikeClient client, QueryPolicy policy, PartitionFilter filter, TestSet set, Filter indexFilter) {
        return ScannedRecords.drain(
                client.queryPartitions(policy, SecondaryIndexQueryContractTest.statement(set, indexFilter), filter));
    }
}
