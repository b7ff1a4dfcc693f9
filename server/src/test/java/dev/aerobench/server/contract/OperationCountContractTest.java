package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ListOperationContractTest.listRecord;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.ListOperation;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A node takes at most 32,768 operations in one message, in reads as in writes. */
@ServerContract
@DisplayName("operations per message: at most 32,768, for reads and writes")
class OperationCountContractTest {

    private static final int MAX_OPS = 32 * 1024;

    @Test
    @DisplayName("a read operate of 32,768 list operations runs; one more is a parameter error")
    void readOperationCount(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L, 2L, 3L);

        assertThat(client.operate(null, key, sizes(MAX_OPS)).getList("l")).hasSize(MAX_OPS);
        assertResultCode(() -> client.operate(null, key, sizes(MAX_OPS + 1)), ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("a write operate of more than 32,768 operations is a parameter error and changes nothing")
    void writeOperationCount(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L, 2L, 3L);
        Operation[] appends = new Operation[MAX_OPS + 1];
        Arrays.fill(appends, ListOperation.append("l", Value.get(4)));

        assertResultCode(() -> client.operate(null, key, appends), ResultCode.PARAMETER_ERROR);
        assertThat(client.get(null, key).getList("l")).hasSize(3);
    }

    private static Operation[] sizes(int count) {
        Operation[] operations = new Operation[count];
        Arrays.fill(operations, ListOperation.size("l"));
        return operations;
    }
}
