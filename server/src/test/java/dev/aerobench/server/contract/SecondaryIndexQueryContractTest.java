package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.KeyRecord;
import com.aerospike.client.query.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Queries with a secondary-index filter on plain bins: equal and range on integers, equal on strings and blobs. */
@ServerContract
@DisplayName("Secondary-index queries on bins")
class SecondaryIndexQueryContractTest {

    @Test
    @DisplayName("Filter.equal on an integer bin returns exactly the records holding that value")
    void equalInteger(AerospikeClient client, TestSet set) {
        Key[] keys = writeNumbered(client, set, 12);
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            ScannedRecords rows = query(client, set, Filter.equal("n", 1));

            assertThat(rows.digests())
                    .containsExactlyInAnyOrderElementsOf(digestsOf(keys[1], keys[4], keys[7], keys[10]));
            assertThat(rows.rows())
                    .allSatisfy(row -> assertThat(row.record.bins).containsOnlyKeys("n", "s", "i"));
        }
    }

    @Test
    @DisplayName("Filter.range on an integer bin includes both ends, negative values too")
    void rangeInteger(AerospikeClient client, TestSet set) {
        for (int i = -5; i <= 5; i++) {
            client.put(null, set.key(i), new Bin("v", i));
        }
        try (TestIndex ignored = TestIndex.create(client, set, "v", IndexType.NUMERIC)) {
            ScannedRecords rows = query(client, set, Filter.range("v", -2, 3));

            assertThat(rows.rows())
                    .extracting(row -> row.record.getLong("v"))
                    .containsExactlyInAnyOrder(-2L, -1L, 0L, 1L, 2L, 3L);
        }
    }

    @Test
    @DisplayName("records whose bin is missing or of another type are not returned")
    void otherTypesSkipped(AerospikeClient client, TestSet set) {
        client.put(null, set.key("int"), new Bin("v", 7));
        client.put(null, set.key("str"), new Bin("v", "7"));
        client.put(null, set.key("dbl"), new Bin("v", 7.0));
        client.put(null, set.key("none"), new Bin("w", 7));
        try (TestIndex ignored = TestIndex.create(client, set, "v", IndexType.NUMERIC)) {
            assertThat(query(client, set, Filter.equal("v", 7)).digests())
                    .containsExactlyElementsOf(digestsOf(set.key("int")));
        }
    }

    @Test
    @DisplayName("Filter.equal on a string bin matches the whole string only")
    void equalString(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("s", "apple"));
        client.put(null, set.key("b"), new Bin("s", "apple pie"));
        client.put(null, set.key("c"), new Bin("s", "Apple"));
        client.put(null, set.key("d"), new Bin("s", "apple"));
        try (TestIndex ignored = TestIndex.create(client, set, "s", IndexType.STRING)) {
            assertThat(query(client, set, Filter.equal("s", "apple")).digests())
                    .containsExactlyInAnyOrderElementsOf(digestsOf(set.key("a"), set.key("d")));
        }
    }

    @Test
    @DisplayName("Filter.equal on a blob bin matches equal bytes")
    void equalBlob(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("b", new byte[] {1, 2, 3}));
        client.put(null, set.key("b"), new Bin("b", new byte[] {1, 2}));
        client.put(null, set.key("c"), new Bin("b", "\u0001\u0002\u0003"));
        try (TestIndex ignored = TestIndex.create(client, set, "b", IndexType.BLOB)) {
            assertThat(query(client, set, Filter.equal("b", new byte[] {1, 2, 3}))
                            .digests())
                    .containsExactlyElementsOf(digestsOf(set.key("a")));
        }
    }

    @Test
    @DisplayName("a query with bin names returns only those bins; without bin data, none")
    void binSelection(AerospikeClient client, TestSet set) {
        writeNumbered(client, set, 6);
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            Statement statement = statement(set, Filter.equal("n", 2));
            statement.setBinNames("s");
            QueryPolicy noBins = new QueryPolicy(client.getQueryPolicyDefault());
            noBins.includeBinData = false;

            List<KeyRecord> selected =
                    ScannedRecords.drain(client.query(null, statement)).rows();
            List<KeyRecord> headers = ScannedRecords.drain(client.query(noBins, statement(set, Filter.equal("n", 2))))
                    .rows();

            assertThat(selected)
                    .hasSize(2)
                    .allSatisfy(row -> assertThat(row.record.bins).containsOnlyKeys("s"));
            assertThat(headers)
                    .hasSize(2)
                    .allSatisfy(row -> assertThat(row.record.bins).isNull());
        }
    }

    @Test
    @DisplayName("the index follows writes: updated, deleted and new records")
    void indexFollowsWrites(AerospikeClient client, TestSet set) {
        Key[] keys = writeNumbered(client, set, 6);
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            client.put(null, keys[0], new Bin("n", 5));
            client.delete(null, keys[3]);
            client.put(null, set.key("new"), new Bin("n", 0));
            client.put(null, keys[1], new Bin("n", "zero"));

            assertThat(query(client, set, Filter.equal("n", 0)).digests())
                    .containsExactlyElementsOf(digestsOf(set.key("new")));
            assertThat(query(client, set, Filter.equal("n", 5)).digests())
                    .containsExactlyElementsOf(digestsOf(keys[0]));
        }
    }

    @Test
    @DisplayName("an expired record is not returned")
    void expiredRecordsSkipped(AerospikeClient client, MutableClock clock, TestSet set) {
        WritePolicy shortLived = new WritePolicy(client.getWritePolicyDefault());
        shortLived.expiration = 10;
        client.put(shortLived, set.key("short"), new Bin("n", 1));
        client.put(null, set.key("long"), new Bin("n", 1));
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            clock.advance(Duration.ofSeconds(11));

            assertThat(query(client, set, Filter.equal("n", 1)).digests())
                    .containsExactlyElementsOf(digestsOf(set.key("long")));
        }
    }

    @EmbeddedOnly("truncation is asynchronous on a real server (once seen keeping just-written records for over 10 s)")
    @Test
    @DisplayName("records of a truncated set are no longer returned")
    void truncatedRecordsSkipped(AerospikeClient client, TestSet set) {
        writeNumbered(client, set, 6);
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            client.truncate(null, set.namespace(), set.name(), null);

            assertThat(query(client, set, Filter.range("n", 0, 2)).rows()).isEmpty();
        }
    }

    @Test
    @DisplayName("an index without a set covers every set of the namespace and serves queries without a set")
    void indexWithoutSet(AerospikeClient client, TestSet set, TestSet otherSet) {
        long marker = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        client.put(null, set.key("a"), new Bin("mark", marker));
        client.put(null, otherSet.key("b"), new Bin("mark", marker));
        client.put(null, otherSet.key("c"), new Bin("mark", marker + 1));
        String name = TestIndex.nameFor(set, "mark");
        client.createIndex(null, set.namespace(), null, name, "mark", IndexType.NUMERIC)
                .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
        try {
            Statement statement = new Statement();
            statement.setNamespace(set.namespace());
            statement.setFilter(Filter.equal("mark", marker));

            assertThat(ScannedRecords.drain(client.query(null, statement)).digests())
                    .containsExactlyInAnyOrderElementsOf(digestsOf(set.key("a"), otherSet.key("b")));
        } finally {
            client.dropIndex(null, set.namespace(), null, name)
                    .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
        }
    }

    @Test
    @DisplayName("a query on a bin without an index fails with INDEX_NOTFOUND (201)")
    void noIndex(AerospikeClient client, TestSet set) {
        writeNumbered(client, set, 3);
        QueryPolicy once = new QueryPolicy(client.getQueryPolicyDefault());
        once.maxRetries = 0;

        assertResultCode(
                () -> ScannedRecords.drain(client.query(once, statement(set, Filter.equal("n", 1)))),
                ResultCode.INDEX_NOTFOUND);
    }

    @Test
    @DisplayName("an index of another value type is not used: INDEX_NOTFOUND (201)")
    void indexOfOtherType(AerospikeClient client, TestSet set) {
        writeNumbered(client, set, 3);
        QueryPolicy once = new QueryPolicy(client.getQueryPolicyDefault());
        once.maxRetries = 0;
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.STRING)) {
            assertResultCode(
                    () -> ScannedRecords.drain(client.query(once, statement(set, Filter.equal("n", 1)))),
                    ResultCode.INDEX_NOTFOUND);
        }
    }

    @Test
    @DisplayName("an index on one set is not used by a query of another set: INDEX_NOTFOUND (201)")
    void indexOfOtherSet(AerospikeClient client, TestSet set, TestSet otherSet) {
        writeNumbered(client, otherSet, 3);
        QueryPolicy once = new QueryPolicy(client.getQueryPolicyDefault());
        once.maxRetries = 0;
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            assertResultCode(
                    () -> ScannedRecords.drain(client.query(once, statement(otherSet, Filter.equal("n", 1)))),
                    ResultCode.INDEX_NOTFOUND);
        }
    }

    @Test
    @DisplayName("a query with a listener and maxRecords delivers that many matching records")
    void listenerAndMaxRecords(AerospikeClient client, TestSet set) {
        writeNumbered(client, set, 30);
        try (TestIndex ignored = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
            policy.maxRecords = 4;
            ScannedRecords rows = new ScannedRecords();

            client.query(policy, statement(set, Filter.range("n", 0, 1)), rows);

            assertThat(rows.rows())
                    .hasSize(4)
                    .allSatisfy(row -> assertThat(row.record.getLong("n")).isBetween(0L, 1L));
        }
    }

    /** Writes records k0.. with n = i % 3, i = i and s = "v" + i. */
    static Key[] writeNumbered(AerospikeClient client, TestSet set, int count) {
        Key[] keys = set.keys(count);
        for (int i = 0; i < count; i++) {
            client.put(null, keys[i], new Bin("n", i % 3), new Bin("i", i), new Bin("s", "v" + i));
        }
        return keys;
    }

    static Statement statement(TestSet set, Filter filter) {
        Statement statement = new Statement();
        statement.setNamespace(set.namespace());
        statement.setSetName(set.name());
        statement.setFilter(filter);
        return statement;
    }

    static ScannedRecords query(AerospikeClient client, TestSet set, Filter filter) {
        return ScannedRecords.drain(client.query(null, statement(set, filter)));
    }
}
