package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ContractAssertions.listBin;
import static dev.aerobench.server.contract.MapWriteContractTest.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.cdt.MapWriteFlags;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Map reads and removes on {a=1, b=2, c=3, d=7, e=2}: index counts in key order (a..e = 0..4),
 * rank in value order with equal values by key (a=0, b=1, e=2, c=3, d=4).
 */
@ServerContract
@DisplayName("map get-by and remove-by operations and their return types")
class MapReadContractTest {

    private static final String BIN = "m";
    private static final int INVERTED = MapReturnType.INVERTED;

    private static Key mapRecord(AerospikeClient client, TestSet set, MapOrder order) {
        Key key = set.key("k1");
        client.operate(
                null,
                key,
                MapOperation.putItems(
                        new MapPolicy(order, MapWriteFlags.DEFAULT),
                        BIN,
                        items("c", 3, "a", 1, "e", 2, "b", 2, "d", 7)));
        return key;
    }

    private static Object one(AerospikeClient client, Key key, Operation operation) {
        return client.operate(null, key, operation).getValue(BIN);
    }

    private static List<Object> many(AerospikeClient client, Key key, Operation operation) {
        return listBin(client.operate(null, key, operation), BIN);
    }

    @Test
    @DisplayName("get by key answers each return type, and a missing key -1, 0 or false")
    void byKey(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("b"), MapReturnType.VALUE)))
                .isEqualTo(2L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("e"), MapReturnType.INDEX)))
                .isEqualTo(4L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("e"), MapReturnType.RANK)))
                .isEqualTo(2L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("e"), MapReturnType.REVERSE_RANK)))
                .isEqualTo(2L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("a"), MapReturnType.REVERSE_INDEX)))
                .isEqualTo(4L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("zz"), MapReturnType.INDEX)))
                .isEqualTo(-1L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("zz"), MapReturnType.COUNT)))
                .isEqualTo(0L);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("zz"), MapReturnType.EXISTS)))
                .isEqualTo(false);
        assertThat(one(client, key, MapOperation.getByKey(BIN, Value.get("a"), MapReturnType.EXISTS)))
                .isEqualTo(true);
    }

    @Test
    @DisplayName("key range, index range and key list select in key order")
    void byKeyAndIndex(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyRange(BIN, Value.get("b"), Value.get("d"), MapReturnType.KEY)))
                .containsExactly("b", "c");
        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyRange(BIN, Value.get("b"), Value.get("d"), MapReturnType.RANK)))
                .containsExactly(1L, 3L);
        assertThat(many(client, key, MapOperation.getByKeyRange(BIN, Value.get("d"), null, MapReturnType.VALUE)))
                .containsExactly(7L, 2L);
        assertThat(many(client, key, MapOperation.getByIndexRange(BIN, 1, 2, MapReturnType.KEY)))
                .containsExactly("b", "c");
        assertThat(many(client, key, MapOperation.getByIndexRange(BIN, -2, MapReturnType.VALUE)))
                .containsExactly(7L, 2L);
        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyList(
                                BIN, List.of(Value.get("e"), Value.get("a"), Value.get("x")), MapReturnType.KEY)))
                .containsExactly("a", "e");
        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyList(BIN, List.of(Value.get("e"), Value.get("a")), MapReturnType.INDEX)))
                .containsExactly(4L, 0L);
        assertThat(one(client, key, MapOperation.getByIndex(BIN, -1, MapReturnType.KEY)))
                .isEqualTo("e");
    }

    @Test
    @DisplayName("a reversed index range is listed ascending, as the node writes it")
    void reverseIndexRange(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.KEY_ORDERED);

        assertThat(many(client, key, MapOperation.getByIndexRange(BIN, 1, 2, MapReturnType.REVERSE_INDEX)))
                .containsExactly(2L, 3L);
        assertThat(many(client, key, MapOperation.getByRankRange(BIN, 0, 2, MapReturnType.REVERSE_RANK)))
                .containsExactly(3L, 4L);
    }

    @Test
    @DisplayName("value range, value and value list select by value; rank range lists in value order")
    void byValueAndRank(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        assertThat(many(client, key, MapOperation.getByValueRange(BIN, Value.get(2), Value.get(4), MapReturnType.KEY)))
                .containsExactly("b", "c", "e");
        assertThat(many(client, key, MapOperation.getByValueRange(BIN, Value.get(2), Value.get(4), MapReturnType.RANK)))
                .containsExactly(1L, 2L, 3L);
        assertThat(many(client, key, MapOperation.getByValue(BIN, Value.get(2), MapReturnType.KEY)))
                .containsExactly("b", "e");
        assertThat(many(
                        client,
                        key,
                        MapOperation.getByValueList(BIN, List.of(Value.get(7), Value.get(2)), MapReturnType.RANK)))
                .containsExactly(4L, 1L, 2L);
        assertThat(many(client, key, MapOperation.getByRankRange(BIN, 1, 3, MapReturnType.KEY)))
                .containsExactly("b", "e", "c");
        assertThat(many(client, key, MapOperation.getByRankRange(BIN, 1, 3, MapReturnType.INDEX)))
                .containsExactly(1L, 4L, 2L);
        assertThat(one(client, key, MapOperation.getByRank(BIN, -1, MapReturnType.VALUE)))
                .isEqualTo(7L);
    }

    @Test
    @DisplayName("relative ranges count from where a key or value is or would be")
    void relativeRanges(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.KEY_ORDERED);

        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyRelativeIndexRange(BIN, Value.get("c"), -1, MapReturnType.KEY)))
                .containsExactly("b", "c", "d", "e");
        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyRelativeIndexRange(BIN, Value.get("bb"), 0, 2, MapReturnType.KEY)))
                .containsExactly("c", "d");
        assertThat(many(client, key, MapOperation.getByValueRelativeRankRange(BIN, Value.get(2), 1, MapReturnType.KEY)))
                .containsExactly("e", "c", "d");
    }

    @Test
    @DisplayName("INVERTED selects the other entries; EXISTS on an inverted value range says whether none matched")
    void inverted(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        assertThat(many(
                        client,
                        key,
                        MapOperation.getByKeyRange(BIN, Value.get("b"), Value.get("d"), MapReturnType.KEY | INVERTED)))
                .containsExactly("a", "d", "e");
        assertThat(one(
                        client,
                        key,
                        MapOperation.getByValueRange(BIN, Value.get(2), Value.get(4), MapReturnType.COUNT | INVERTED)))
                .isEqualTo(2L);
        assertThat(one(
                        client,
                        key,
                        MapOperation.getByValueRange(BIN, Value.get(2), Value.get(4), MapReturnType.EXISTS | INVERTED)))
                .isEqualTo(false);
        assertThat(many(client, key, MapOperation.getByRankRange(BIN, 1, 2, MapReturnType.RANK | INVERTED)))
                .containsExactly(0L, 3L, 4L);
    }

    @Test
    @DisplayName("the map return types give a map: unordered, key-ordered or a list of entries")
    void mapReturnTypes(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        Object unordered = one(client, key, MapOperation.getByIndexRange(BIN, 3, MapReturnType.UNORDERED_MAP));
        Object ordered = one(client, key, MapOperation.getByIndexRange(BIN, 3, MapReturnType.ORDERED_MAP));

        Object keyValue = one(client, key, MapOperation.getByKey(BIN, Value.get("b"), MapReturnType.KEY_VALUE));

        assertThat(keyValue).isEqualTo(List.of(new java.util.AbstractMap.SimpleEntry<>("b", 2L)));
        assertThat(unordered)
                .isInstanceOfSatisfying(Map.class, m -> assertThat(m).isEqualTo(Map.of("d", 7L, "e", 2L)));
        assertThat(ordered)
                .isInstanceOfSatisfying(
                        java.util.TreeMap.class, m -> assertThat(m).isEqualTo(Map.of("d", 7L, "e", 2L)));
    }

    @Test
    @DisplayName("removes take the entries out and answer what they removed")
    void removes(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        Record record = client.operate(
                null,
                key,
                MapOperation.removeByKey(BIN, Value.get("a"), MapReturnType.VALUE),
                MapOperation.removeByValueRange(BIN, Value.get(7), null, MapReturnType.KEY),
                MapOperation.removeByKey(BIN, Value.get("zz"), MapReturnType.COUNT),
                MapOperation.removeByRankRange(BIN, 0, 1, MapReturnType.COUNT | INVERTED),
                MapOperation.size(BIN));

        assertThat(listBin(record, BIN)).containsExactly(1L, List.of("d"), 0L, 2L, 1L);
        assertThat(client.get(null, key).getMap(BIN)).isEqualTo(Map.of("b", 2L));
    }

    @Test
    @DisplayName("a single-element index out of range, or INVERTED on a single-element get, is OP_NOT_APPLICABLE")
    void singleElementRefusals(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, MapOrder.UNORDERED);

        assertResultCode(
                () -> client.operate(null, key, MapOperation.getByIndex(BIN, 5, MapReturnType.KEY)),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(null, key, MapOperation.getByRank(BIN, -6, MapReturnType.KEY)),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(
                        null, key, MapOperation.getByKey(BIN, Value.get("a"), MapReturnType.KEY | INVERTED)),
                ResultCode.OP_NOT_APPLICABLE);
        assertResultCode(
                () -> client.operate(
                        null, key, MapOperation.getByKeyList(BIN, List.of(Value.get("a")), MapReturnType.RANK)),
                ResultCode.OP_NOT_APPLICABLE);
    }

    @Test
    @DisplayName("INVERTED remove by a missing key: a key-ordered map answers not found, an unordered one refuses")
    void invertedRemoveByMissingKey(AerospikeClient client, TestSet set) {
        Key ordered = mapRecord(client, set, MapOrder.KEY_ORDERED);
        Key unordered = set.key("k2");
        client.operate(null, unordered, MapOperation.putItems(MapPolicy.Default, BIN, items("a", 1)));

        assertThat(one(client, ordered, MapOperation.removeByKey(BIN, Value.get("zz"), MapReturnType.INDEX | INVERTED)))
                .isEqualTo(-1L);
        assertResultCode(
                () -> client.operate(
                        null,
                        unordered,
                        MapOperation.removeByKey(BIN, Value.get("zz"), MapReturnType.INDEX | INVERTED)),
                ResultCode.OP_NOT_APPLICABLE);
    }

    @Test
    @DisplayName("values of different types rank nil, booleans, integers, strings, lists, maps, blobs, doubles")
    void rankAcrossTypes(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(
                null,
                key,
                MapOperation.putItems(
                        MapPolicy.Default,
                        BIN,
                        Map.of(
                                Value.get("double"), Value.get(2.5),
                                Value.get("blob"), Value.get(new byte[] {1}),
                                Value.get("map"), Value.get(Map.of("z", 1)),
                                Value.get("list2"), Value.get(List.of(1, "x")),
                                Value.get("list3"), Value.get(List.of(1, "a", 3)),
                                Value.get("string"), Value.get("s"),
                                Value.get("negative"), Value.get(-5),
                                Value.get("true"), Value.get(true),
                                Value.get("nil"), Value.getAsNull())));

        assertThat(many(client, key, MapOperation.getByRankRange(BIN, 0, MapReturnType.KEY)))
                .containsExactly("nil", "true", "negative", "string", "list3", "list2", "map", "blob", "double");
    }

    @Test
    @DisplayName("a wildcard matches the rest of a list, and INFINITY ends a range after every value")
    void wildcardAndInfinity(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(
                null,
                key,
                MapOperation.putItems(
                        MapPolicy.Default,
                        BIN,
                        items("a", List.of(1, "x"), "b", List.of(1, "a", 3), "c", List.of(2), "d", "text")));

        assertThat(many(
                        client,
                        key,
                        MapOperation.getByValue(
                                BIN, Value.get(List.of(Value.get(1), Value.WILDCARD)), MapReturnType.KEY)))
                .containsExactly("a", "b");
        assertThat(many(
                        client,
                        key,
                        MapOperation.getByValueRange(BIN, Value.get(List.of(2)), Value.INFINITY, MapReturnType.KEY)))
                .containsExactly("c");
    }
}
