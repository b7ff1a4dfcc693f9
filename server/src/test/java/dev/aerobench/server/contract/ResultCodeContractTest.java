package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("Limits and result codes")
class ResultCodeContractTest {

    private static final int MIB = 1024 * 1024;

    @Test
    @DisplayName("a bin name of 15 bytes is accepted")
    void binNameOfFifteenBytes(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.put(null, key, new Bin("a".repeat(15), 1));

        assertThat(client.get(null, key).getLong("a".repeat(15))).isEqualTo(1);
    }

    @Test
    @DisplayName("a bin name over 15 bytes fails with BIN_NAME_TOO_LONG and writes nothing")
    void binNameOverFifteenBytes(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        assertResultCode(
                () -> client.put(null, key, new Bin("ok", 1), new Bin("a".repeat(16), 1)),
                ResultCode.BIN_NAME_TOO_LONG);
        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("the bin name limit counts UTF-8 bytes, not characters")
    void binNameLimitCountsBytes(AerospikeClient client, TestSet set) {
        assertResultCode(
                () -> client.put(null, set.key("k1"), new Bin("ü".repeat(8), 1)), ResultCode.BIN_NAME_TOO_LONG);
    }

    @Test
    @DisplayName("reading a bin name over 15 bytes is BIN_NAME_TOO_LONG once the record is found")
    void readingLongBinName(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertResultCode(() -> client.get(null, key, "a", "b".repeat(16)), ResultCode.BIN_NAME_TOO_LONG);
        assertResultCode(() -> client.operate(null, key, Operation.get("b".repeat(16))), ResultCode.BIN_NAME_TOO_LONG);
        assertThat(client.get(null, set.key("absent"), "b".repeat(16))).isNull();
    }

    @Test
    @DisplayName("a set name of 63 bytes is accepted, a longer one is PARAMETER_ERROR when it would create the record")
    void setNameLimit(AerospikeClient client, TestSet set) {
        Key longest = new Key(set.namespace(), "s".repeat(63), set.name());
        Key tooLong = new Key(set.namespace(), "s".repeat(64), set.name());

        client.put(null, longest, new Bin("a", 1));

        assertThat(client.get(null, longest).getLong("a")).isEqualTo(1);
        assertResultCode(() -> client.put(null, tooLong, new Bin("a", 1)), ResultCode.PARAMETER_ERROR);
        assertThat(client.exists(null, tooLong)).isFalse();
    }

    @Test
    @DisplayName(
            "a record over 8 MiB fails with RECORD_TOO_BIG, leaves the stored record alone, and the connection stays usable")
    void recordOverEightMebibytes(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("small", 1));

        assertResultCode(() -> client.put(null, key, new Bin("big", new byte[8 * MIB])), ResultCode.RECORD_TOO_BIG);

        assertThat(client.get(null, key).bins).containsOnlyKeys("small");
        assertThat(client.getHeader(null, key).generation).isEqualTo(1);
    }

    @Test
    @DisplayName("a record just under 1 MiB (the node's default max-record-size) is stored and read back")
    void recordJustUnderOneMebibyte(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        byte[] value = new byte[MIB - 1024];
        value[value.length - 1] = 42;

        client.put(null, key, new Bin("big", value));

        assertThat((byte[]) client.get(null, key).getValue("big")).isEqualTo(value);
    }

    @Test
    @DisplayName("a record of 1 MiB or more fails with RECORD_TOO_BIG (the node's default max-record-size)")
    void recordOfOneMebibyte(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        assertResultCode(() -> client.put(null, key, new Bin("big", new byte[MIB])), ResultCode.RECORD_TOO_BIG);
        assertResultCode(
                () -> client.put(null, key, new Bin("a", new byte[MIB / 2]), new Bin("b", new byte[MIB / 2])),
                ResultCode.RECORD_TOO_BIG);

        assertThat(client.exists(null, key)).isFalse();
    }

    @Test
    @DisplayName("a generation mismatch is GENERATION_ERROR (3)")
    void generationMismatch(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        policy.generation = 5;

        assertResultCode(() -> client.put(policy, key, new Bin("a", 2)), 3);
    }

    @Test
    @DisplayName("creating an existing record is KEY_EXISTS_ERROR (5)")
    void keyExists(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.recordExistsAction = RecordExistsAction.CREATE_ONLY;

        assertResultCode(() -> client.put(policy, key, new Bin("a", 2)), 5);
    }

    @Test
    @DisplayName("updating a missing record is KEY_NOT_FOUND_ERROR (2), for put and operate alike")
    void keyNotFound(AerospikeClient client, TestSet set) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.recordExistsAction = RecordExistsAction.UPDATE_ONLY;

        assertResultCode(() -> client.put(policy, set.key("absent"), new Bin("a", 1)), 2);
        assertResultCode(() -> client.operate(policy, set.key("absent"), Operation.add(new Bin("a", 1))), 2);
        assertResultCode(() -> client.operate(null, set.key("absent"), Operation.touch()), 2);
    }

    @Test
    @DisplayName("a namespace the server does not have is INVALID_NAMESPACE (20), found by the client")
    void unknownNamespace(AerospikeClient client) {
        Key key = new Key("nosuchns", "s", "k1");

        assertResultCode(() -> client.put(null, key, new Bin("a", 1)), ResultCode.INVALID_NAMESPACE);
        assertResultCode(() -> client.get(null, key), ResultCode.INVALID_NAMESPACE);
    }

    @Test
    @DisplayName("after a server-side error the client keeps working on the same pool")
    void errorsDoNotPoisonConnections(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        WritePolicy createOnly = new WritePolicy(client.getWritePolicyDefault());
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;
        client.put(null, key, new Bin("a", 1));

        for (int i = 0; i < 20; i++) {
            assertResultCode(() -> client.put(createOnly, key, new Bin("a", 2)), 5);
            assertThat(client.get(null, key).getLong("a")).isEqualTo(1);
        }
    }
}
