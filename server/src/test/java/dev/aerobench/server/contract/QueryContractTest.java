package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScanContractTest.writeRecords;
import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.policy.QueryDuration;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Queries without a filter: primary-index queries, answered over the partition protocol. */
@ServerContract
@DisplayName("Queries without a filter")
class QueryContractTest {

    @Test
    @DisplayName("a query of a set returns each of its records once, with bins and key, then ends")
    void queryWholeSet(AerospikeClient client, TestSet set, TestSet otherSet) {
        Key[] keys = writeRecords(client, set, 25);
        writeRecords(client, otherSet, 5);

        ScannedRecords rows = ScannedRecords.drain(client.query(null, statement(set)));

        assertThat(rows.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
        assertThat(rows.rows()).allSatisfy(row -> {
            assertThat(row.record.bins).containsOnlyKeys("i", "s");
            assertThat(row.key.setName).isEqualTo(set.name());
        });
    }

    @Test
    @DisplayName("a query with bin names returns only those bins")
    void queryBinSelection(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 5);
        Statement statement = statement(set);
        statement.setBinNames("i");

        ScannedRecords rows = ScannedRecords.drain(client.query(null, statement));

        assertThat(rows.rows())
                .hasSize(5)
                .allSatisfy(row -> assertThat(row.record.bins).containsOnlyKeys("i"));
    }

    @Test
    @DisplayName("a query without bin data returns headers only")
    void queryWithoutBinData(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 3);
        QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
        policy.includeBinData = false;

        ScannedRecords rows = ScannedRecords.drain(client.query(policy, statement(set)));

        assertThat(rows.rows())
                .hasSize(3)
                .allSatisfy(row -> assertThat(row.record.bins).isNull());
    }

    @Test
    @DisplayName("a query of an empty set ends without rows, and the record set stays at its end")
    void queryEmptySet(AerospikeClient client, TestSet set) {
        try (RecordSet recordSet = client.query(null, statement(set))) {
            assertThat(recordSet.next()).isFalse();
            assertThat(recordSet.next()).isFalse();
        }
    }

    @Test
    @DisplayName("a query with a listener delivers every record and returns when the stream ends")
    void queryWithListener(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 12);
        ScannedRecords rows = new ScannedRecords();

        client.query(null, statement(set), rows);

        assertThat(rows.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(keys));
    }

    @Test
    @DisplayName("a short query is answered like a long one")
    void shortQuery(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, set, 4);
        QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
        policy.expectedDuration = QueryDuration.SHORT;

        assertThat(ScannedRecords.drain(client.query(policy, statement(set))).digests())
                .containsExactlyInAnyOrderElementsOf(digestsOf(keys));
    }

    @Test
    @DisplayName("a query with maxRecords returns that many records")
    void queryMaxRecords(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 20);
        QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
        policy.maxRecords = 6;

        assertThat(ScannedRecords.drain(client.query(policy, statement(set))).digests())
                .hasSize(6)
                .doesNotHaveDuplicates();
    }

    @EmbeddedOnly("uses the second namespace, bar")
    @Test
    @DisplayName("a query without a set name covers every set of the namespace")
    void queryWholeNamespace(AerospikeClient client, TestSet set) {
        Key[] keys = writeRecords(client, new TestSet(ServerUnderTest.OTHER_NAMESPACE, set.name()), 3);
        Statement statement = new Statement();
        statement.setNamespace(ServerUnderTest.OTHER_NAMESPACE);

        assertThat(ScannedRecords.drain(client.query(null, statement)).digests())
                .containsAll(digestsOf(keys))
                .doesNotHaveDuplicates();
    }

    static Statement statement(TestSet set) {
        Statement statement = new Statement();
        statement.setNamespace(set.namespace());
        statement.setSetName(set.name());
        return statement;
    }
}
