package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchWrite;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.Expression;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.BatchWritePolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("filter expressions on record commands, batches and scans")
class FilterExpressionContractTest {

    private static final Expression A_IS_ONE = Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(1)));

    private static Policy readPolicy(AerospikeClient client, Expression filter, boolean failOnFilteredOut) {
        Policy policy = new Policy(client.getReadPolicyDefault());
        policy.filterExp = filter;
        policy.failOnFilteredOut = failOnFilteredOut;
        return policy;
    }

    private static WritePolicy writePolicy(AerospikeClient client, Expression filter) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.filterExp = filter;
        policy.failOnFilteredOut = true;
        return policy;
    }

    @Test
    @DisplayName("a get of a matching record returns it; of another answers FILTERED_OUT, or null by default")
    void get(AerospikeClient client, TestSet set) {
        Key one = set.key("one");
        Key two = set.key("two");
        client.put(null, one, new Bin("a", 1));
        client.put(null, two, new Bin("a", 2));

        assertThat(client.get(readPolicy(client, A_IS_ONE, true), one).getLong("a"))
                .isEqualTo(1);
        assertResultCode(() -> client.get(readPolicy(client, A_IS_ONE, true), two), ResultCode.FILTERED_OUT);
        assertThat(client.get(readPolicy(client, A_IS_ONE, false), two)).isNull();
        // The client counts a filtered-out record as existing.
        assertThat(client.exists(readPolicy(client, A_IS_ONE, false), two)).isTrue();
        assertResultCode(() -> client.exists(readPolicy(client, A_IS_ONE, true), two), ResultCode.FILTERED_OUT);
    }

    @Test
    @DisplayName("a missing bin or a bin of another type does not match; a missing record is still KEY_NOT_FOUND")
    void unknownDoesNotMatch(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", "one"));
        Expression notA = Exp.build(Exp.not(Exp.eq(Exp.intBin("a"), Exp.val(1))));
        Expression missing = Exp.build(Exp.not(Exp.eq(Exp.intBin("zz"), Exp.val(1))));

        assertResultCode(() -> client.get(readPolicy(client, notA, true), key), ResultCode.FILTERED_OUT);
        assertResultCode(() -> client.get(readPolicy(client, missing, true), key), ResultCode.FILTERED_OUT);
        assertThat(client.get(readPolicy(client, A_IS_ONE, true), set.key("absent")))
                .isNull();
    }

    @Test
    @DisplayName("writes, deletes, touches and operates apply to matching records only and leave others unchanged")
    void writes(AerospikeClient client, TestSet set) {
        Key two = set.key("two");
        client.put(null, two, new Bin("a", 2));
        WritePolicy filtered = writePolicy(client, A_IS_ONE);

        assertResultCode(() -> client.put(filtered, two, new Bin("a", 1)), ResultCode.FILTERED_OUT);
        assertResultCode(() -> client.delete(filtered, two), ResultCode.FILTERED_OUT);
        assertResultCode(() -> client.touch(filtered, two), ResultCode.FILTERED_OUT);
        assertResultCode(() -> client.operate(filtered, two, Operation.add(new Bin("a", 1))), ResultCode.FILTERED_OUT);
        Record record = client.get(null, two);
        assertThat(record.getLong("a")).isEqualTo(2);
        assertThat(record.generation).isEqualTo(1);

        Key one = set.key("one");
        client.put(null, one, new Bin("a", 1));
        client.operate(filtered, one, Operation.add(new Bin("a", 10)));
        assertThat(client.get(null, one).getLong("a")).isEqualTo(11);
        assertThat(client.delete(writePolicy(client, Exp.build(Exp.eq(Exp.intBin("a"), Exp.val(11)))), one))
                .isTrue();
    }

    @Test
    @DisplayName("a write that creates a record ignores the filter")
    void createIgnoresFilter(AerospikeClient client, TestSet set) {
        Key key = set.key("fresh");

        client.put(writePolicy(client, A_IS_ONE), key, new Bin("a", 5));

        assertThat(client.get(null, key).getLong("a")).isEqualTo(5);
    }

    @Test
    @DisplayName("metadata filters: set name and last update")
    void metadataFilters(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        Expression inSet = Exp.build(Exp.eq(Exp.setName(), Exp.val(set.name())));
        Expression otherSet = Exp.build(Exp.eq(Exp.setName(), Exp.val("other")));
        Expression recent = Exp.build(Exp.le(Exp.sinceUpdate(), Exp.val(3_600_000)));

        assertThat(client.get(readPolicy(client, inSet, true), key)).isNotNull();
        assertThat(client.get(readPolicy(client, recent, true), key)).isNotNull();
        assertResultCode(() -> client.get(readPolicy(client, otherSet, true), key), ResultCode.FILTERED_OUT);
    }

    @Test
    @DisplayName("a filter that is not a boolean, or malformed, answers PARAMETER_ERROR")
    void invalidFilter(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertResultCode(
                () -> client.get(readPolicy(client, Exp.build(Exp.intBin("a")), true), key),
                ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.get(readPolicy(client, Exp.build(Exp.eq(Exp.intBin("a"), Exp.val("1"))), true), key),
                ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("a batch filter leaves out the rows it does not match")
    void batchRead(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(4);
        for (int i = 0; i < keys.length; i++) {
            client.put(null, keys[i], new Bin("a", i % 2));
        }
        BatchPolicy policy = new BatchPolicy(client.getBatchPolicyDefault());
        policy.filterExp = A_IS_ONE;

        Record[] records = client.get(policy, keys);

        assertThat(records[0]).isNull();
        assertThat(records[1].getLong("a")).isEqualTo(1);
        assertThat(records[2]).isNull();
        assertThat(records[3].getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("a batch write row with its own filter answers FILTERED_OUT for a record it does not match")
    void batchWriteRows(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(2);
        client.put(null, keys[0], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 2));
        BatchWritePolicy filtered = new BatchWritePolicy();
        filtered.filterExp = A_IS_ONE;
        List<BatchRecord> rows = new ArrayList<>();
        for (Key key : keys) {
            rows.add(new BatchWrite(filtered, key, new Operation[] {Operation.put(new Bin("b", 9))}));
        }

        client.operate(null, rows);

        assertThat(rows.get(0).resultCode).isEqualTo(ResultCode.OK);
        assertThat(rows.get(1).resultCode).isEqualTo(ResultCode.FILTERED_OUT);
        assertThat(client.get(null, keys[0]).bins).containsEntry("b", 9L);
        assertThat(client.get(null, keys[1]).bins).doesNotContainKey("b");
    }

    @Test
    @DisplayName("a scan with a filter returns only the matching records")
    void scan(AerospikeClient client, TestSet set) {
        for (int i = 0; i < 10; i++) {
            client.put(null, set.key("k" + i), new Bin("a", i % 3 == 0 ? 1 : 0), new Bin("i", i));
        }
        ScanPolicy policy = new ScanPolicy(client.getScanPolicyDefault());
        policy.filterExp = A_IS_ONE;
        Map<Long, Long> seen = new ConcurrentHashMap<>();

        client.scanAll(policy, set.namespace(), set.name(), (key, record) -> seen.put(record.getLong("i"), 1L));

        assertThat(seen.keySet()).containsExactlyInAnyOrder(0L, 3L, 6L, 9L);
    }
}
