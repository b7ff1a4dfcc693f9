package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ContractAssertions.listBin;
import static dev.aerobench.server.contract.ContractAssertions.mapBin;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.cdt.MapWriteFlags;
import com.aerospike.client.cdt.MapWriteMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("map operations that write: put, items, write flags, increment, clear, set type")
class MapWriteContractTest {

    private static final MapPolicy KEY_ORDERED = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT);

    static Map<Value, Value> items(Object... keysAndValues) {
        Map<Value, Value> items = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            items.put(Value.get(keysAndValues[i]), Value.get(keysAndValues[i + 1]));
        }
        return items;
    }

    @Test
    @DisplayName("put creates the map bin and the record, and answers the map's size")
    void putCreates(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        Record record = client.operate(
                null,
                key,
                MapOperation.put(MapPolicy.Default, "m", Value.get("a"), Value.get(1)),
                MapOperation.put(MapPolicy.Default, "m", Value.get("b"), Value.get("x")));

        assertThat(listBin(record, "m")).containsExactly(1L, 2L);
        assertThat(mapBin(client.get(null, key), "m")).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "b", "x"));
    }

    @Test
    @DisplayName("put of an existing key overwrites its value and keeps the size")
    void putOverwrites(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("a", 1, "b", 2)));

        Record record =
                client.operate(null, key, MapOperation.put(MapPolicy.Default, "m", Value.get("a"), Value.get(9)));

        assertThat(record.getLong("m")).isEqualTo(2);
        assertThat(mapBin(client.get(null, key), "m")).containsExactlyInAnyOrderEntriesOf(Map.of("a", 9L, "b", 2L));
    }

    @Test
    @DisplayName("a key-ordered map keeps its keys sorted whatever order they are put in")
    void keyOrderedStaysSorted(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.operate(
                null,
                key,
                MapOperation.putItems(KEY_ORDERED, "m", items("c", 3, "a", 1)),
                MapOperation.put(KEY_ORDERED, "m", Value.get("b"), Value.get(2)),
                MapOperation.put(KEY_ORDERED, "m", Value.get(7), Value.get(0)));

        Record record = client.operate(null, key, MapOperation.getByIndexRange("m", 0, MapReturnType.KEY));
        assertThat(listBin(record, "m")).containsExactly(7L, "a", "b", "c");
    }

    @Test
    @DisplayName("CREATE_ONLY refuses an existing key with ELEMENT_EXISTS and changes nothing")
    void createOnlyRefusesExistingKey(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("a", 1)));
        MapPolicy createOnly = new MapPolicy(MapOrder.UNORDERED, MapWriteFlags.CREATE_ONLY);

        assertResultCode(
                () -> client.operate(null, key, MapOperation.put(createOnly, "m", Value.get("a"), Value.get(2))),
                ResultCode.ELEMENT_EXISTS);
        assertResultCode(
                () -> client.operate(null, key, MapOperation.putItems(createOnly, "m", items("b", 2, "a", 2))),
                ResultCode.ELEMENT_EXISTS);

        Record record = client.get(null, key);
        assertThat(mapBin(record, "m")).containsExactlyEntriesOf(Map.of("a", 1L));
        assertThat(record.generation).isEqualTo(1);
    }

    @Test
    @DisplayName("UPDATE_ONLY refuses a missing key with ELEMENT_NOT_FOUND, also on a missing bin")
    void updateOnlyRefusesMissingKey(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("a", 1)));
        MapPolicy updateOnly = new MapPolicy(MapOrder.UNORDERED, MapWriteFlags.UPDATE_ONLY);

        assertResultCode(
                () -> client.operate(null, key, MapOperation.put(updateOnly, "m", Value.get("b"), Value.get(2))),
                ResultCode.ELEMENT_NOT_FOUND);
        assertResultCode(
                () -> client.operate(null, key, MapOperation.put(updateOnly, "other", Value.get("b"), Value.get(2))),
                ResultCode.ELEMENT_NOT_FOUND);

        Record record = client.operate(null, key, MapOperation.put(updateOnly, "m", Value.get("a"), Value.get(5)));
        assertThat(record.getLong("m")).isEqualTo(1);
        assertThat(mapBin(client.get(null, key), "m")).containsExactlyEntriesOf(Map.of("a", 5L));
    }

    @Test
    @DisplayName("the legacy write modes map to create-only and update-only")
    void legacyWriteModes(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("a", 1)));
        MapPolicy createOnly = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteMode.CREATE_ONLY);
        MapPolicy updateOnly = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteMode.UPDATE_ONLY);

        assertResultCode(
                () -> client.operate(null, key, MapOperation.put(createOnly, "m", Value.get("a"), Value.get(2))),
                ResultCode.ELEMENT_EXISTS);
        assertResultCode(
                () -> client.operate(null, key, MapOperation.putItems(updateOnly, "m", items("z", 2))),
                ResultCode.ELEMENT_NOT_FOUND);
        Record record = client.operate(null, key, MapOperation.put(updateOnly, "m", Value.get("a"), Value.get(3)));
        assertThat(record.getLong("m")).isEqualTo(1);
    }

    @Test
    @DisplayName("NO_FAIL skips a refused entry; with PARTIAL the accepted items of a put-items are written")
    void noFailAndPartial(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("a", 1)));
        MapPolicy noFail = new MapPolicy(MapOrder.UNORDERED, MapWriteFlags.CREATE_ONLY | MapWriteFlags.NO_FAIL);
        MapPolicy partial = new MapPolicy(
                MapOrder.UNORDERED, MapWriteFlags.CREATE_ONLY | MapWriteFlags.NO_FAIL | MapWriteFlags.PARTIAL);

        Record skipped = client.operate(
                null,
                key,
                MapOperation.put(noFail, "m", Value.get("a"), Value.get(2)),
                MapOperation.putItems(noFail, "m", items("a", 3, "b", 3)));
        assertThat(listBin(skipped, "m")).containsExactly(1L, 1L);

        Record written = client.operate(null, key, MapOperation.putItems(partial, "m", items("a", 4, "c", 4)));
        assertThat(written.getLong("m")).isEqualTo(2);
        assertThat(mapBin(client.get(null, key), "m")).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1L, "c", 4L));
    }

    @Test
    @DisplayName("increment and decrement add to integers and doubles, and create a missing key")
    void incrementAndDecrement(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("i", 10, "d", 1.5)));

        Record record = client.operate(
                null,
                key,
                MapOperation.increment(MapPolicy.Default, "m", Value.get("i"), Value.get(5)),
                MapOperation.decrement(MapPolicy.Default, "m", Value.get("i"), Value.get(2)),
                MapOperation.increment(MapPolicy.Default, "m", Value.get("d"), Value.get(1)),
                MapOperation.increment(MapPolicy.Default, "m", Value.get("i"), Value.get(2.9)),
                MapOperation.increment(MapPolicy.Default, "m", Value.get("new"), Value.get(0.5)));

        assertThat(listBin(record, "m")).containsExactly(15L, 13L, 2.5, 15L, 0.5);
        assertThat(mapBin(client.get(null, key), "m"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("i", 15L, "d", 2.5, "new", 0.5));
    }

    @Test
    @DisplayName("increment of a string value or by a string fails with PARAMETER_ERROR")
    void incrementOfStringIsParameterError(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("s", "text", "i", 1)));

        assertResultCode(
                () -> client.operate(
                        null, key, MapOperation.increment(MapPolicy.Default, "m", Value.get("s"), Value.get(1))),
                ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(
                        null, key, MapOperation.increment(MapPolicy.Default, "m", Value.get("i"), Value.get("x"))),
                ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("a double or list key is refused with PARAMETER_ERROR; integer keys sort before strings")
    void keyTypes(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.put(KEY_ORDERED, "m", Value.get("a"), Value.get(1)));

        assertResultCode(
                () -> client.operate(null, key, MapOperation.put(MapPolicy.Default, "m", Value.get(1.5), Value.get(1))),
                ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(
                        null, key, MapOperation.put(MapPolicy.Default, "m", Value.get(List.of(1)), Value.get(1))),
                ResultCode.PARAMETER_ERROR);

        client.operate(null, key, MapOperation.put(MapPolicy.Default, "m", Value.get(-4), Value.get(2)));
        Record record = client.operate(null, key, MapOperation.getByIndexRange("m", 0, MapReturnType.KEY));
        assertThat(listBin(record, "m")).containsExactly(-4L, "a");
    }

    @Test
    @DisplayName("clear empties the map and size counts its entries")
    void clearAndSize(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("a", 1, "b", 2)));

        Record record =
                client.operate(null, key, MapOperation.size("m"), MapOperation.clear("m"), MapOperation.size("m"));

        assertThat(listBin(record, "m")).containsExactly(2L, null, 0L);
        assertThat(client.get(null, key).getMap("m")).isEmpty();
    }

    @Test
    @DisplayName("set map policy turns an unordered map key-ordered")
    void setMapPolicy(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.operate(null, key, MapOperation.putItems(MapPolicy.Default, "m", items("b", 1, "a", 2)));

        Record record = client.operate(
                null,
                key,
                MapOperation.setMapPolicy(KEY_ORDERED, "m"),
                MapOperation.getByIndex("m", 0, MapReturnType.KEY));

        assertThat(listBin(record, "m")).containsExactly(null, "a");
    }

    @Test
    @DisplayName("a map operation on a list or string bin fails with BIN_TYPE_ERROR")
    void wrongBinType(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("l", List.of(1, 2)), new Bin("s", "text"));

        assertResultCode(() -> client.operate(null, key, MapOperation.size("l")), ResultCode.BIN_TYPE_ERROR);
        assertResultCode(
                () -> client.operate(null, key, MapOperation.put(MapPolicy.Default, "l", Value.get(1), Value.get(1))),
                ResultCode.BIN_TYPE_ERROR);
        assertResultCode(
                () -> client.operate(null, key, MapOperation.getByKey("s", Value.get(1), MapReturnType.VALUE)),
                ResultCode.BIN_TYPE_ERROR);
    }

    @Test
    @DisplayName("a remove from a missing bin is a no-op, and on a missing record answers KEY_NOT_FOUND")
    void removeFromMissing(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));

        Record record = client.operate(
                null, key, MapOperation.removeByKey("m", Value.get("x"), MapReturnType.VALUE), MapOperation.size("m"));
        // Two operations on one bin make the client ask for every op's result: neither has one.
        assertThat(listBin(record, "m")).containsExactly(null, null);
        assertThat(client.get(null, key).bins).containsOnlyKeys("a");

        assertResultCode(
                () -> client.operate(
                        null, set.key("missing"), MapOperation.removeByKey("m", Value.get("x"), MapReturnType.VALUE)),
                ResultCode.KEY_NOT_FOUND_ERROR);
    }

    @Test
    @DisplayName("an update-only no-fail put on a missing bin answers 0 and leaves an empty map")
    void updateOnlyNoFailOnMissingBin(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("a", 1));
        MapPolicy policy = new MapPolicy(MapOrder.UNORDERED, MapWriteFlags.UPDATE_ONLY | MapWriteFlags.NO_FAIL);

        Record record = client.operate(null, key, MapOperation.put(policy, "m", Value.get("k"), Value.get(1)));

        assertThat(record.getLong("m")).isEqualTo(0);
        assertThat(client.get(null, key).getMap("m")).isEmpty();
    }

    @Test
    @DisplayName("a map written as a plain bin is read by index in key order")
    void plainMapBinIsKeyOrdered(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        Map<String, Long> inWriteOrder = new java.util.LinkedHashMap<>();
        inWriteOrder.put("z", 1L);
        inWriteOrder.put("a", 2L);
        inWriteOrder.put("m", 3L);
        client.put(null, key, new Bin("m", inWriteOrder));

        Record record = client.operate(null, key, MapOperation.getByIndexRange("m", 0, MapReturnType.KEY));

        assertThat(listBin(record, "m")).containsExactly("a", "m", "z");
    }
}
