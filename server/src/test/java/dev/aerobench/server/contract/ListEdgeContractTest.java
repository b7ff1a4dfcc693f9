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
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.ListWriteFlags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("list operations: edge cases of ranges, flags, value lists and ordered lists")
class ListEdgeContractTest {

    private static final int INVERTED = ListReturnType.INVERTED;

    @Test
    @DisplayName("a range starting before the list keeps only the part that overlaps it; trim past the end empties it")
    void rangesBeyondTheEnds(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 0L, 1L, 2L, 3L, 4L);

        assertThatList(result(client, key, ListOperation.getRange("l", -6, 3))).containsExactly(0L, 1L);
        assertThatList(result(client, key, ListOperation.getRange("l", -10, 3))).isEmpty();
        assertThatList(result(client, key, ListOperation.getByIndexRange("l", 3, 9, ListReturnType.REVERSE_INDEX)))
                .containsExactly(0L, 1L);
        assertThat(result(client, key, ListOperation.trim("l", 7, 2))).isEqualTo(5L);
        assertThatList(stored(client, key)).isEmpty();
    }

    @Test
    @DisplayName("set order on a missing bin and create make an empty list of that order")
    void createEmpty(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.operate(null, key, ListOperation.create("o", ListOrder.ORDERED, false));
        client.operate(null, key, ListOperation.setOrder("u", ListOrder.UNORDERED));
        client.operate(null, key, ListOperation.appendItems("o", items(3, 1, 2)));

        assertThat(client.get(null, key).bins).containsEntry("u", List.of());
        assertThatList(client.get(null, key).getList("o")).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("value lists: ranks (and an ordered list's indexes) come per wanted value in the given order")
    void valueLists(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, ListOperation.appendItems(ORDERED, "l", items(5, 1, 3, 1, 4)));
        Key unordered = set.key("k2");
        client.put(null, unordered, new com.aerospike.client.Bin("l", List.of(5L, 1L, 3L, 1L, 4L)));

        assertThatList(result(client, key, ListOperation.getByValueList("l", items(4, 1), ListReturnType.INDEX)))
                .containsExactly(3L, 0L, 1L);
        assertThatList(result(client, key, ListOperation.getByValueList("l", items(4, 1), ListReturnType.VALUE)))
                .containsExactly(4L, 1L, 1L);
        assertThatList(result(
                        client, key, ListOperation.getByValueList("l", items(4, 1), ListReturnType.RANK | INVERTED)))
                .containsExactly(2L, 4L);
        assertThatList(result(client, unordered, ListOperation.getByValueList("l", items(4, 1), ListReturnType.VALUE)))
                .containsExactly(1L, 1L, 4L);
        assertThatList(result(
                        client, unordered, ListOperation.getByValueList("l", items(4, 1), ListReturnType.REVERSE_RANK)))
                .containsExactly(1L, 4L, 3L);
        assertThatList(result(
                        client,
                        unordered,
                        ListOperation.getByValueList("l", items(1, 4), ListReturnType.REVERSE_RANK | INVERTED)))
                .containsExactly(2L, 0L);
        assertThat(result(client, unordered, ListOperation.getByValueList("l", items(), ListReturnType.COUNT)))
                .isEqualTo(0L);
        assertThatList(result(
                        client, unordered, ListOperation.getByValueList("l", items(), ListReturnType.VALUE | INVERTED)))
                .containsExactly(5L, 1L, 3L, 1L, 4L);
    }

    @Test
    @DisplayName("reverse ranks and indexes count from the other end; a reversed run still ascends")
    void reverse(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 5L, 1L, 3L, 1L, 4L);

        assertThatList(result(client, key, ListOperation.getByValue("l", Value.get(1), ListReturnType.REVERSE_RANK)))
                .containsExactly(3L, 4L);
        assertThatList(result(
                        client,
                        key,
                        ListOperation.getByValueRange("l", Value.get(3), null, ListReturnType.REVERSE_INDEX)))
                .containsExactly(4L, 2L, 0L);
        assertThatList(result(client, key, ListOperation.getByIndexRange("l", 0, 2, ListReturnType.REVERSE_RANK)))
                .containsExactly(0L, 4L);
    }

    @Test
    @DisplayName("PARTIAL skips values already there and repeated ones; without NO_FAIL a repeat is not applicable")
    void partialItems(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);
        ListPolicy partial = new ListPolicy(
                ListOrder.UNORDERED, ListWriteFlags.ADD_UNIQUE | ListWriteFlags.NO_FAIL | ListWriteFlags.PARTIAL);
        ListPolicy noFail = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.ADD_UNIQUE | ListWriteFlags.NO_FAIL);
        ListPolicy orderedUnique = new ListPolicy(ListOrder.ORDERED, ListWriteFlags.ADD_UNIQUE);

        assertThat(result(client, key, ListOperation.insertItems(partial, "l", 0, items(2, 1, 2, 3))))
                .isEqualTo(3L);
        assertThat(result(client, key, ListOperation.insertItems(noFail, "l", 0, items(7, 7))))
                .isEqualTo(3L);
        assertThatList(stored(client, key)).containsExactly(2L, 3L, 1L);

        Key sorted = set.key("k2");
        client.operate(null, sorted, ListOperation.appendItems(ORDERED, "l", items(1, 2)));
        assertResultCode(
                () -> client.operate(null, sorted, ListOperation.appendItems(orderedUnique, "l", items(4, 4))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, sorted, ListOperation.appendItems(orderedUnique, "l", items(4, 2))),
                ResultCode.ELEMENT_EXISTS);
    }

    @Test
    @DisplayName("increment in an ordered list moves the element; with ADD_UNIQUE a sum already there is refused")
    void incrementOrdered(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, ListOperation.appendItems(ORDERED, "l", items(1, 5, 9)));
        ListPolicy unique = new ListPolicy(ListOrder.ORDERED, ListWriteFlags.ADD_UNIQUE);

        assertThat(result(client, key, ListOperation.increment("l", 0, Value.get(6))))
                .isEqualTo(7L);
        assertThatList(stored(client, key)).containsExactly(5L, 7L, 9L);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.increment(unique, "l", 0, Value.get(2))),
                ResultCode.ELEMENT_EXISTS);
    }

    @Test
    @DisplayName("maps and lists inside a list sort by Aerospike's order: lists before maps, maps by size")
    void containersInOrder(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, Map.of("a", 1L, "b", 2L), Map.of("z", 0L), List.of(2L), List.of(1L, 9L), "s");

        assertThatList(result(client, key, ListOperation.getByRankRange("l", 0, 5, ListReturnType.INDEX)))
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThatList(result(client, key, ListOperation.getByRankRange("l", 1, 4, ListReturnType.VALUE)))
                .containsExactly(List.of(1L, 9L), List.of(2L), Map.of("z", 0L), Map.of("a", 1L, "b", 2L));
    }
}
