package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.BatchPolicy;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ServerContract
@DisplayName("Write policies: record-exists actions and generation checks")
class WritePolicyContractTest {

    @Test
    @DisplayName("UPDATE creates a missing record and merges into an existing one")
    void update(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(policy(client, RecordExistsAction.UPDATE), key, new Bin("a", 1));
        client.put(policy(client, RecordExistsAction.UPDATE), key, new Bin("b", 2));

        assertThat(client.get(null, key).bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", 2L));
    }

    @Test
    @DisplayName("UPDATE_ONLY fails with KEY_NOT_FOUND_ERROR on a missing record and merges otherwise")
    void updateOnly(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        assertResultCode(
                () -> client.put(policy(client, RecordExistsAction.UPDATE_ONLY), key, new Bin("a", 1)),
                ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.exists(null, key)).isFalse();

        client.put(null, key, new Bin("a", 1));
        client.put(policy(client, RecordExistsAction.UPDATE_ONLY), key, new Bin("b", 2));

        assertThat(client.get(null, key).bins).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", 2L));
    }

    @Test
    @DisplayName("REPLACE creates a missing record and drops the old bins of an existing one")
    void replace(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(policy(client, RecordExistsAction.REPLACE), key, new Bin("a", 1));
        client.put(policy(client, RecordExistsAction.REPLACE), key, new Bin("b", 2));

        Record record = client.get(null, key);
        assertThat(record.bins).containsExactlyEntriesOf(Map.of("b", 2L));
        assertThat(record.generation).isEqualTo(2);
    }

    @Test
    @DisplayName("REPLACE_ONLY fails with KEY_NOT_FOUND_ERROR on a missing record and replaces otherwise")
    void replaceOnly(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        assertResultCode(
                () -> client.put(policy(client, RecordExistsAction.REPLACE_ONLY), key, new Bin("a", 1)),
                ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.exists(null, key)).isFalse();

        client.put(null, key, new Bin("a", 1));
        client.put(policy(client, RecordExistsAction.REPLACE_ONLY), key, new Bin("b", 2));

        assertThat(client.get(null, key).bins).containsExactlyEntriesOf(Map.of("b", 2L));
    }

    @Test
    @DisplayName("CREATE_ONLY creates a missing record and fails with KEY_EXISTS_ERROR on an existing one")
    void createOnly(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(policy(client, RecordExistsAction.CREATE_ONLY), key, new Bin("a", 1));

        assertResultCode(
                () -> client.put(policy(client, RecordExistsAction.CREATE_ONLY), key, new Bin("a", 2)),
                ResultCode.KEY_EXISTS_ERROR);
        Record record = client.get(null, key);
        assertThat(record.getLong("a")).isEqualTo(1);
        assertThat(record.generation).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordExistsAction.class)
    @DisplayName("every record-exists action bumps the generation of an existing record")
    void everyActionBumpsGeneration(RecordExistsAction action, AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        if (action == RecordExistsAction.CREATE_ONLY) {
            assertResultCode(
                    () -> client.put(policy(client, action), key, new Bin("a", 2)), ResultCode.KEY_EXISTS_ERROR);
            assertThat(client.getHeader(null, key).generation).isEqualTo(1);
        } else {
            client.put(policy(client, action), key, new Bin("a", 2));
            assertThat(client.get(null, key).generation).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("EXPECT_GEN_EQUAL writes when the generation matches and fails with GENERATION_ERROR otherwise")
    void expectGenerationEqual(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        client.put(null, key, new Bin("a", 2));

        assertResultCode(
                () -> client.put(generation(client, GenerationPolicy.EXPECT_GEN_EQUAL, 1), key, new Bin("a", 3)),
                ResultCode.GENERATION_ERROR);
        assertResultCode(
                () -> client.put(generation(client, GenerationPolicy.EXPECT_GEN_EQUAL, 3), key, new Bin("a", 3)),
                ResultCode.GENERATION_ERROR);
        client.put(generation(client, GenerationPolicy.EXPECT_GEN_EQUAL, 2), key, new Bin("a", 3));

        Record record = client.get(null, key);
        assertThat(record.getLong("a")).isEqualTo(3);
        assertThat(record.generation).isEqualTo(3);
    }

    @Test
    @DisplayName("EXPECT_GEN_GT writes only when the expected generation is greater than the record's")
    void expectGenerationGreater(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        client.put(null, key, new Bin("a", 2));

        assertResultCode(
                () -> client.put(generation(client, GenerationPolicy.EXPECT_GEN_GT, 2), key, new Bin("a", 3)),
                ResultCode.GENERATION_ERROR);
        assertResultCode(
                () -> client.put(generation(client, GenerationPolicy.EXPECT_GEN_GT, 1), key, new Bin("a", 3)),
                ResultCode.GENERATION_ERROR);
        client.put(generation(client, GenerationPolicy.EXPECT_GEN_GT, 5), key, new Bin("a", 3));

        assertThat(client.get(null, key).getLong("a")).isEqualTo(3);
    }

    @Test
    @DisplayName("a generation check also guards delete and touch")
    void generationGuardsDeleteAndTouch(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        assertResultCode(
                () -> client.touch(generation(client, GenerationPolicy.EXPECT_GEN_EQUAL, 7), key),
                ResultCode.GENERATION_ERROR);
        assertResultCode(
                () -> client.delete(generation(client, GenerationPolicy.EXPECT_GEN_EQUAL, 7), key),
                ResultCode.GENERATION_ERROR);
        assertThat(client.delete(generation(client, GenerationPolicy.EXPECT_GEN_EQUAL, 1), key))
                .isTrue();
    }

    @Test
    @DisplayName("the generation policy NONE ignores the policy's generation")
    void generationNoneIgnoresValue(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        WritePolicy policy = generation(client, GenerationPolicy.NONE, 99);

        client.put(policy, key, new Bin("a", 2));

        assertThat(client.get(null, key).generation).isEqualTo(2);
    }

    @Test
    @DisplayName("the 16-bit generation wraps from 65535 to 1, never to 0")
    void generationWraps(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 0));
        Key[] sameKeyAgain = new Key[65_534];
        Arrays.fill(sameKeyAgain, key);
        BatchPolicy batch = new BatchPolicy(client.getBatchParentPolicyWriteDefault());
        batch.totalTimeout = 20_000;

        client.operate(batch, null, sameKeyAgain, Operation.add(new Bin("a", 1)));
        assertThat(client.getHeader(null, key).generation).isEqualTo(65_535);
        client.add(null, key, new Bin("a", -1));

        Record record = client.get(null, key);
        assertThat(record.generation).isEqualTo(1);
        assertThat(record.getLong("a")).isEqualTo(65_533);
    }

    private static WritePolicy policy(AerospikeClient client, RecordExistsAction action) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.recordExistsAction = action;
        return policy;
    }

    private static WritePolicy generation(AerospikeClient client, GenerationPolicy generationPolicy, int generation) {
        WritePolicy policy = new WritePolicy(client.getWritePolicyDefault());
        policy.generationPolicy = generationPolicy;
        policy.generation = generation;
        return policy;
    }
}
