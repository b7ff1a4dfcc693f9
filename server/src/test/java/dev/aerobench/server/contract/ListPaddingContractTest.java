package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ListOperationContractTest.listRecord;
import static dev.aerobench.server.contract.ListOperationContractTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListPolicy;
import com.aerospike.client.exp.Exp;
import com.aerospike.client.exp.ExpOperation;
import com.aerospike.client.exp.ExpWriteFlags;
import com.aerospike.client.exp.Expression;
import com.aerospike.client.exp.ListExp;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Lists padded with nils past their end: every element takes at least a byte, so a list padded
 * past the record size limit can never be stored, however the padding is spread over operations
 * or context levels.
 */
@ServerContract
@DisplayName("list padding: past the record size limit a write is refused, whether by one operation or many")
class ListPaddingContractTest {

    private static final int PAD = 900_000;
    private static final int STEPS = 24;

    @Test
    @DisplayName("padding within the limit works; many padding inserts in one request are refused as too big")
    void paddingInsertsInOneRequest(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);
        Operation[] inserts = IntStream.rangeClosed(1, STEPS)
                .mapToObj(i -> ListOperation.insert("l", i * PAD, Value.get(i)))
                .toArray(Operation[]::new);

        assertResultCode(() -> client.operate(null, key, inserts), ResultCode.RECORD_TOO_BIG);
        assertThat(stored(client, key)).isEqualTo(List.of(1L));
        client.operate(null, key, ListOperation.insert("l", PAD, Value.get(2)));
        assertThat(stored(client, key)).hasSize(PAD + 1);
    }

    @Test
    @DisplayName("context levels that each create a padded list are refused together when their padding is too big")
    void paddingOverContextLevels(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);
        CTX[] levels = IntStream.range(0, STEPS)
                .mapToObj(i -> CTX.listIndexCreate(PAD, ListOrder.UNORDERED, true))
                .toArray(CTX[]::new);

        assertResultCode(
                () -> client.operate(null, key, ListOperation.append("l", Value.get(7), levels)),
                ResultCode.RECORD_TOO_BIG);
        assertThat(stored(client, key)).isEqualTo(List.of(1L));
    }

    @Test
    @DisplayName("modify-local list inserts in a write expression cannot pad past the limit either")
    void paddingInExpression(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);
        Exp list = Exp.listBin("l");
        for (int i = 1; i <= STEPS; i++) {
            list = ListExp.insert(ListPolicy.Default, Exp.val(i * PAD), Exp.val(i), list);
        }
        Expression padded = Exp.build(list);

        assertResultCode(
                () -> client.operate(null, key, ExpOperation.write("l", padded, ExpWriteFlags.DEFAULT)),
                ResultCode.RECORD_TOO_BIG);
        assertThat(stored(client, key)).isEqualTo(List.of(1L));
    }
}
