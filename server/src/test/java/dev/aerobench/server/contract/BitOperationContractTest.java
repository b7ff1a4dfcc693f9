package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.operation.BitOperation;
import com.aerospike.client.operation.BitOverflowAction;
import com.aerospike.client.operation.BitPolicy;
import com.aerospike.client.operation.BitResizeFlags;
import com.aerospike.client.operation.BitWriteFlags;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("bit operations on blob bins")
class BitOperationContractTest {

    private static final BitPolicy DEFAULT = BitPolicy.Default;

    private static byte[] blob(Record record) {
        return (byte[]) record.getValue("b");
    }

    private static Record put(AerospikeClient client, TestSet set, byte[] bytes, Operation... ops) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("b", bytes));
        return client.operate(null, key, ops);
    }

    private static byte[] after(AerospikeClient client, TestSet set, byte[] bytes, Operation op) {
        put(client, set, bytes, op);
        return blob(client.get(null, set.key("k1")));
    }

    @Test
    @DisplayName("resize grows and shrinks at the end, or at the front with FROM_FRONT; GROW_ONLY refuses to shrink")
    void resize(AerospikeClient client, TestSet set) {
        byte[] start = {1, 2, 3};
        assertThat(after(client, set, start, BitOperation.resize(DEFAULT, "b", 5, BitResizeFlags.DEFAULT)))
                .containsExactly(1, 2, 3, 0, 0);
        assertThat(after(client, set, start, BitOperation.resize(DEFAULT, "b", 2, BitResizeFlags.DEFAULT)))
                .containsExactly(1, 2);
        assertThat(after(client, set, start, BitOperation.resize(DEFAULT, "b", 5, BitResizeFlags.FROM_FRONT)))
                .containsExactly(0, 0, 1, 2, 3);
        assertThat(after(client, set, start, BitOperation.resize(DEFAULT, "b", 1, BitResizeFlags.FROM_FRONT)))
                .containsExactly(3);
        assertResultCode(
                () -> put(client, set, start, BitOperation.resize(DEFAULT, "b", 1, BitResizeFlags.GROW_ONLY)),
                ResultCode.PARAMETER_ERROR);
        BitPolicy noFail = new BitPolicy(BitWriteFlags.NO_FAIL);
        assertThat(after(client, set, start, BitOperation.resize(noFail, "b", 1, BitResizeFlags.GROW_ONLY)))
                .containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("resize and insert create a missing bin; other modify operations answer BIN_NOT_FOUND")
    void createMissingBin(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("other", 1));

        client.operate(null, key, BitOperation.resize(DEFAULT, "b", 2, BitResizeFlags.DEFAULT));
        client.operate(null, key, BitOperation.insert(DEFAULT, "c", 2, new byte[] {7}));

        Record record = client.get(null, key);
        assertThat((byte[]) record.getValue("b")).containsExactly(0, 0);
        assertThat((byte[]) record.getValue("c")).containsExactly(0, 0, 7);
        assertResultCode(
                () -> client.operate(null, key, BitOperation.set(DEFAULT, "d", 0, 8, new byte[] {1})),
                ResultCode.BIN_NOT_FOUND);
        BitPolicy updateOnly = new BitPolicy(BitWriteFlags.UPDATE_ONLY);
        assertResultCode(
                () -> client.operate(null, key, BitOperation.resize(updateOnly, "e", 2, BitResizeFlags.DEFAULT)),
                ResultCode.BIN_NOT_FOUND);
        BitPolicy createOnly = new BitPolicy(BitWriteFlags.CREATE_ONLY);
        assertResultCode(
                () -> client.operate(null, key, BitOperation.resize(createOnly, "b", 4, BitResizeFlags.DEFAULT)),
                ResultCode.BIN_EXISTS_ERROR);
    }

    @Test
    @DisplayName("insert and remove bytes; remove past the end needs PARTIAL")
    void insertAndRemove(AerospikeClient client, TestSet set) {
        byte[] start = {1, 2, 3, 4};
        assertThat(after(client, set, start, BitOperation.insert(DEFAULT, "b", 1, new byte[] {9, 8})))
                .containsExactly(1, 9, 8, 2, 3, 4);
        assertThat(after(client, set, start, BitOperation.insert(DEFAULT, "b", 6, new byte[] {9})))
                .containsExactly(1, 2, 3, 4, 0, 0, 9);
        assertThat(after(client, set, start, BitOperation.remove(DEFAULT, "b", 1, 2)))
                .containsExactly(1, 4);
        assertResultCode(
                () -> put(client, set, start, BitOperation.remove(DEFAULT, "b", 3, 2)), ResultCode.PARAMETER_ERROR);
        BitPolicy partial = new BitPolicy(BitWriteFlags.PARTIAL);
        assertThat(after(client, set, start, BitOperation.remove(partial, "b", 3, 2)))
                .containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("set, or, xor, and and not change the bits in range only, at any bit offset")
    void bitwise(AerospikeClient client, TestSet set) {
        byte[] start = {(byte) 0b1010_1010, (byte) 0b1111_0000};
        assertThat(after(client, set, start, BitOperation.set(DEFAULT, "b", 4, 8, new byte[] {(byte) 0b0101_0101})))
                .containsExactly(0b1010_0101, 0b0101_0000);
        assertThat(after(client, set, start, BitOperation.or(DEFAULT, "b", 2, 4, new byte[] {(byte) 0b1111_0000})))
                .containsExactly(0b1011_1110, 0b1111_0000);
        assertThat(after(client, set, start, BitOperation.xor(DEFAULT, "b", 0, 16, new byte[] {-1, -1})))
                .containsExactly(0b0101_0101, 0b0000_1111);
        assertThat(after(client, set, start, BitOperation.and(DEFAULT, "b", 6, 4, new byte[] {0})))
                .containsExactly(0b1010_1000, 0b0011_0000);
        assertThat(after(client, set, start, BitOperation.not(DEFAULT, "b", 3, 7)))
                .containsExactly(0b1011_0101, 0b0011_0000);
    }

    @Test
    @DisplayName("shifts move bits inside the range and fill with zeros")
    void shifts(AerospikeClient client, TestSet set) {
        byte[] start = {(byte) 0b1100_1101, (byte) 0b0011_1111};
        assertThat(after(client, set, start, BitOperation.lshift(DEFAULT, "b", 2, 8, 3)))
                .containsExactly(0b1110_1000, 0b0011_1111);
        assertThat(after(client, set, start, BitOperation.rshift(DEFAULT, "b", 0, 16, 5)))
                .containsExactly(0b0000_0110, 0b0110_1001);
        assertThat(after(client, set, start, BitOperation.lshift(DEFAULT, "b", 0, 8, 9)))
                .containsExactly(0, 0b0011_1111);
    }

    @Test
    @DisplayName("a range past the end answers OP_NOT_APPLICABLE, PARTIAL clips it, NO_FAIL skips it")
    void rangePastEnd(AerospikeClient client, TestSet set) {
        byte[] start = {0, 0};
        assertResultCode(() -> put(client, set, start, BitOperation.not(DEFAULT, "b", 8, 16)), 26);
        assertResultCode(() -> put(client, set, start, BitOperation.not(DEFAULT, "b", 16, 1)), 26);
        assertThat(after(client, set, start, BitOperation.not(new BitPolicy(BitWriteFlags.PARTIAL), "b", 12, 16)))
                .containsExactly(0, 0x0f);
        assertThat(after(client, set, start, BitOperation.not(new BitPolicy(BitWriteFlags.NO_FAIL), "b", 12, 16)))
                .containsExactly(0, 0);
        assertThat(after(client, set, start, BitOperation.not(DEFAULT, "b", -4, 4)))
                .containsExactly(0, 0x0f);
        assertResultCode(() -> put(client, set, start, BitOperation.not(DEFAULT, "b", -17, 1)), 4);
    }

    @Test
    @DisplayName("add, subtract and setInt on unsigned and signed fields with FAIL, SATURATE and WRAP")
    void arithmetic(AerospikeClient client, TestSet set) {
        byte[] start = {(byte) 0xf0, 0};
        assertThat(after(client, set, start, BitOperation.add(DEFAULT, "b", 4, 8, 5, false, BitOverflowAction.FAIL)))
                .containsExactly(0xf0, 0x50);
        assertResultCode(
                () -> put(client, set, start, BitOperation.add(DEFAULT, "b", 0, 8, 16, false, BitOverflowAction.FAIL)),
                26);
        assertThat(after(
                        client,
                        set,
                        start,
                        BitOperation.add(DEFAULT, "b", 0, 8, 16, false, BitOverflowAction.SATURATE)))
                .containsExactly(0xff, 0);
        assertThat(after(client, set, start, BitOperation.add(DEFAULT, "b", 0, 8, 16, false, BitOverflowAction.WRAP)))
                .containsExactly(0, 0);
        assertThat(after(
                        client,
                        set,
                        start,
                        BitOperation.subtract(DEFAULT, "b", 8, 8, 1, false, BitOverflowAction.SATURATE)))
                .containsExactly(0xf0, 0);
        assertThat(after(
                        client,
                        set,
                        start,
                        BitOperation.subtract(DEFAULT, "b", 0, 8, 100, true, BitOverflowAction.SATURATE)))
                .containsExactly(0x8c, 0);
        assertThat(after(
                        client,
                        set,
                        start,
                        BitOperation.subtract(DEFAULT, "b", 0, 8, 120, true, BitOverflowAction.SATURATE)))
                .containsExactly(0x80, 0);
        assertResultCode(
                () -> put(
                        client,
                        set,
                        start,
                        BitOperation.subtract(DEFAULT, "b", 0, 8, 120, true, BitOverflowAction.FAIL)),
                26);
        assertThat(after(client, set, start, BitOperation.setInt(DEFAULT, "b", 2, 10, 0x3ff)))
                .containsExactly(0xff, 0xf0);
    }

    @Test
    @DisplayName("get, count, lscan, rscan and getInt read ranges of bits")
    @SuppressWarnings("unchecked")
    void reads(AerospikeClient client, TestSet set) {
        byte[] start = {(byte) 0b0001_0110, (byte) 0b1000_0001, (byte) 0xff};
        Record record = put(
                client,
                set,
                start,
                BitOperation.get("b", 3, 10),
                BitOperation.count("b", 0, 24),
                BitOperation.lscan("b", 0, 24, true),
                BitOperation.lscan("b", 16, 8, false),
                BitOperation.rscan("b", 4, 12, true),
                BitOperation.getInt("b", 3, 6, false),
                BitOperation.getInt("b", 3, 6, true));

        List<Object> results = (List<Object>) record.getList("b");
        assertThat((byte[]) results.get(0)).containsExactly(0b1011_0100, 0b0000_0000);
        assertThat(results.subList(1, results.size())).containsExactly((Object) 13L, 3L, -1L, 11L, 45L, -19L);
    }

    @Test
    @DisplayName("bit operations on a string bin answer BIN_TYPE_ERROR; a read of a missing bin answers null")
    void wrongTypeAndMissingBin(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("s", "text"));

        assertResultCode(() -> client.operate(null, key, BitOperation.count("s", 0, 8)), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(
                () -> client.operate(null, key, BitOperation.not(DEFAULT, "s", 0, 8)), ResultCode.BIN_TYPE_ERROR);
        Record record = client.operate(null, key, BitOperation.count("missing", 0, 8));
        assertThat(record.bins).containsEntry("missing", null);
    }

    @Test
    @DisplayName("a read past the end answers OP_NOT_APPLICABLE and a zero size PARAMETER_ERROR")
    void readErrors(AerospikeClient client, TestSet set) {
        assertResultCode(() -> put(client, set, new byte[] {1}, BitOperation.count("b", 4, 8)), 26);
        assertResultCode(() -> put(client, set, new byte[] {1}, BitOperation.get("b", 0, 0)), 4);
        assertResultCode(() -> put(client, set, new byte[] {1}, BitOperation.getInt("b", 0, 65, false)), 4);
    }
}
