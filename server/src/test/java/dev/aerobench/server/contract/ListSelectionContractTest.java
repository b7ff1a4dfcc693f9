package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ListOperationContractTest.ORDERED;
import static dev.aerobench.server.contract.ListOperationContractTest.assertThatList;
import static dev.aerobench.server.contract.ListOperationContractTest.items;
import static dev.aerobench.server.contract.ListOperationContractTest.listRecord;
import static dev.aerobench.server.contract.ListOperationContractTest.result;
import static dev.aerobench.server.contract.ListOperationContractTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.MapReturnType;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The get- and remove-by family on the unordered list [5, 1, 3, 1, 4] (ranks 4, 0, 2, 0, 3) and its ordered twin. */
@ServerContract
@DisplayName("list operations: get and remove by index, value, rank, value list and ranges, every return type")
class ListSelectionContractTest {

    private static final int INVERTED = ListReturnType.INVERTED;

    private static Key fiveValues(AerospikeClient client, TestSet set) {
        return listRecord(client, set, 5L, 1L, 3L, 1L, 4L);
    }

    private static Object read(AerospikeClient client, Key key, Operation operation) {
        return result(client, key, operation);
    }

    @Test
    @DisplayName("by index: each return type")
    void byIndexReturnTypes(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertThat(read(client, key, ListOperation.getByIndex("l", 1, ListReturnType.INDEX)))
                .isEqualTo(1L);
        assertThat(read(client, key, ListOperation.getByIndex("l", 1, ListReturnType.REVERSE_INDEX)))
                .isEqualTo(3L);
        assertThat(read(client, key, ListOperation.getByIndex("l", 2, ListReturnType.RANK)))
                .isEqualTo(2L);
        assertThat(read(client, key, ListOperation.getByIndex("l", 0, ListReturnType.REVERSE_RANK)))
                .isEqualTo(0L);
        assertThat(read(client, key, ListOperation.getByIndex("l", -1, ListReturnType.COUNT)))
                .isEqualTo(1L);
        assertThat(read(client, key, ListOperation.getByIndex("l", -1, ListReturnType.VALUE)))
                .isEqualTo(4L);
        assertThat(read(client, key, ListOperation.getByIndex("l", 0, ListReturnType.EXISTS)))
                .isEqualTo(true);
    }

    @Test
    @DisplayName("by index range: values, ranks of each element, INVERTED")
    void byIndexRange(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertThatList(read(client, key, ListOperation.getByIndexRange("l", 1, 3, ListReturnType.VALUE)))
                .containsExactly(1L, 3L, 1L);
        assertThatList(read(client, key, ListOperation.getByIndexRange("l", 1, 3, ListReturnType.RANK)))
                .containsExactly(0L, 2L, 0L);
        assertThatList(read(client, key, ListOperation.getByIndexRange("l", -2, ListReturnType.INDEX)))
                .containsExactly(3L, 4L);
        assertThatList(read(client, key, ListOperation.getByIndexRange("l", 1, 3, ListReturnType.VALUE | INVERTED)))
                .containsExactly(5L, 4L);
        assertThat(read(client, key, ListOperation.getByIndexRange("l", 9, ListReturnType.COUNT)))
                .isEqualTo(0L);
    }

    @Test
    @DisplayName("by value and value list: every occurrence, INVERTED")
    void byValue(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertThatList(read(client, key, ListOperation.getByValue("l", Value.get(1), ListReturnType.INDEX)))
                .containsExactly(1L, 3L);
        assertThatList(read(client, key, ListOperation.getByValue("l", Value.get(1), ListReturnType.RANK)))
                .containsExactly(0L, 1L);
        assertThat(read(client, key, ListOperation.getByValue("l", Value.get(1), ListReturnType.COUNT)))
                .isEqualTo(2L);
        assertThatList(read(client, key, ListOperation.getByValue("l", Value.get(1), ListReturnType.VALUE | INVERTED)))
                .containsExactly(5L, 3L, 4L);
        assertThatList(read(client, key, ListOperation.getByValue("l", Value.get(9), ListReturnType.INDEX)))
                .isEmpty();
        assertThatList(read(client, key, ListOperation.getByValueList("l", items(1, 4, 9), ListReturnType.INDEX)))
                .containsExactly(1L, 3L, 4L);
        assertThatList(read(
                        client, key, ListOperation.getByValueList("l", items(1, 4), ListReturnType.VALUE | INVERTED)))
                .containsExactly(5L, 3L);
    }

