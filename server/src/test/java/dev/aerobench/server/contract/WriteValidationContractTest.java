package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.BatchDeletePolicy;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writes an Aerospike 8 server refuses before touching the record (its {@code write_master}
 * checks), and what a write that ends up deleting its record answers.
 */
@ServerContract
@DisplayName("Write validation as a real server applies it")
class WriteValidationContractTest {

    /** The server's largest TTL: 10 years. */
    private static final int MAX_TTL_SECONDS = 10 * 365 * 24 * 3600;

    @Test
    @DisplayName("a put without bins is PARAMETER_ERROR, on a missing and on an existing record")
    void putWithoutBins(AerospikeClient client, TestSet set) {
        Key existing = set.key("existing");
        client.put(null, existing, new Bin("a", 1));

        assertResultCode(() -> client.put(null, set.key("absent")), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.put(null, existing), ResultCode.PARAMETER_ERROR);
        assertThat(client.exists(null, set.key("absent"))).isFalse();
        assertThat(client.getHeader(null, existing).generation).isEqualTo(1);
    }

    @Test
    @DisplayName("deleting bins of a missing record is KEY_NOT_FOUND_ERROR and creates nothing")
    void nullBinsOnMissingRecord(AerospikeClient client, TestSet set) {
        Key key = set.key("absent");

        assertResultCode(() -> client.put(null, key, Bin.asNull("a")), ResultCode.KEY_NOT_FOUND_ERROR);
        assertResultCode(() -> client.operate(null, key, Operation.delete()), ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.exists(null, key)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = RecordExistsAction.class,
            names = {"REPLACE", "REPLACE_ONLY"})
    @DisplayName("add, append and prepend cannot replace a record: PARAMETER_ERROR, record unchanged")
    void modifyOperationsCannotReplace(RecordExistsAction action, AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1), new Bin("s", "x"));
        WritePolicy replace = policy(client, action);

        assertResultCode(() -> client.add(replace, key, new Bin("i", 1)), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.append(replace, key, new Bin("s", "y")), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.prepend(replace, key, new Bin("s", "y")), ResultCode.PARAMETER_ERROR);
        assertThat(client.get(null, key).bins).containsExactlyInAnyOrderEntriesOf(Map.of("i", 1L, "s", "x"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = RecordExistsAction.class,
            names = {"REPLACE", "REPLACE_ONLY"})
    @DisplayName("bin deletes, touch and the delete operation cannot replace a record: PARAMETER_ERROR")
    void deletesAndTouchCannotReplace(RecordExistsAction action, AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));
        WritePolicy replace = policy(client, action);

        assertResultCode(() -> client.put(replace, key, new Bin("a", 5), Bin.asNull("b")), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.touch(replace, key), ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(replace, key, Operation.delete(), Operation.put(new Bin("c", 3))),
                ResultCode.PARAMETER_ERROR);
        Record record = client.get(null, key);
        assertThat(record.bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", 2L));
        assertThat(record.generation).isEqualTo(1);
    }

    @Test
    @DisplayName("a write may read all bins only once, and not together with named reads: PARAMETER_ERROR")
    void readAllOnceAndAlone(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertResultCode(
                () -> client.operate(null, key, Operation.put(new Bin("b", 2)), Operation.get(), Operation.get()),
                ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(null, key, Operation.put(new Bin("b", 2)), Operation.get(), Operation.get("a")),
                ResultCode.PARAMETER_ERROR);
        assertThat(client.get(null, key).bins).containsOnlyKeys("a");
    }

