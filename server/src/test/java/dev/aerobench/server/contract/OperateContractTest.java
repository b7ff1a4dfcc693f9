package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ContractAssertions.listBin;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.WritePolicy;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("operate and the add/append/prepend shortcuts")
class OperateContractTest {

    @Test
    @DisplayName("operate applies a write and reads the new value back in the same command")
    void writeThenRead(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        Record record = client.operate(null, key, Operation.put(new Bin("a", "x")), Operation.get("a"));

        assertThat(record.bins).containsExactlyEntriesOf(Map.of("a", "x"));
        assertThat(record.generation).isEqualTo(1);
        assertThat(client.get(null, key).getString("a")).isEqualTo("x");
    }

    @Test
    @DisplayName("add sums integers and doubles, and an absent bin takes the operand")
    void addIntegersAndDoubles(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 40), new Bin("d", 1.25));

        Record record = client.operate(
                null,
                key,
                Operation.add(new Bin("i", 2)),
                Operation.add(new Bin("d", 0.5)),
                Operation.add(new Bin("fresh", -7)),
                Operation.get());

        assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("i", 42L, "d", 1.75, "fresh", -7L));
    }

    @Test
    @DisplayName("add of negative numbers and across zero keeps two's complement arithmetic")
    void addNegative(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 5));

        client.add(null, key, new Bin("i", -8));

        assertThat(client.get(null, key).getLong("i")).isEqualTo(-3);
    }

    @Test
    @DisplayName("add on a missing record creates it")
    void addCreatesRecord(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.add(null, key, new Bin("count", 1));
        client.add(null, key, new Bin("count", 1));

        Record record = client.get(null, key);
        assertThat(record.getLong("count")).isEqualTo(2);
        assertThat(record.generation).isEqualTo(2);
    }

    @Test
    @DisplayName("append and prepend extend strings and blobs")
    void appendAndPrepend(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("s", "mid"), new Bin("b", new byte[] {2}));

        client.append(null, key, new Bin("s", "-end"));
        client.prepend(null, key, new Bin("s", "start-"));
        client.operate(
                null, key, Operation.append(new Bin("b", new byte[] {3})), Operation.prepend(new Bin("b", new byte[] {1
                })));

        Record record = client.get(null, key);
        assertThat(record.getString("s")).isEqualTo("start-mid-end");
        assertThat((byte[]) record.getValue("b")).containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("add to a string bin fails with BIN_TYPE_ERROR and changes nothing")
    void addToStringIsBinTypeError(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("s", "text"), new Bin("i", 1));

        assertResultCode(
                () -> client.operate(null, key, Operation.add(new Bin("i", 1)), Operation.add(new Bin("s", 1))),
                ResultCode.BIN_TYPE_ERROR);

        Record record = client.get(null, key);
        assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("s", "text", "i", 1L));
        assertThat(record.generation).isEqualTo(1);
    }

    @Test
    @DisplayName("add of a double to an integer bin fails with BIN_TYPE_ERROR")
    void addDoubleToIntegerIsBinTypeError(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1));

        assertResultCode(() -> client.add(null, key, new Bin("i", 1.5)), ResultCode.BIN_TYPE_ERROR);
    }

    @Test
    @DisplayName("append to an integer bin fails with BIN_TYPE_ERROR")
    void appendToIntegerIsBinTypeError(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1));

        assertResultCode(() -> client.append(null, key, new Bin("i", "x")), ResultCode.BIN_TYPE_ERROR);
    }

    @Test
    @DisplayName("add, append and prepend on a missing bin create it with their operand, whatever its type")
    void modifyOperationsCreateMissingBins(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.operate(
                null,
                key,
                Operation.add(new Bin("s", "text")),
                Operation.append(new Bin("i", 5)),
                Operation.prepend(new Bin("d", 1.5)));

        assertThat(client.get(null, key).bins)
                .containsExactlyInAnyOrderEntriesOf(Map.of("s", "text", "i", 5L, "d", 1.5));
    }

    @Test
    @DisplayName("an operand of the wrong type for an existing bin is BIN_TYPE_ERROR for add, append and prepend")
    void operandOfWrongTypeIsBinTypeError(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1), new Bin("s", "x"), new Bin("d", 0.5));

        assertResultCode(() -> client.add(null, key, new Bin("i", "one")), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(() -> client.add(null, key, new Bin("d", 1)), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(() -> client.append(null, key, new Bin("s", 7)), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(() -> client.prepend(null, key, new Bin("s", new byte[] {1})), ResultCode.BIN_TYPE_ERROR);
        assertThat(client.get(null, key).generation).isEqualTo(1);
    }

    @Test
    @DisplayName("a touch operation bumps the generation without changing bins")
    void touchOperation(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        Record record = client.operate(null, key, Operation.touch(), Operation.get());

        assertThat(record.generation).isEqualTo(2);
        assertThat(record.bins).containsExactlyEntriesOf(Map.of("a", 1L));
    }

    @Test
    @DisplayName("a delete operation alone removes the record")
    void deleteOperation(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        client.operate(null, key, Operation.delete());

        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("a delete operation followed by a write leaves only the written bins")
    void deleteThenWrite(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));

        client.operate(null, key, Operation.delete(), Operation.put(new Bin("c", 3)));

        assertThat(client.get(null, key).bins).containsExactlyEntriesOf(Map.of("c", 3L));
    }

    @Test
    @DisplayName("read-only operate of a missing record returns null")
    void readOnlyOperateOfMissingRecord(AerospikeClient client, TestSet set) {
        assertThat(client.operate(null, set.key("absent"), Operation.get("a"))).isNull();
        assertThat(client.operate(null, set.key("absent"), Operation.getHeader()))
                .isNull();
    }

    @Test
    @DisplayName("operate reads see the writes before them, in operation order")
    void readsSeeEarlierWrites(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1));

        Record record =
                client.operate(null, key, Operation.get("i"), Operation.add(new Bin("i", 10)), Operation.get("i"));

        assertThat(listBin(record, "i")).containsExactly(1L, 11L);
    }

    @Test
    @DisplayName("with respondAllOps every operation yields an entry, writes as null")
    void respondAllOps(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 2));
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.respondAllOps = true;

        Record record = client.operate(policy, key, Operation.add(new Bin("i", 100)), Operation.get("i"));

        assertThat(listBin(record, "i")).containsExactly(null, 102L);
    }

    @Test
    @DisplayName("operate reports the generation and expiration of the record it wrote")
    void operateReportsHeader(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        Record record = client.operate(null, key, Operation.put(new Bin("b", 2)));

        Record stored = client.getHeader(null, key);
        assertThat(record.generation).isEqualTo(2).isEqualTo(stored.generation);
        assertThat(record.expiration).isEqualTo(stored.expiration);
    }

    @Test
    @DisplayName("getHeader operation returns the header without bins")
    void getHeaderOperation(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        Record record = client.operate(null, key, Operation.getHeader());

        assertThat(record.generation).isEqualTo(1);
        assertThat(record.bins).isNull();
    }

    @Test
    @DisplayName("a header read next to a named read returns just that bin: only GET_ALL reads every bin")
    void headerReadIsNotReadAll(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));

        Record read = client.operate(null, key, Operation.getHeader(), Operation.get("a"));
        Record written = client.operate(null, key, Operation.put(new Bin("c", 3)), Operation.getHeader());

        assertThat(read.bins).containsExactlyEntriesOf(Map.of("a", 1L));
        assertThat(read.generation).isEqualTo(1);
        assertThat(written.bins).isNull();
        assertThat(written.generation).isEqualTo(2);
    }

    @Test
    @DisplayName("operate with many operations on many bins applies them all")
    void manyOperations(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        Operation[] writes = new Operation[50];
        Arrays.setAll(writes, i -> Operation.put(new Bin("b" + i, i)));

        client.operate(null, key, writes);

        Record record = client.get(null, key);
        assertThat(record.bins).hasSize(50).containsEntry("b49", 49L);
    }
}
