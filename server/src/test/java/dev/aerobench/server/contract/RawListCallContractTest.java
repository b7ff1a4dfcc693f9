package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static dev.aerobench.server.contract.ListOperationContractTest.assertThatList;
import static dev.aerobench.server.contract.ListOperationContractTest.listRecord;
import static dev.aerobench.server.contract.ListOperationContractTest.stored;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.util.Packer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * List calls no {@code ListOperation} method builds, sent as the raw msgpack payload of a CDT
 * operation: the node's checks of argument counts and kinds, of codes sent as the wrong operation
 * type, and of context pair types.
 */
@ServerContract
@DisplayName("raw list calls: argument, code and context checks")
class RawListCallContractTest {

    private static final int APPEND = 1;
    private static final int GET = 17;
    private static final int CONTEXT = 0xff;

    private static Operation modify(Value... call) {
        return new Operation(Operation.Type.CDT_MODIFY, "l", Value.get(Packer.pack(call)));
    }

    private static Operation read(Value... call) {
        return new Operation(Operation.Type.CDT_READ, "l", Value.get(Packer.pack(call)));
    }

    private static Value[] values(Object... objects) {
        return ListOperationContractTest.values(objects);
    }

    @Test
    @DisplayName("too few or too many arguments, or an argument of the wrong kind, are parameter errors")
    void argumentChecks(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);

        assertResultCode(() -> client.operate(null, key, modify(values(APPEND))), ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(null, key, modify(values(APPEND, 2, 0, 0, 0))), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.operate(null, key, read(values(GET, "x"))), ResultCode.PARAMETER_ERROR);
        assertResultCode(
                () -> client.operate(null, key, modify(Value.get(APPEND), Value.WILDCARD)), ResultCode.PARAMETER_ERROR);
        assertThatList(stored(client, key)).containsExactly(1L);
    }

    @Test
    @DisplayName("a write code sent as a read, a read code sent as a write and an unknown code are parameter errors")
    void codeChecks(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, 1L);

        assertResultCode(() -> client.operate(null, key, read(values(APPEND, 2))), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.operate(null, key, modify(values(GET, 0))), ResultCode.PARAMETER_ERROR);
        assertResultCode(() -> client.operate(null, key, modify(values(14))), ResultCode.PARAMETER_ERROR);
    }

    @Test
    @DisplayName("a context pair of an unknown type is not applicable; a read of a missing bin ignores the call")
    void contextChecks(AerospikeClient client, TestSet set) {
        Key key = listRecord(client, set, List.of(1L));
        Value innerSize = Value.get(List.of(16));

        assertResultCode(
                () -> client.operate(null, key, read(Value.get(CONTEXT), Value.get(List.of(0x14, 0)), innerSize)),
                ResultCode.OP_NOT_APPLICABLE);
        assertThat(client.operate(null, key, read(Value.get(CONTEXT), Value.get(List.of(0x10, 0)), innerSize))
                        .getLong("l"))
                .isEqualTo(1);

        Record record = client.operate(
                null,
                key,
                new Operation(Operation.Type.CDT_READ, "missing", Value.get(new byte[] {(byte) 0xc1})),
                Operation.get("l"));
        assertThat(record.bins).containsOnlyKeys("l");
    }
}
