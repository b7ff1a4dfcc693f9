package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Queries that name their index ({@code Filter.equalByIndex} and friends, jdk8 client 9.2 only, so
 * not in the contract suite that also runs with the jdk21 client): the INDEX_NAME field with an
 * empty bin name. The expected answers are what a real CE 8.1.2.0 node gave for the same calls.
 */
@DisplayName("Queries naming their index")
class IndexNameQueryTest {

    private static final String SET = "byname";
    private static EmbeddedAerospikeServer server;
    private static AerospikeClient client;

    @BeforeAll
    static void start() {
        server = EmbeddedAerospikeServer.builder().start();
        client = new AerospikeClient(new ClientPolicy(), server.host(), server.port());
        for (int i = 0; i < 6; i++) {
            client.put(null, new Key("test", SET, i), new Bin("n", i % 2), new Bin("s", "x" + i % 2));
        }
        client.createIndex(null, "test", SET, "ix_byname", "n", IndexType.NUMERIC)
                .waitTillComplete();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    @DisplayName("equalByIndex and rangeByIndex use the named index")
    void byName() {
        assertThat(rows(Filter.equalByIndex("ix_byname", 1))).isEqualTo(3);
        assertThat(rows(Filter.rangeByIndex("ix_byname", 0, 5))).isEqualTo(6);
    }

    @Test
    @DisplayName("a string value against a numeric index matches nothing")
    void otherValueType() {
        assertThat(rows(Filter.equalByIndex("ix_byname", "x1"))).isZero();
    }

    @Test
    @DisplayName("an unknown index name fails with INDEX_NOTFOUND (201)")
    void unknownName() {
        assertThatThrownBy(() -> rows(Filter.equalByIndex("nosuch", 1)))
                .isInstanceOfSatisfying(
                        AerospikeException.class,
                        e -> assertThat(e.getResultCode()).isEqualTo(201));
    }

    private static int rows(Filter filter) {
        QueryPolicy once = new QueryPolicy();
        once.maxRetries = 0;
        Statement statement = new Statement();
        statement.setNamespace("test");
        statement.setSetName(SET);
        statement.setFilter(filter);
        int rows = 0;
        try (RecordSet recordSet = client.query(once, statement)) {
            while (recordSet.next()) {
                rows++;
            }
        }
        return rows;
    }
}
