package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpReadFlags;
import com.aerospike.client.exp.ListExp;
import com.aerospike.client.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("list sub-expressions (ListExp) in filters and expression operations")
class ListExpressionContractTest {

    private static Object eval(AerospikeClient client, Key key, Exp exp) {
        Record record = client.operate(null, key, ExpOperation.read("r", Exp.build(exp), ExpReadFlags.DEFAULT));
        return record.getValue("r");
    }

    @Test
    @DisplayName("size, get by index, get by value range count and a nested context")
    void reads(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("l", List.of(5L, 1L, 9L, List.of(7L, 8L))));

        assertThat(eval(client, key, ListExp.size(Exp.listBin("l")))).isEqualTo(4L);
        assertThat(eval(
                        client,
                        key,
                        ListExp.getByIndex(ListReturnType.VALUE, Exp.Type.INT, Exp.val(2), Exp.listBin("l"))))
                .isEqualTo(9L);
        assertThat(eval(
                        client,
                        key,
                        ListExp.getByValueRange(ListReturnType.COUNT, Exp.val(2), Exp.val(10), Exp.listBin("l"))))
                .isEqualTo(2L);
        assertThat(eval(
                        client,
                        key,
                        ListExp.getByIndex(
                                ListReturnType.VALUE, Exp.Type.INT, Exp.val(1), Exp.listBin("l"), CTX.listIndex(3))))
                .isEqualTo(8L);
    }

    @Test
    @DisplayName("a filter on list contents and a modify-local append")
    void filterAndAppend(AerospikeClient client, TestSet set) {
        Key key = set.key("k1");
        client.put(null, key, new Bin("l", List.of(5L, 1L)));
        Policy policy = new Policy(client.getReadPolicyDefault());
        policy.filterExp =
                Exp.build(Exp.gt(ListExp.getByValue(ListReturnType.COUNT, Exp.val(5), Exp.listBin("l")), Exp.val(0)));

        assertThat(client.get(policy, key)).isNotNull();
        assertThat(eval(client, key, ListExp.size(ListExp.append(ListPolicy.Default, Exp.val(3), Exp.listBin("l")))))
                .isEqualTo(3L);
    }
}
