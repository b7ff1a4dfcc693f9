package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The index trees follow every change of the records they index: the entry count {@code sindex-stat}
 * reports (one per distinct indexed value of a record) after creation, updates, deletes, truncation,
 * renaming and dropping. Queries are covered by the contract suite; this checks the bookkeeping.
 */
@DisplayName("Index trees follow the records they index")
class IndexTreeMaintenanceTest {

    private EmbeddedAerospikeServer server;
    private AerospikeClient client;

    @BeforeEach
    void start() {
        server = EmbeddedAerospikeServer.builder().start();
        client = new AerospikeClient(new ClientPolicy(), server.host(), server.port());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    @DisplayName("creation indexes the existing records; puts, updates and deletes move entries")
    void writesMoveEntries() {
        client.put(null, key(1), new Bin("n", 1));
        client.put(null, key(2), new Bin("n", "text"));
        create("ix", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT);
        assertThat(entries("ix")).isEqualTo(1);

        client.put(null, key(2), new Bin("n", 2));
        client.put(null, key(3), new Bin("n", 3));
        assertThat(entries("ix")).isEqualTo(3);

        client.put(null, key(1), new Bin("n", 10));
        client.put(null, key(3), new Bin("other", 1));
        assertThat(entries("ix")).isEqualTo(3);

        client.delete(null, key(1));
        client.put(null, key(2), Bin.asNull("n"));
        assertThat(entries("ix")).isEqualTo(1);
    }

    @Test
    @DisplayName("a list index holds one entry per distinct element of the indexed type")
    void listEntries() {
        client.put(null, key(1), new Bin("l", List.of(1, 2, 2, "x")));
        create("ix", "l", IndexType.NUMERIC, IndexCollectionType.LIST);
        assertThat(entries("ix")).isEqualTo(2);

        client.put(null, key(1), new Bin("l", List.of(5)));
        client.put(null, key(2), new Bin("l", Map.of(1, 2)));
        assertThat(entries("ix")).isEqualTo(1);
    }

    @Test
    @DisplayName("truncation removes the entries of the records it removes")
    void truncateRemovesEntries() {
        client.put(null, key(1), new Bin("n", 1));
        client.put(null, new Key("test", "kept", 2), new Bin("n", 2));
        create("ix", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT);
        create("all", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT, null);

        client.truncate(null, "test", "s", null);

        assertThat(entries("ix")).isZero();
        assertThat(entries("all")).isEqualTo(1);
    }

    @Test
    @DisplayName("a renamed index keeps its entries; a dropped and re-created one is filled again")
    void renameAndRecreate() {
        client.put(null, key(1), new Bin("n", 1));
        create("ix", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT);

        create("renamed", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT);
        assertThat(entries("renamed")).isEqualTo(1);

        client.dropIndex(null, "test", "s", "renamed").waitTillComplete();
        client.put(null, key(2), new Bin("n", 2));
        create("again", "n", IndexType.NUMERIC, IndexCollectionType.DEFAULT);
        assertThat(entries("again")).isEqualTo(2);
    }

    private void create(String name, String bin, IndexType type, IndexCollectionType collectionType) {
        create(name, bin, type, collectionType, "s");
    }

    private void create(String name, String bin, IndexType type, IndexCollectionType collectionType, String set) {
        client.createIndex(null, "test", set, name, bin, type, collectionType).waitTillComplete();
    }

    private long entries(String name) {
        String stat = Info.request(null, client.getNodes()[0], "sindex/test/" + name);
        assertThat(stat).startsWith("entries=");
        return Long.parseLong(stat.substring("entries=".length(), stat.indexOf(';')));
    }

    private static Key key(int id) {
        return new Key("test", "s", id);
    }
}
