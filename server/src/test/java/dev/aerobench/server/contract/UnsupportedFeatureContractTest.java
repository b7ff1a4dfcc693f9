package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.Statement;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Features the embedded server does not implement must be refused with UNSUPPORTED_FEATURE (16),
 * promptly (the client's timeout is short) and without harming the connection or the record.
 */
@ServerContract
@EmbeddedOnly("a real server implements these features")
@DisplayName("Unsupported features are refused with UNSUPPORTED_FEATURE, never a hang")
class UnsupportedFeatureContractTest {

    @Test
    @DisplayName("a UDF call is refused")
    void udf(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertRefused(() -> client.execute(null, key, "pkg", "fn", Value.get(1)));
    }

    @Test
    @DisplayName("a geo query (a geo2dsphere index can be created, but not queried) is refused")
    void geoQuery(AerospikeClient client, TestSet set) {
        client.put(null, set.key("k1"), new Bin("g", Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[1,2]}")));
        Statement statement = QueryContractTest.statement(set);
        statement.setFilter(Filter.geoWithinRadius("g", 1, 2, 1000));
        QueryPolicy policy = new QueryPolicy(client.getQueryPolicyDefault());
        policy.maxRetries = 0;
        try (TestIndex ignored = TestIndex.create(client, set, "g", IndexType.GEO2DSPHERE)) {
            assertRefused(() -> ScannedRecords.drain(client.query(policy, statement)));
        }
    }

    @Test
    @DisplayName("a background query that writes is refused and writes nothing")
    void backgroundQuery(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertRefused(() -> client.execute(null, QueryContractTest.statement(set), Operation.put(new Bin("a", 2))));

        assertThat(client.get(null, key).getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("after every refusal the client keeps working")
    void clientKeepsWorking(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", -1));
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> client.execute(null, key, "pkg", "fn", Value.get(1)));
            client.put(null, key, new Bin("i", i));
            assertThat(client.get(null, key).getLong("i")).isEqualTo(i);
        }
    }

    private static void assertRefused(ThrowingCallable command) {
        assertResultCode(command, ResultCode.UNSUPPORTED_FEATURE);
    }
}
