package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.listBin;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.BatchDelete;
import com.aerospike.client.BatchRead;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.BatchResults;
import com.aerospike.client.BatchWrite;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.BatchDeletePolicy;
import com.aerospike.client.policy.BatchWritePolicy;
import com.aerospike.client.policy.GenerationPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("Batch writes and deletes")
class BatchWriteContractTest {

    @Test
    @DisplayName("batch operate applies the operations to every key and returns one result per row")
    void operateOnKeys(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(3);
        client.put(null, keys[0], new Bin("i", 2));

        BatchResults results = client.operate(null, null, keys, Operation.add(new Bin("i", 100)), Operation.get("i"));

        assertThat(results.status).isTrue();
        assertThat(results.records).hasSize(3);
        assertThat(listBin(results.records[0].record, "i")).containsExactly(null, 102L);
        assertThat(listBin(results.records[1].record, "i")).containsExactly(null, 100L);
        assertThat(results.records).allSatisfy(row -> assertThat(row.resultCode).isEqualTo(ResultCode.OK));
        assertThat(client.get(null, keys[2]).getLong("i")).isEqualTo(100);
    }

    @Test
    @DisplayName("a list of BatchWrite, BatchDelete and BatchRead rows is applied row by row")
    void mixedRecords(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(4);
        client.put(null, keys[1], new Bin("a", 1));
        client.put(null, keys[2], new Bin("a", 2));
        List<BatchRecord> rows = List.of(
                new BatchWrite(keys[0], new Operation[] {Operation.put(new Bin("a", 10))}),
                new BatchDelete(keys[1]),
                new BatchRead(keys[2], true),
                new BatchDelete(keys[3]));

        boolean allSucceeded = client.operate(null, new ArrayList<>(rows));

        assertThat(allSucceeded).isFalse();
        assertThat(rows.get(0).resultCode).isEqualTo(ResultCode.OK);
        assertThat(rows.get(1).resultCode).isEqualTo(ResultCode.OK);
        assertThat(rows.get(2).record.bins).containsExactlyEntriesOf(Map.of("a", 2L));
        assertThat(rows.get(3).resultCode).isEqualTo(ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(rows).allSatisfy(row -> assertThat(row.inDoubt).isFalse());
        assertThat(client.get(null, keys[0]).getLong("a")).isEqualTo(10);
        assertThat(client.exists(null, keys[1])).isFalse();
    }

    @Test
    @DisplayName("batch delete removes existing records and reports KEY_NOT_FOUND_ERROR for missing ones")
    void batchDelete(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(3);
        client.put(null, keys[0], new Bin("a", 1));
        client.put(null, keys[2], new Bin("a", 1));

        BatchResults results = client.delete(null, null, keys);

        assertThat(results.records)
                .extracting(row -> row.resultCode)
                .containsExactly(ResultCode.OK, ResultCode.KEY_NOT_FOUND_ERROR, ResultCode.OK);
        assertThat(client.exists(null, keys)).containsOnly(false);
    }

    @Test
    @DisplayName("a row that fails its write policy fails alone: CREATE_ONLY gives KEY_EXISTS_ERROR for that row")
    void rowErrorsAreIsolated(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(3);
        client.put(null, keys[1], new Bin("a", 1));
        BatchWritePolicy createOnly = new BatchWritePolicy();
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;

        BatchResults results = client.operate(null, createOnly, keys, Operation.put(new Bin("a", 2)));

        assertThat(results.status).isFalse();
        assertThat(results.records)
                .extracting(row -> row.resultCode)
                .containsExactly(ResultCode.OK, ResultCode.KEY_EXISTS_ERROR, ResultCode.OK);
        assertThat(client.get(null, keys[1]).getLong("a")).isEqualTo(1);
        assertThat(client.get(null, keys[2]).getLong("a")).isEqualTo(2);
    }

    @Test
    @DisplayName("batch write rows honour generation checks and TTL")
    void generationAndTtl(AerospikeClient client, MutableClock clock, TestSet set) {
        Key[] keys = set.keys(2);
        client.put(null, keys[0], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 1));
        BatchWritePolicy policy = new BatchWritePolicy();
        policy.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        policy.generation = 1;
        policy.expiration = 300;

        BatchResults results = client.operate(null, policy, keys, Operation.put(new Bin("a", 9)));

        assertThat(results.records)
                .extracting(row -> row.resultCode)
                .containsExactly(ResultCode.OK, ResultCode.GENERATION_ERROR);
        assertThat(client.getHeader(null, keys[0]).expiration).isEqualTo(clock.voidTimeAfter(300));
        assertThat(client.get(null, keys[1]).getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("batch delete rows honour a generation check")
    void deleteWithGeneration(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(2);
        client.put(null, keys[0], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 1));
        client.put(null, keys[1], new Bin("a", 1));
        BatchDeletePolicy policy = new BatchDeletePolicy();
        policy.generationPolicy = GenerationPolicy.EXPECT_GEN_EQUAL;
        policy.generation = 1;

        BatchResults results = client.delete(null, policy, keys);

        assertThat(results.records)
                .extracting(row -> row.resultCode)
                .containsExactly(ResultCode.OK, ResultCode.GENERATION_ERROR);
        assertThat(client.exists(null, keys)).containsExactly(false, true);
    }

    @Test
    @DisplayName("one-key batch write and delete are answered like any other batch")
    void oneKeyBatchWrite(AerospikeClient client, TestSet set) {
        Key[] key = {set.key("k0")};

        BatchResults written = client.operate(null, null, key, Operation.put(new Bin("a", 1)), Operation.get("a"));
        BatchResults deleted = client.delete(null, null, key);
        BatchResults deletedAgain = client.delete(null, null, key);

        assertThat(listBin(written.records[0].record, "a")).containsExactly(null, 1L);
        assertThat(deleted.records[0].resultCode).isEqualTo(ResultCode.OK);
        assertThat(deletedAgain.records[0].resultCode).isEqualTo(ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.exists(null, key[0])).isFalse();
    }

    @Test
    @DisplayName("a batch write that deletes every bin removes the record")
    void batchWriteRemovingAllBins(AerospikeClient client, TestSet set) {
        Key[] keys = set.keys(2);
        for (Key key : keys) {
            client.put(null, key, new Bin("a", 1));
        }

        client.operate(null, null, keys, Operation.put(Bin.asNull("a")));

        assertThat(client.exists(null, keys)).containsOnly(false);
    }

    @Test
    @DisplayName("with sendKey a batch write stores the user key, which a scan returns")
    void batchWriteStoresUserKey(AerospikeClient client, TestSet set) {
        BatchWritePolicy policy = new BatchWritePolicy();
        policy.sendKey = true;

        client.operate(null, policy, new Key[] {set.key("k0"), set.key(1L)}, Operation.put(new Bin("a", 1)));

        List<Object> userKeys = new ArrayList<>();
        client.scanAll(null, set.namespace(), set.name(), (key, record) -> {
            synchronized (userKeys) {
                userKeys.add(key.userKey.getObject());
            }
        });
        assertThat(userKeys).containsExactlyInAnyOrder("k0", 1L);
    }
}
