package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScanContractTest.writeRecords;
import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Partition;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.query.PartitionFilter;
import com.aerospike.client.query.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("Partition scans and queries: partition filters, resume after a digest, paging")
class PartitionScanContractTest {

    private static final int PARTITIONS = 4096;
    /** Guards the paging loops: a server that never finishes fails instead of looping forever. */
    private static final int MAX_PAGES = 100;

    @Test
    @DisplayName("two partition ranges that split 0..4095 return every record exactly once between them")
    void rangesPartitionTheSet(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 40);

        ScannedRecords low = scanPartitions(client, null, PartitionFilter.range(0, 2048), set);
        ScannedRecords high = scanPartitions(client, null, PartitionFilter.range(2048, 2048), set);

        List<String> both = new ArrayList<>(low.digests());
        both.addAll(high.digests());
        assertThat(both).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
        assertThat(low.rows())
                .allSatisfy(row -> assertThat(partitionOf(row.key)).isLessThan(2048));
        assertThat(high.rows())
                .allSatisfy(row -> assertThat(partitionOf(row.key)).isGreaterThanOrEqualTo(2048));
    }

    @Test
    @DisplayName("PartitionFilter.id returns exactly the records of that partition")
    void singlePartition(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 10);
        int partition = partitionOf(keys[3]);
        Key[] inPartition =
                Arrays.stream(keys).filter(key -> partitionOf(key) == partition).toArray(Key[]::new);

        ScannedRecords scanned = scanPartitions(client, null, PartitionFilter.id(partition), set);

        assertThat(scanned.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(inPartition));
    }

    @Test
    @DisplayName("PartitionFilter.after resumes after a digest: a node walks a partition from its largest digest"
            + " down, so the smaller digests of that partition come back")
    void resumeAfterDigest(AerospikeClient client, TestSet set) {
        Key[] ordered = writeOnePartitionAscending(client, set, 5);
        writeRecords(client, set, 10);

        ScannedRecords scanned = scanPartitions(client, null, PartitionFilter.after(ordered[3]), set);

        assertThat(scanned.digests())
                .containsExactlyInAnyOrderElementsOf(digestsOf(ordered[0], ordered[1], ordered[2]));
    }

    @Test
    @DisplayName("a scan of one partition with maxRecords returns its largest digests first")
    void partitionScanOrder(AerospikeClient client, TestSet set) {
        Key[] ordered = writeOnePartitionAscending(client, set, 5);
        ScanPolicy policy = new ScanPolicy(client.getScanPolicyDefault());
        policy.maxRecords = 2;

        ScannedRecords scanned = scanPartitions(client, policy, PartitionFilter.id(partitionOf(ordered[0])), set);

        assertThat(scanned.digests())
                .containsExactly(digestsOf(ordered[4], ordered[3]).toArray(String[]::new));
    }

    /** Writes {@code count} records of one partition; returns their keys in ascending unsigned digest order. */
    private static Key[] writeOnePartitionAscending(AerospikeClient client, TestSet set, int count) {
        Key[] samePartition = keysInOnePartition(set, count);
        for (Key key : samePartition) {
            client.put(null, key, new Bin("a", 1));
        }
        return Arrays.stream(samePartition)
                .sorted((a, b) -> Arrays.compareUnsigned(a.digest, b.digest))
                .toArray(Key[]::new);
    }

    @Test
    @DisplayName("paging a scan with maxRecords returns every record exactly once, no page larger than maxRecords")
    void pageThroughScan(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 50);
        ScanPolicy policy = new ScanPolicy(client.getScanPolicyDefault());
        policy.maxRecords = 7;
        PartitionFilter filter = PartitionFilter.all();

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && !filter.isDone(); page++) {
            List<String> digests = scanPartitions(client, policy, filter, set).digests();
            assertThat(digests).as("page %d", page).hasSizeLessThanOrEqualTo(7);
            seen.addAll(digests);
        }

        assertThat(filter.isDone()).isTrue();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
    }

    @Test
    @DisplayName("paging a query with maxRecords returns every record exactly once")
    void pageThroughQuery(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 45);
        QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
        policy.maxRecords = 10;
        Statement statement = new Statement();
        statement.setNamespace(set.namespace());
        statement.setSetName(set.name());
        PartitionFilter filter = PartitionFilter.all();

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES && !filter.isDone(); page++) {
            List<String> digests = ScannedRecords.drain(client.queryPartitions(policy, statement, filter))
                    .digests();
            assertThat(digests).as("page %d", page).hasSizeLessThanOrEqualTo(10);
            seen.addAll(digests);
        }

        assertThat(filter.isDone()).isTrue();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
    }

    @Test
    @DisplayName("a partition range with no records completes with no rows")
    void emptyRange(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 3);
        int empty = firstPartitionWithout(keys);

        assertThat(scanPartitions(client, null, PartitionFilter.id(empty), set).rows())
                .isEmpty();
    }

    private static ScannedRecords scanPartitions(
            AerospikeClient client, ScanPolicy policy, PartitionFilter filter, TestSet set) {
        ScannedRecords scanned = new ScannedRecords();
        client.scanPartitions(policy, filter, set.namespace(), set.name(), scanned);
        return scanned;
    }

    static int partitionOf(Key key) {
        return Partition.getPartitionId(key.digest);
    }

    /** Searches integer keys until {@code count} of them fall into the same partition. */
    static Key[] keysInOnePartition(TestSet set, int count) {
        Map<Integer, List<Key>> byPartition = new HashMap<>();
        for (long i = 1_000_000; ; i++) {
            Key key = set.key(i);
            List<Key> keys = byPartition.computeIfAbsent(partitionOf(key), p -> new ArrayList<>());
            keys.add(key);
            if (keys.size() == count) {
                return keys.toArray(Key[]::new);
            }
        }
    }

    private static int firstPartitionWithout(Key[] keys) {
        for (int partition = 0; partition < PARTITIONS; partition++) {
            int candidate = partition;
            if (Arrays.stream(keys).noneMatch(key -> partitionOf(key) == candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("every partition holds a key");
    }
}