    @Test
    @DisplayName("a TTL of up to 10 years is accepted, a longer one is PARAMETER_ERROR")
    void ttlLimit(AerospikeClient client, MutableClock clock, TestSet set) {
        Key key = set.key("k1");

        client.put(ttl(client, MAX_TTL_SECONDS), key, new Bin("a", 1));
        assertResultCode(
                () -> client.put(ttl(client, MAX_TTL_SECONDS + 1), key, new Bin("a", 2)), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.touch(ttl(client, MAX_TTL_SECONDS + 1), key), ResultCode.PARAMETER_ERROR);

        Record record = client.get(null, key);
        assertThat(record.expiration).isEqualTo(clock.voidTimeAfter(MAX_TTL_SECONDS));
        assertThat(record.getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("a bin name holding a NUL byte is BIN_NAME_TOO_LONG, the server's bad-bin-name code")
    void binNameWithNul(AerospikeClient client, TestSet set) {
        assertResultCode(() -> client.put(null, set.key("k1"), new Bin("a\u0000b", 1)), ResultCode.BIN_NAME_TOO_LONG);
        assertThat(client.exists(null, set.key("k1"))).isFalse();
    }

    @Test
    @DisplayName("a write that deletes its record answers without metadata: generation 0, expiration 0")
    void deletingWriteHasNoMetadata(AerospikeClient client, TestSet set) {
        Key first = set.key("first");
        Key second = set.key("second");
        client.put(null, first, new Bin("a", 1));
        client.put(null, second, new Bin("a", 1), new Bin("b", 2));

        Record deletedByOperation = client.operate(null, first, Operation.delete());
        Record deletedByBinRemoval = client.operate(
                null, second, Operation.put(Bin.asNull("a")), Operation.put(Bin.asNull("b")), Operation.get("a"));

        assertThat(deletedByOperation.generation).isZero();
        assertThat(deletedByOperation.expiration).isZero();
        assertThat(deletedByBinRemoval.generation).isZero();
        assertThat(deletedByBinRemoval.expiration).isZero();
        assertThat(client.exists(null, first)).isFalse();
        assertThat(client.exists(null, second)).isFalse();
    }

    @Test
    @DisplayName(
            "a durable delete is ENTERPRISE_ONLY on the Community Edition container; a durable write that keeps bins is fine")
    void durableDeleteIsEnterpriseOnly(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("b", 2));
        WritePolicy durable = new WritePolicy(client.getWritePolicyDefault());
        durable.durableDelete = true;
        BatchDeletePolicy durableBatch = new BatchDeletePolicy();
        durableBatch.durableDelete = true;

        assertResultCode(() -> client.delete(durable, key), ResultCode.ENTERPRISE_ONLY);
        assertThat(client.delete(null, durableBatch, new Key[] {key}).records[0].resultCode)
                .isEqualTo(ResultCode.ENTERPRISE_ONLY);
        client.put(durable, key, Bin.asNull("b"));
        assertResultCode(() -> client.put(durable, key, Bin.asNull("a")), ResultCode.ENTERPRISE_ONLY);
        assertThat(client.get(null, key).bins).containsExactlyEntriesOf(Map.of("a", 1L));
    }

    @Test
    @DisplayName("whether the record exists is checked before its generation")
    void existenceBeforeGeneration(AerospikeClient client, TestSet set) {
        Key existing = set.key("existing");
        client.put(null, existing, new Bin("a", 1));
        WritePolicy updateOnly = generation(client, RecordExistsAction.UPDATE_ONLY, 7);
        WritePolicy createOnly = generation(client, RecordExistsAction.CREATE_ONLY, 7);
        WritePolicy update = generation(client, RecordExistsAction.UPDATE, 7);

        assertResultCode(
                () -> client.put(updateOnly, set.key("absent"), new Bin("a", 1)), ResultCode.KEY_NOT_FOUND_ERROR);
        assertResultCode(() -> client.touch(update, set.key("absent")), ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.delete(update, set.key("absent")))
                .as("delete of a missing record")
                .isFalse();
        assertResultCode(() -> client.put(createOnly, existing, new Bin("a", 2)), ResultCode.KEY_EXISTS_ERROR);
        assertResultCode(() -> client.put(update, existing, new Bin("a", 2)), ResultCode.GENERATION_ERROR);
    }

    private static WritePolicy generation(AerospikeClient client, RecordExistsAction action, int generation) {
        WritePolicy policy = policy(client, action);
        policy.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        policy.generation = generation;
        return policy;
    }

    private static WritePolicy policy(AerospikeClient client, RecordExistsAction action) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.recordExistsAction = action;
        return policy;
    }

    private static WritePolicy ttl(AerospikeClient client, int expiration) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.expiration = expiration;
        return policy;
    }
}
