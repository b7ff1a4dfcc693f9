package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.cdt.MapWriteFlags;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.exp.MapExp;
import com.aerospike.client.policy.Policy;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("map sub-expressions (MapExp) in filters and expression operations")
class MapExpressionContractTest {

    private static final MapPolicy KEY_ORDERED = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT);

    private static Key mapRecord(AerospikeClient client, TestSet set, String userKey, long apples) {
        Key key = set.key(userKey);
        client.operate(
                null,
                key,
                MapOperation.putItems(
                        KEY_ORDERED,
                        "m",
                        Map.of(Value.get("apples"), Value.get(apples), Value.get("pears"), Value.get(3L))));
        return key;
    }

    private static Object eval(AerospikeClient client, Key key, Exp exp) {
        Record record = client.operate(null, key, ExpOperation.read("r", Exp.build(exp), ExpReadFlags.DEFAULT));
        return record.getValue("r");
    }

    @Test
    @DisplayName("size, get by key and get by rank read the map bin")
    void reads(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, "k1", 7);

        assertThat(eval(client, key, MapExp.size(Exp.mapBin("m")))).isEqualTo(2L);
        assertThat(eval(
                        client,
                        key,
                        MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val("apples"), Exp.mapBin("m"))))
                .isEqualTo(7L);
        assertThat(eval(
                        client,
                        key,
                        MapExp.getByRank(MapReturnType.KEY, Exp.Type.STRING, Exp.val(-1), Exp.mapBin("m"))))
                .isEqualTo("apples");
    }

    @Test
    @DisplayName("a filter on a map value lets matching records through")
    void filterOnMapValue(AerospikeClient client, TestSet set) {
        Key many = mapRecord(client, set, "many", 10);
        Key few = mapRecord(client, set, "few", 1);
        Policy policy = new Policy(client.getReadPolicyDefault());
        policy.filterExp = Exp.build(Exp.gt(
                MapExp.getByKey(MapReturnType.VALUE, Exp.Type.INT, Exp.val("apples"), Exp.mapBin("m")), Exp.val(5)));
        policy.failOnFilteredOut = true;

        assertThat(client.get(policy, many)).isNotNull();
        assertResultCode(() -> client.get(policy, few), ResultCode.FILTERED_OUT);
    }

    @Test
    @DisplayName("a modify-local put changes only the expression's copy unless it is written back")
    void modifyLocal(AerospikeClient client, TestSet set) {
        Key key = mapRecord(client, set, "k1", 7);
        Exp withPlums = MapExp.put(KEY_ORDERED, Exp.val("plums"), Exp.val(2), Exp.mapBin("m"));

        assertThat(eval(client, key, MapExp.size(withPlums))).isEqualTo(3L);
        assertThat(client.get(null, key).getMap("m")).hasSize(2);

        client.operate(null, key, ExpOperation.write("m", Exp.build(withPlums), ExpWriteFlags.DEFAULT));
        assertThat(ContractAssertions.mapBin(client.get(null, key), "m"))
                .containsEntry("plums", 2L)
                .hasSize(3);
    }
}
