package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListSortFlags;
import com.aerospike.client.cdt.ListWriteFlags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("list operations: writes, write flags and ordered lists")
class ListOperationContractTest {

    /** The node's descending sort flag, which the 9.x clients no longer name in {@link ListSortFlags}. */
    private static final int SORT_DESCENDING = 1;

    static final ListPolicy ORDERED = new ListPolicy(ListOrder.ORDERED, ListWriteFlags.DEFAULT);

    static Value[] values(Object... objects) {
        return Arrays.stream(objects).map(Value::get).toArray(Value[]::new);
    }

    static List<Value> items(Object... objects) {
        return List.of(values(objects));
    }

    static Key listRecord(AerospikeClient client, TestSet set, Object... objects) {
        Key key = set.key("list");
        client.put(null, key, new Bin("l", List.of(objects)));
        return key;
    }

    static Object result(AerospikeClient client, Key key, Operation operation) {
        Record record = client.operate(null, key, operation);
        return record.bins == null ? null : record.bins.get("l");
    }

    static List<?> stored(AerospikeClient client, Key key) {
        return client.get(null, key).getList("l");
    }

    /** Assertions on a list the client returned, as a list of objects. */
    static ListAssert<Object> assertThatList(Object list) {
        return assertThat(new ArrayList<Object>((List<?>) list));
    }

    @Test
    @DisplayName("append, append items, insert and insert items answer the new size; size and get read it back")
    void appendAndInsert(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        assertThat(result(client, key, ListOperation.append("l", Value.get(1)))).isEqualTo(1L);
        assertThat(result(client, key, ListOperation.appendItems("l", items("b", 3))))
                .isEqualTo(3L);
        assertThat(result(client, key, ListOperation.insert("l", 1, Value.get(9))))
                .isEqualTo(4L);
        assertThat(result(client, key, ListOperation.insertItems("l", -1, items(7, 8))))
                .isEqualTo(6L);

        assertThatList(stored(client, key)).containsExactly(1L, 9L, "b", 7L, 8L, 3L);
        assertThat(result(client, key, ListOperation.size("l"))).isEqualTo(6L);
        assertThat(result(client, key, ListOperation.get("l", -1))).isEqualTo(3L);
        assertThatList(result(client, key, ListOperation.getRange("l", 1, 2))).containsExactly(9L, "b");
        assertThatList(result(client, key, ListOperation.getRange("l", 4))).containsExactly(8L, 3L);
    }

    @Test
    @DisplayName("insert and set past the end pad with nils; before the start they are not applicable")
    void insertPastTheEnd(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);

        client.operate(null, key, ListOperation.insert("l", 3, Value.get(4)));
        client.operate(null, key, ListOperation.set("l", 5, Value.get(6)));

