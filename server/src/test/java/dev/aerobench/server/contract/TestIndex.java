package dev.aerobench.server.contract;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;

/**
 * A secondary index on one test set, created through the client (waiting until the server says it
 * is loaded) and dropped on close: index names are namespace-wide on a real server and a namespace
 * holds at most 256 of them, so every test drops what it created.
 *
 * @param client the client that created it
 * @param set the set it indexes
 * @param name its name, unique like the set's
 */
record TestIndex(AerospikeClient client, TestSet set, String name) implements AutoCloseable {

    static TestIndex create(
            AerospikeClient client,
            TestSet set,
            String bin,
            IndexType type,
            IndexCollectionType collectionType,
            CTX... context) {
        String name = nameFor(set, bin);
        client.createIndex(null, set.namespace(), set.name(), name, bin, type, collectionType, context)
                .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
        return new TestIndex(client, set, name);
    }

    static TestIndex create(AerospikeClient client, TestSet set, String bin, IndexType type) {
        return create(client, set, bin, type, IndexCollectionType.DEFAULT);
    }

    /** A name unique to this set and bin. */
    static String nameFor(TestSet set, String bin) {
        return "ix_" + bin + "_" + set.name();
    }

    @Override
    public void close() {
        client.dropIndex(null, set.namespace(), set.name(), name)
                .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
    }
}
