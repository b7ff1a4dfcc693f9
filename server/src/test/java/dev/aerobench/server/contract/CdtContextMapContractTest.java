package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ContractAssertions.mapBin;
import static dev.aerobench.server.contract.ListOperationContractTest.assertThatList;
import static dev.aerobench.server.contract.ListOperationContractTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOrder;
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
 * Map operations inside nested lists and maps: the context walk of {@code CdtContext} hands the
 * inner call to {@code MapOperations}.
 */
@ServerContract
@DisplayName("nested map operations (CTX): a map inside a list or a map, created by mapKeyCreate")
class CdtContextMapContractTest {

    private static final MapPolicy KEY_ORDERED = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT);

    @Test
    @DisplayName("a map inside a list is written and read through a list index or rank")
    void mapInList(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("l", List.of(Map.of("a", 1L), List.of(0L))));

        assertThat(client.operate(
                                null,
                                key,
                                MapOperation.put(KEY_ORDERED, "l", Value.get("b"), Value.get(2), CTX.listIndex(0)))
                        .getLong("l"))
                .isEqualTo(2);
        assertThat(client.operate(
                                null,
                                key,
                                MapOperation.getByKey("l", Value.get("b"), MapReturnType.VALUE, CTX.listRank(-1)))
                        .getLong("l"))
                .isEqualTo(2);

        assertThatList(stored(client, key)).containsExactly(Map.of("a", 1L, "b", 2L), List.of(0L));
        assertResultCode(
                () -> client.operate(null, key, MapOperation.size("l", CTX.listIndex(1))), ResultCode.BIN_TYPE_ERROR);
    }

    @Test
    @DisplayName("a map inside a map is incremented through a map key")
    void mapInMap(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("m", Map.of("inner", Map.of("x", 1L))));

        assertThat(client.operate(
                                null,
                                key,
                                MapOperation.increment(
                                        KEY_ORDERED, "m", Value.get("x"), Value.get(5), CTX.mapKey(Value.get("inner"))))
                        .getLong("m"))
                .isEqualTo(6);

        assertThat(mapBin(client.get(null, key), "m")).containsExactlyEntriesOf(Map.of("inner", Map.of("x", 6L)));
    }

    @Test
    @DisplayName("mapKeyCreate and listIndexCreate build the containers a map put needs")
    void createForMap(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");

        client.operate(
                null,
                key,
                MapOperation.put(
                        KEY_ORDERED,
                        "m",
                        Value.get("k"),
                        Value.get("v"),
                        CTX.mapKeyCreate(Value.get("a"), MapOrder.KEY_ORDERED),
                        CTX.listIndexCreate(0, ListOrder.UNORDERED, false)));

        assertThat(mapBin(client.get(null, key), "m")).containsExactlyEntriesOf(Map.of("a", List.of(Map.of("k", "v"))));
    }
}
