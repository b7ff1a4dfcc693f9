package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Indexes on nested elements: a CDT context leads from the bin's list or map to the indexed element. */
@ServerContract
@DisplayName("Secondary indexes on nested elements (CDT context)")
class SecondaryIndexContextContractTest {

    @Test
    @DisplayName("an index on a map key's value serves Filter.equal with the same context")
    void mapKeyContext(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("doc", Map.of("age", 30, "name", "x")));
        client.put(null, set.key("b"), new Bin("doc", Map.of("age", 31)));
        client.put(null, set.key("c"), new Bin("doc", Map.of("other", 30)));
        CTX age = CTX.mapKey(Value.get("age"));
        try (TestIndex ignored =
                TestIndex.create(client, set, "doc", IndexType.NUMERIC, IndexCollectionType.DEFAULT, age)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(client, set, Filter.equal("doc", 30, age));

            assertThat(rows.digests()).containsExactlyElementsOf(digestsOf(set.key("a")));
        }
    }

    @Test
    @DisplayName("a LIST index under a list-index context indexes the elements of that inner list")
    void listIndexContext(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("l", List.of(List.of(1, 2), List.of(3))));
        client.put(null, set.key("b"), new Bin("l", List.of(List.of(3), List.of(2))));
        client.put(null, set.key("c"), new Bin("l", List.of(List.of(5, 2))));
        CTX first = CTX.listIndex(0);
        try (TestIndex ignored =
                TestIndex.create(client, set, "l", IndexType.NUMERIC, IndexCollectionType.LIST, first)) {
            ScannedRecords rows = SecondaryIndexQueryContractTest.query(
                    client, set, Filter.contains("l", IndexCollectionType.LIST, 2, first));

            assertThat(rows.digests()).containsExactlyInAnyOrderElementsOf(digestsOf(set.key("a"), set.key("c")));
        }
    }

    @Test
    @DisplayName("a query with another context than the index's finds no index (201)")
    void otherContext(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new Bin("doc", Map.of("age", 30)));
        com.aerospike.client.policy.QueryPolicy once =
                new com.aerospike.client.policy.QueryPolicy(client.getQueryPolicyDefault());
        once.maxRetries = 0;
        try (TestIndex ignored = TestIndex.create(
                client, set, "doc", IndexType.NUMERIC, IndexCollectionType.DEFAULT, CTX.mapKey(Value.get("age")))) {
            ContractAssertions.assertResultCode(
                    () -> ScannedRecords.drain(client.query(
                            once,
                            SecondaryIndexQueryContractTest.statement(
                                    set, Filter.equal("doc", 30, CTX.mapKey(Value.get("years")))))),
                    com.aerospike.client.ResultCode.INDEX_NOTFOUND);
        }
    }

    @Test
    @DisplayName("sindex-create refuses a context that is not a CDT context")
    void invalidContext(AerospikeClient client, TestSet set) {
        // msgpack [0x55, 1]: 0x55 is no context step type.
        String context = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x92, 0x55, 0x01});

        assertThat(SecondaryIndexInfoContractTest.info(
                        client,
                        "sindex-create:ns=" + set.namespace() + ";set=" + set.name() + ";indexname=bad_" + set.name()
                                + ";context=" + context + ";indexdata=doc,numeric"))
                .isEqualTo("ERROR:4:'context' invalid cdt context");
    }
}