        assertThatList(stored(client, key)).containsExactly(1L, null, null, 4L, null, 6L);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.insert("l", -9, Value.get(0))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.set("l", -9, Value.get(0))),
                ResultCode.OP_NOT_APPLICABLE);
    }

    @Test
    @DisplayName("INSERT_BOUNDED refuses an index past the end, quietly with NO_FAIL")
    void insertBounded(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L, 2L);
        ListPolicy bounded = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.INSERT_BOUNDED);
        ListPolicy boundedNoFail =
                new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.INSERT_BOUNDED | ListWriteFlags.NO_FAIL);

        assertResultCode(
                () -> client.operate(null, key, ListOperation.insert(bounded, "l", 3, Value.get(0))),
                ResultCode.OP_NOT_APPLICABLE);
        assertThat(result(client, key, ListOperation.insert(boundedNoFail, "l", 3, Value.get(0))))
                .isEqualTo(2L);
        assertThat(result(client, key, ListOperation.insert(bounded, "l", 2, Value.get(3))))
                .isEqualTo(3L);
        assertThatList(stored(client, key)).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("ADD_UNIQUE refuses a value already there with ELEMENT_EXISTS, NO_FAIL skips, PARTIAL adds the rest")
    void addUnique(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L, 2L);
        ListPolicy unique = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.ADD_UNIQUE);
        ListPolicy noFail = new ListPolicy(ListOrder.UNORDERED, ListWriteFlags.ADD_UNIQUE | ListWriteFlags.NO_FAIL);
        ListPolicy partial = new ListPolicy(
                ListOrder.UNORDERED, ListWriteFlags.ADD_UNIQUE | ListWriteFlags.NO_FAIL | ListWriteFlags.PARTIAL);

        assertResultCode(
                () -> client.operate(null, key, ListOperation.append(unique, "l", Value.get(2))),
                ResultCode.ELEMENT_EXISTS);
        assertThat(result(client, key, ListOperation.appendItems(noFail, "l", items(3, 1))))
                .isEqualTo(2L);
        assertThat(result(client, key, ListOperation.appendItems(partial, "l", items(3, 1, 4))))
                .isEqualTo(4L);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.appendItems(unique, "l", items(5, 5))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.set(unique, "l", 0, Value.get(4))),
                ResultCode.ELEMENT_EXISTS);

        assertThatList(stored(client, key)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    @DisplayName("an ordered list keeps its values sorted in Aerospike's order and refuses insert and set")
    void orderedList(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.operate(null, key, ListOperation.appendItems(ORDERED, "l", items("b", 3, 1.5, "a", -2)));
        Record record = client.operate(
                null, key, ListOperation.append(ORDERED, "l", Value.get(List.of(1))), ListOperation.get("l", 0));

        assertThatList(stored(client, key)).containsExactly(-2L, 3L, "a", "b", List.of(1L), 1.5);
        assertThatList(record.getList("l")).containsExactly(6L, -2L);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.insert("l", 0, Value.get(0))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.set("l", 0, Value.get(0))), ResultCode.OP_NOT_APPLICABLE);
    }

    @Test
    @DisplayName("set order sorts an unordered list; ADD_UNIQUE on an ordered list refuses duplicates")
    void setOrderAndUniqueOrdered(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 3L, 1L, 2L);
        ListPolicy unique = new ListPolicy(ListOrder.ORDERED, ListWriteFlags.ADD_UNIQUE);

        client.operate(null, key, ListOperation.setOrder("l", ListOrder.ORDERED));

        assertThatList(stored(client, key)).containsExactly(1L, 2L, 3L);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.append(unique, "l", Value.get(2))),
                ResultCode.ELEMENT_EXISTS);
        client.operate(null, key, ListOperation.append("l", Value.get(0)));
        assertThatList(stored(client, key)).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    @DisplayName("pop, remove, their ranges, trim and clear")
    void removes(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L);

        assertThat(result(client, key, ListOperation.pop("l", 0))).isEqualTo(0L);
        assertThatList(result(client, key, ListOperation.popRange("l", -2, 5))).containsExactly(6L, 7L);
        assertThat(result(client, key, ListOperation.remove("l", 1))).isEqualTo(1L);
        assertThat(result(client, key, ListOperation.removeRange("l", 2, 1))).isEqualTo(1L);
        assertThatList(stored(client, key)).containsExactly(1L, 3L, 5L);
        assertThat(result(client, key, ListOperation.trim("l", 1, 1))).isEqualTo(2L);
        assertThatList(stored(client, key)).containsExactly(3L);
        assertResultCode(() -> client.operate(null, key, ListOperation.pop("l", 5)), ResultCode.OP_NOT_APPLICABLE);

        client.operate(null, key, ListOperation.clear("l"));
        assertThatList(stored(client, key)).isEmpty();
    }

    @Test
    @DisplayName("increment adds integers and doubles, starts from nothing past the end, and refuses a non-number")
    void increment(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L, 2.5, "x");

        assertThat(result(client, key, ListOperation.increment("l", 0))).isEqualTo(2L);
        assertThat(result(client, key, ListOperation.increment("l", 0, Value.get(1.9))))
                .isEqualTo(3L);
        assertThat(result(client, key, ListOperation.increment("l", 1, Value.get(2))))
                .isEqualTo(4.5);
        assertThat(result(client, key, ListOperation.increment("l", 4, Value.get(-3))))
                .isEqualTo(-3L);
        assertThatList(stored(client, key)).containsExactly(3L, 4.5, "x", null, -3L);
        assertResultCode(() -> client.operate(null, key, ListOperation.increment("l", 2)), ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("sort ascending, dropping duplicates and descending; sort of a missing bin is a type error")
    void sort(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, "a", 3L, 1L, 3L, List.of(0L), 2.0);

        client.operate(null, key, ListOperation.sort("l", ListSortFlags.DEFAULT));
        assertThatList(stored(client, key)).containsExactly(1L, 3L, 3L, "a", List.of(0L), 2.0);

        client.operate(null, key, ListOperation.sort("l", ListSortFlags.DROP_DUPLICATES));
        assertThatList(stored(client, key)).containsExactly(1L, 3L, "a", List.of(0L), 2.0);

        client.operate(null, key, ListOperation.sort("l", SORT_DESCENDING));
        assertThatList(stored(client, key)).containsExactly(2.0, List.of(0L), "a", 3L, 1L);

        // The node drops duplicates in an ascending pass only.
        assertResultCode(
                () -> client.operate(
                        null, key, ListOperation.sort("l", SORT_DESCENDING | ListSortFlags.DROP_DUPLICATES)),
                ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.sort("missing", ListSortFlags.DEFAULT)),
                ResultCode.BIN_TYPE_ERROR);
    }

    @Test
    @DisplayName("a list operation on an integer or map bin is a type error; a read of a missing bin answers nothing")
    void wrongTypeAndMissingBin(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("i", 1), new Bin("m", Map.of("a", 1L)));

        assertResultCode(
                () -> client.operate(null, key, ListOperation.append("i", Value.get(1))), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(() -> client.operate(null, key, ListOperation.size("m")), ResultCode.BIN_TYPE_ERROR);

        Record record = client.operate(null, key, ListOperation.size("missing"), Operation.get("i"));
        assertThat(record.bins).containsExactlyEntriesOf(Map.of("i", 1L));
    }

    @Test
    @DisplayName("a failing list operation fails the whole command and leaves the record as it was")
    void failureIsAtomic(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1), new Bin("l", List.of(1L)));

        assertResultCode(
                () -> client.operate(
                        null,
                        key,
                        Operation.put(new Bin("a", 2)),
                        ListOperation.append("l", Value.get(2)),
                        ListOperation.append("a", Value.get(1))),
                ResultCode.BIN_TYPE_ERROR);

        Record record = client.get(null, key);
        assertThat(record.getLong("a")).isEqualTo(1);
        assertThatList(record.getList("l")).containsExactly(1L);
        assertThat(record.generation).isEqualTo(1);
    }

    @Test
    @DisplayName("removing from a missing list changes nothing and creates no record")
    void removeFromMissing(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        assertResultCode(
                () -> client.operate(null, key, ListOperation.removeByIndex("l", 0, 5)),
                ResultCode.KEY_NOT_FOUND_ERROR);
        assertThat(client.exists(null, key)).isFalse();
    }
}
