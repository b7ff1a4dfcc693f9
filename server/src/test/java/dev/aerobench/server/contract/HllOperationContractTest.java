package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.Value.HLLValue;
import com.aerospike.client.operation.HLLOperation;
import com.aerospike.client.operation.HLLPolicy;
import com.aerospike.client.operation.HLLWriteFlags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * HLL operations. The counts are the real node's estimates for these inputs: the embedded server
 * must hash, store and estimate exactly as it does to give the same numbers.
 */
@ServerContract
@DisplayName("HLL operations")
class HllOperationContractTest {

    private static final HLLPolicy DEFAULT = HLLPolicy.Default;

    private static List<Value> strings(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> Value.get(prefix + i)).toList();
    }

    private static List<Value> longs(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> Value.get((long) i)).toList();
    }

    private static List<Object> results(Record record, String bin) {
        Object value = record.getValue(bin);
        return value instanceof List<?> list ? new ArrayList<>(list) : List.of(value);
    }

    @Test
    @DisplayName("add counts changed registers and getCount gives the real node's estimate")
    void addAndCount(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        Record record = client.operate(
                null,
                key,
                HLLOperation.init(DEFAULT, "h", 8),
                HLLOperation.add(DEFAULT, "h", strings("v", 0, 100)),
                HLLOperation.getCount("h"),
                HLLOperation.add(DEFAULT, "h", longs(0, 1000)),
                HLLOperation.getCount("h"),
                HLLOperation.describe("h"));

        assertThat(results(record, "h")).containsExactly(null, 89L, 104L, 351L, 1148L, List.of(8L, 0L));
        // Byte for byte the real node's sketch: header, cached count and every register (the
        // hash recorded from an Aerospike CE 8.1.2.0 node for these inputs).
        byte[] sketch = ((HLLValue) client.get(null, key).getValue("h")).getBytes();
        assertThat(sketch).hasSize(11 + 6 * 256 / 8);
        assertThat(Arrays.hashCode(sketch)).isEqualTo(-823806681);
    }

    @Test
    @DisplayName("add creates the bin with the index and minhash bits it is given; doubles and blobs hash too")
    void addCreatesWithMinhash(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        List<Value> mixed = new ArrayList<>(strings("s", 0, 300));
        mixed.addAll(IntStream.range(0, 50).mapToObj(i -> Value.get(i + 0.5)).toList());
        mixed.add(Value.get(new byte[] {1, 2, 3}));
        mixed.add(Value.get(-5L));
        mixed.add(Value.get(1L << 40));

        Record record = client.operate(
                null,
                key,
                HLLOperation.add(DEFAULT, "h", mixed, 12, 16),
                HLLOperation.getCount("h"),
                HLLOperation.describe("h"));

        assertThat(results(record, "h")).containsExactly(351L, 363L, List.of(12L, 16L));
    }

    @Test
    @DisplayName("union, union count, intersect count and similarity of overlapping sets")
    void setOperations(AerospikeClient client, TestSet set) {
        Key a = set.key("a");
        Key b = set.key("b");
        client.operate(null, a, HLLOperation.add(DEFAULT, "h", strings("x", 0, 600), 10, 0));
        client.operate(null, b, HLLOperation.add(DEFAULT, "h", strings("x", 300, 1000), 10, 0));
        client.operate(null, set.key("ma"), HLLOperation.add(DEFAULT, "h", strings("x", 0, 600), 10, 12));
        client.operate(null, set.key("mb"), HLLOperation.add(DEFAULT, "h", strings("x", 300, 1000), 10, 12));
        HLLValue hllB = (HLLValue) client.get(null, b).getValue("h");
        HLLValue minhashB = (HLLValue) client.get(null, set.key("mb")).getValue("h");

        Record plain = client.operate(
                null,
                a,
                HLLOperation.getUnionCount("h", List.of(hllB)),
                HLLOperation.getIntersectCount("h", List.of(hllB)),
                HLLOperation.getSimilarity("h", List.of(hllB)));
        Record minhash = client.operate(
                null,
                set.key("ma"),
                HLLOperation.getUnionCount("h", List.of(minhashB)),
                HLLOperation.getIntersectCount("h", List.of(minhashB)),
                HLLOperation.getSimilarity("h", List.of(minhashB)));

        // Similarities may differ from the real node's in the last bits: its libm is not Java's.
        List<Object> plainResults = results(plain, "h");
        assertThat(plainResults.subList(0, 2)).containsExactly(991L, 299L);
        assertThat((double) plainResults.get(2)).isCloseTo(0.30171543895055497, within(1e-12));
        List<Object> minhashResults = results(minhash, "h");
        assertThat(minhashResults.subList(0, 2)).containsExactly(991L, 313L);
        assertThat((double) minhashResults.get(2)).isCloseTo(0.3160952369529489, within(1e-12));
    }

    @Test
    @DisplayName("setUnion merges sketches into the bin and getUnion returns the merged sketch")
    void unionIntoBin(AerospikeClient client, TestSet set) {
        Key a = set.key("a");
        Key b = set.key("b");
        client.operate(null, a, HLLOperation.add(DEFAULT, "h", strings("u", 0, 200), 8, 0));
        client.operate(null, b, HLLOperation.add(DEFAULT, "h", strings("u", 100, 400), 10, 0));
        HLLValue hllB = (HLLValue) client.get(null, b).getValue("h");

        Record union = client.operate(null, a, HLLOperation.getUnion("h", List.of(hllB)));
        client.operate(null, a, HLLOperation.setUnion(DEFAULT, "h", List.of(hllB)));
        Record after = client.operate(null, a, HLLOperation.getCount("h"), HLLOperation.describe("h"));

        HLLValue merged = (HLLValue) union.getValue("h");
        assertThat(merged.getBytes()).hasSize(11 + 6 * 256 / 8);
        assertThat(results(after, "h")).containsExactly(379L, List.of(8L, 0L));
        assertResultCode(
                () -> client.operate(null, b, HLLOperation.setUnion(DEFAULT, "h", List.of(merged))),
                ResultCode.OP_NOT_APPLICABLE);
        client.operate(null, b, HLLOperation.setUnion(new HLLPolicy(HLLWriteFlags.ALLOW_FOLD), "h", List.of(merged)));
        assertThat(results(client.operate(null, b, HLLOperation.describe("h")), "h"))
                .containsExactly(8L, 0L);
    }

    @Test
    @DisplayName("refreshCount stores and returns the count; fold shrinks the index bits")
    void refreshAndFold(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, HLLOperation.add(DEFAULT, "h", longs(0, 5000), 14, 0));

        Record record = client.operate(
                null,
                key,
                HLLOperation.refreshCount("h"),
                HLLOperation.fold("h", 6),
                HLLOperation.getCount("h"),
                HLLOperation.describe("h"));

        assertThat(results(record, "h")).containsExactly(4996L, null, 4867L, List.of(6L, 0L));
    }

    @Test
    @DisplayName("errors: bad bit counts, missing index bits, flags, fold of a minhash sketch, wrong bin type")
    void errors(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("s", "text"));
        client.operate(null, key, HLLOperation.init(DEFAULT, "mh", 8, 8));

        assertResultCode(() -> client.operate(null, key, HLLOperation.init(DEFAULT, "h", 3)), 4);
        assertResultCode(() -> client.operate(null, key, HLLOperation.init(DEFAULT, "h", 8, 3)), 4);
        assertResultCode(() -> client.operate(null, key, HLLOperation.init(DEFAULT, "h", 16, 49)), 4);
        assertResultCode(
                () -> client.operate(null, key, HLLOperation.add(DEFAULT, "h", strings("v", 0, 3))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(() -> client.operate(null, key, HLLOperation.add(DEFAULT, "h", List.of(), 8)), 4);
        assertResultCode(
                () -> client.operate(null, key, HLLOperation.add(DEFAULT, "s", strings("v", 0, 3), 8)),
                ResultCode.BIN_TYPE_ERROR);
        assertResultCode(() -> client.operate(null, key, HLLOperation.getCount("s")), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(() -> client.operate(null, key, HLLOperation.fold("mh", 4)), ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(() -> client.operate(null, key, HLLOperation.refreshCount("none")), ResultCode.BIN_NOT_FOUND);
        assertResultCode(
                () -> client.operate(null, key, HLLOperation.init(new HLLPolicy(HLLWriteFlags.CREATE_ONLY), "mh", 8)),
                ResultCode.BIN_EXISTS_ERROR);
        assertResultCode(
                () -> client.operate(null, key, HLLOperation.init(new HLLPolicy(HLLWriteFlags.UPDATE_ONLY), "h", 8)),
                ResultCode.BIN_NOT_FOUND);
        client.operate(
                null,
                key,
                HLLOperation.init(new HLLPolicy(HLLWriteFlags.CREATE_ONLY | HLLWriteFlags.NO_FAIL), "mh", 12));
        assertThat(results(client.operate(null, key, HLLOperation.describe("mh")), "mh"))
                .containsExactly(8L, 8L);
    }
}
