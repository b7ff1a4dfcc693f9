package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.Expression;
import com.aerospike.client.operation.BitOperation;
import com.aerospike.client.operation.BitPolicy;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;
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

    private static final Expression BIN_A_IS_ONE = Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(1)));

    @Test
    @DisplayName("bit and expression operations are refused")
    void bitAndExpressionOperations(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("b", new byte[] {1}));

        assertRefused(() -> client.operate(null, key, BitOperation.resize(BitPolicy.Default, "b", 4, 0)));
        assertRefused(() -> client.operate(null, key, ExpOperation.read("x", BIN_A_IS_ONE, ExpReadFlags.DEFAULT)));
    }

    @Test
    @DisplayName("a filter expression on a single-record read or write is refused")
    void filterExpressionOnRecordCommands(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        Policy read = new Policy(client.getReadPolicyDefault());
        read.filterExp = BIN_A_IS_ONE;
        WritePolicy write = new WritePolicy(client.getWritePolicyDefault());
        write.filterExp = BIN_A_IS_ONE;

        assertRefused(() -> client.get(read, key));
        assertRefused(() -> client.put(write, key, new Bin("a", 2)));
        assertThat(client.get(null, key).getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("a filter expression on a batch is refused")
    void filterExpressionOnBatch(AerospikeClient client, TestSet set) {
        BatchPolicy policy = new BatchPolicy(client.getBatchPolicyDefault());
        policy.filterExp = BIN_A_IS_ONE;

        // The client wraps a batch's failure in BATCH_FAILED (-16) with the server's code as the cause.
        assertThatThrownBy(() -> client.get(policy, set.keys(3)))
                .isInstanceOfSatisfying(
                        AerospikeException.class,
                        e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.BATCH_FAILED))
                .cause()
                .isInstanceOfSatisfying(
                        AerospikeException.class,
                        e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.UNSUPPORTED_FEATURE));
    }

    @Test
    @DisplayName("a filter expression on a scan is refused")
    void filterExpressionOnScan(AerospikeClient client, TestSet set) {
        client.put(null, set.key("k1"), new Bin("a", 1));
        ScanPolicy policy = new ScanPolicy(client.getScanPolicyDefault());
        policy.filterExp = BIN_A_IS_ONE;
        policy.maxRetries = 0;

        assertRefused(() -> client.scanAll(policy, set.namespace(), set.name(), (key, record) -> {}));
    }

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