    @Test
    @DisplayName("by value range: [begin, end), an open end, INVERTED")
    void byValueRange(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRange("l", Value.get(2), Value.get(5), ListReturnType.VALUE)))
                .containsExactly(3L, 4L);
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRange("l", Value.get(2), Value.get(5), ListReturnType.RANK)))
                .containsExactly(2L, 3L);
        assertThat(read(client, key, ListOperation.getByValueRange("l", Value.get(3), null, ListReturnType.COUNT)))
                .isEqualTo(3L);
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRange(
                                "l", Value.get(2), Value.get(5), ListReturnType.INDEX | INVERTED)))
                .containsExactly(0L, 1L, 3L);
    }

    @Test
    @DisplayName("by rank, rank range and relative rank: indexes in index order, values in the node's heap order")
    void byRank(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertThat(read(client, key, ListOperation.getByRank("l", 0, ListReturnType.VALUE)))
                .isEqualTo(1L);
        assertThat(read(client, key, ListOperation.getByRank("l", -1, ListReturnType.INDEX)))
                .isEqualTo(0L);
        assertThatList(read(client, key, ListOperation.getByRankRange("l", 2, 3, ListReturnType.VALUE)))
                .containsExactly(3L, 4L, 5L);
        assertThatList(read(client, key, ListOperation.getByRankRange("l", 2, 2, ListReturnType.INDEX)))
                .containsExactly(2L, 4L);
        assertThatList(read(client, key, ListOperation.getByRankRange("l", 2, 2, ListReturnType.VALUE | INVERTED)))
                .containsExactly(5L, 1L, 1L);
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRelativeRankRange("l", Value.get(3), 1, ListReturnType.VALUE)))
                .containsExactly(4L, 5L);
        // Ranks 1..2 lie nearer the small end: the node's heap hands them back largest first.
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRelativeRankRange("l", Value.get(2), -1, 2, ListReturnType.VALUE)))
                .containsExactly(3L, 1L);
        assertThatList(read(client, key, ListOperation.getByRankRange("l", 9, 1, ListReturnType.VALUE)))
                .isEmpty();
    }

    @Test
    @DisplayName("remove by value, rank range and index range changes the list and answers what was asked")
    void removeBy(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertThat(result(client, key, ListOperation.removeByValue("l", Value.get(1), ListReturnType.COUNT)))
                .isEqualTo(2L);
        assertThatList(stored(client, key)).containsExactly(5L, 3L, 4L);
        assertThatList(result(client, key, ListOperation.removeByRankRange("l", -1, 1, ListReturnType.VALUE)))
                .containsExactly(5L);
        assertThat(result(client, key, ListOperation.removeByIndexRange("l", 0, 1, ListReturnType.NONE)))
                .isNull();
        assertThatList(stored(client, key)).containsExactly(4L);
        assertThatList(result(client, key, ListOperation.removeByValueList("l", items(4), ListReturnType.VALUE)))
                .containsExactly(4L);
        assertThatList(stored(client, key)).isEmpty();
    }

    @Test
    @DisplayName("an ordered list: by value, value range and rank use its order")
    void orderedList(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, ListOperation.appendItems(ORDERED, "l", items(5, 1, 3, 1, 4)));

        assertThatList(read(client, key, ListOperation.getByValue("l", Value.get(1), ListReturnType.RANK)))
                .containsExactly(0L, 1L);
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRange("l", Value.get(2), Value.get(5), ListReturnType.INDEX)))
                .containsExactly(2L, 3L);
        assertThatList(result(client, key, ListOperation.removeByRankRange("l", -2, 2, ListReturnType.VALUE)))
                .containsExactly(4L, 5L);
        assertThatList(stored(client, key)).containsExactly(1L, 1L, 3L);
    }

    @Test
    @DisplayName("values of different types are found in Aerospike's order; a wildcard matches any element")
    void mixedTypesAndWildcard(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, "b", 7L, List.of(1L, "c"), 2.5, true, List.of(1L, "a"));

        assertThat(read(client, key, ListOperation.getByRank("l", 0, ListReturnType.VALUE)))
                .isEqualTo(true);
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValueRange("l", Value.get(0), Value.get("z"), ListReturnType.VALUE)))
                .containsExactly("b", 7L);
        assertThatList(read(
                        client,
                        key,
                        ListOperation.getByValue(
                                "l", Value.get(List.of(Value.get(1), Value.WILDCARD)), ListReturnType.INDEX)))
                .containsExactly(2L, 5L);
    }

    @Test
    @DisplayName("out of range, INVERTED on a single element and a map return type are not applicable")
    void notApplicable(AerospikeClient client, TestSet set) {
        Key key = fiveValues(client, set);

        assertResultCode(
                () -> client.operate(null, key, ListOperation.getByIndex("l", 5, ListReturnType.VALUE)),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.getByIndex("l", 0, ListReturnType.VALUE | INVERTED)),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.getByIndex("l", 0, MapReturnType.KEY)),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.getByRank("l", -6, ListReturnType.VALUE)),
                ResultCode.OP_NOT_APPLICABLE);
    }
}
