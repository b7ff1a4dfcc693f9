package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ContractAssertions.mapBin;
import static dev.aerobench.server.contract.ListOperationContractTest.assertThatList;
import static dev.aerobench.server.contract.ListOperationContractTest.result;
import static dev.aerobench.server.contract.ListOperationContractTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.ListWriteFlags;
import com.aerospike.client.cdt.MapOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("nested list operations (CTX): lookups by index, rank, key and value, create contexts, errors")
class CdtContextContractTest {

    private static Key nested(AerospikeClient client, TestSet set) {
        Key key = set.key("nested");
        client.put(null, key, new Bin("l", List.of(List.of(3L, 1L), List.of(2L), Map.of("k", List.of(9L)))));
        return key;
    }

    @Test
    @DisplayName("list index, rank and value contexts reach the inner list; the outer list is rebuilt")
    void listContexts(AerospikeClient client, TestSet set) {
        Key key = nested(client, set);

        assertThat(result(client, key, ListOperation.append("l", Value.get(7), CTX.listIndex(1))))
                .isEqualTo(2L);
        assertThat(result(client, key, ListOperation.size("l", CTX.listRank(0))))
                .isEqualTo(2L);
        assertThat(result(
                        client,
                        key,
                        ListOperation.getByIndex(
                                "l", 0, ListReturnType.VALUE, CTX.listValue(Value.get(List.of(3L, 1L))))))
                .isEqualTo(3L);
        assertThat(result(
                        client,
                        key,
                        ListOperation.append("l", Value.get(8), CTX.listIndex(-1), CTX.mapKey(Value.get("k")))))
                .isEqualTo(2L);

        assertThatList(stored(client, key))
                .containsExactly(List.of(3L, 1L), List.of(2L, 7L), Map.of("k", List.of(9L, 8L)));
    }

    @Test
    @DisplayName("map index, rank, key and value contexts reach a list inside a map")
    void mapContexts(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("m", new TreeMap<>(Map.of("a", List.of(5L), "b", List.of(1L, 2L)))));

        assertThat(client.operate(null, key, ListOperation.size("m", CTX.mapIndex(1)))
                        .getLong("m"))
                .isEqualTo(2L);
        assertThat(client.operate(null, key, ListOperation.get("m", 0, CTX.mapRank(-1)))
                        .getLong("m"))
                .isEqualTo(5L);
        assertThat(client.operate(null, key, ListOperation.get("m", 1, CTX.mapValue(Value.get(List.of(1L, 2L)))))
                        .getLong("m"))
                .isEqualTo(2L);
        client.operate(null, key, ListOperation.insert("m", 0, Value.get(0), CTX.mapKey(Value.get("a"))));

        assertThat(mapBin(client.get(null, key), "m"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", List.of(0L, 5L), "b", List.of(1L, 2L)));
    }

    @Test
    @DisplayName("a changed element of an ordered list moves to its place in the order")
    void orderedParent(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        ListPolicy ordered = new ListPolicy(ListOrder.ORDERED, ListWriteFlags.DEFAULT);
        client.operate(
                null,
                key,
                ListOperation.appendItems(ordered, "l", List.of(Value.get(List.of(1L)), Value.get(List.of(2L)))));

        client.operate(null, key, ListOperation.set("l", 0, Value.get(5), CTX.listIndex(0)));

        assertThatList(stored(client, key)).containsExactly(List.of(2L), List.of(5L));
    }

    @Test
    @DisplayName("create contexts build the missing lists and maps, in a missing bin and inside an existing one")
    void createContexts(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.operate(
                null,
                key,
                ListOperation.append(
                        "l",
                        Value.get(1),
                        CTX.mapKeyCreate(Value.get("a"), MapOrder.KEY_ORDERED),
                        CTX.listIndexCreate(2, ListOrder.UNORDERED, true)));
        assertThat(mapBin(client.get(null, key), "l"))
                .containsExactlyEntriesOf(Map.of("a", Arrays.asList(null, null, List.of(1L))));

        client.operate(
                null,
                key,
                ListOperation.append(
                        "l",
                        Value.get(2),
                        CTX.mapKeyCreate(Value.get("b"), MapOrder.KEY_ORDERED),
                        CTX.listIndexCreate(-1, ListOrder.ORDERED, false)));
        client.operate(
                null,
                key,
                ListOperation.append(
                        "l",
                        Value.get(3),
                        CTX.mapKey(Value.get("a")),
                        CTX.listIndexCreate(3, ListOrder.UNORDERED, true)));

        assertThat(mapBin(client.get(null, key), "l"))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("a", Arrays.asList(null, null, List.of(1L), List.of(3L)), "b", List.of(List.of(2L))));
    }

    @Test
    @DisplayName("ListOperation.create makes an empty list of its order at a missing context element")
    void createListAtContext(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("m", Map.of("b", 1L)));

        client.operate(null, key, ListOperation.create("m", ListOrder.ORDERED, false, CTX.mapKey(Value.get("a"))));
        client.operate(
                null,
                key,
                ListOperation.appendItems("m", List.of(Value.get(2), Value.get(1)), CTX.mapKey(Value.get("a"))));

        assertThat(mapBin(client.get(null, key), "m"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("a", List.of(1L, 2L), "b", 1L));
    }

    @Test
    @DisplayName("a missing element without a create flag, or with one on a read, is not applicable")
    void missingElement(AerospikeClient client, TestSet set) {
        Key key = nested(client, set);

        assertResultCode(
                () -> client.operate(null, key, ListOperation.append("l", Value.get(1), CTX.listIndex(5))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.size("l", CTX.listValue(Value.get(List.of(8L))))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(
                        null, key, ListOperation.size("l", CTX.listIndexCreate(5, ListOrder.UNORDERED, true))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.size("l", CTX.mapKey(Value.get("k")))),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.append("fresh", Value.get(1), CTX.listIndex(0))),
                ResultCode.OP_NOT_APPLICABLE);
    }

    @Test
    @DisplayName(
            "a context on a bin that is not a list or map is a parameter error; a list op on a map or integer element a type error")
    void wrongTypes(AerospikeClient client, TestSet set) {
        Key key = nested(client, set);
        client.put(null, key, new Bin("i", 1));

        assertResultCode(
                () -> client.operate(null, key, ListOperation.size("i", CTX.listIndex(0))), ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.size("l", CTX.listIndex(2))), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(
                () -> client.operate(null, key, ListOperation.size("l", CTX.listIndex(0), CTX.listIndex(0))),
                ResultCode.BIN_TYPE_ERROR);
        assertResultCode(
                () -> client.operate(
                        null, key, ListOperation.size("l", CTX.listIndex(0), CTX.listIndex(0), CTX.listIndex(0))),
                ResultCode.OP_NOT_APPLICABLE);
    }
}
