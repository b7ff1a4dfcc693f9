package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions and accessors the contract classes share. */
final class ContractAssertions {

    private ContractAssertions() {}

    /** Asserts that {@code command} fails with an {@link AerospikeException} carrying {@code resultCode}. */
    static void assertResultCode(ThrowingCallable command, int resultCode) {
        assertThatThrownBy(command)
                .isInstanceOfSatisfying(
                        AerospikeException.class,
                        e -> assertThat(e.getResultCode())
                                .as("result code of %s", e.getMessage())
                                .isEqualTo(resultCode));
    }

    /** A list bin (or the list the client builds from repeated operate results) as {@code List<Object>}. */
    static List<Object> listBin(Record record, String name) {
        return new ArrayList<>(record.getList(name));
    }

    /** A map bin as {@code Map<Object, Object>}. */
    static Map<Object, Object> mapBin(Record record, String name) {
        return new java.util.HashMap<>(record.getMap(name));
    }
}
