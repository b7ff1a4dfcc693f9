package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.assertResultCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Info;
import com.aerospike.client.ResultCode;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Creating, listing and dropping secondary indexes: the client's {@code createIndex} and
 * {@code dropIndex} (which poll the index's status until it is loaded or gone) and the info
 * commands behind them, with the replies and errors of a real node.
 */
@ServerContract
@DisplayName("Secondary-index info commands")
class SecondaryIndexInfoContractTest {

    @Test
    @DisplayName("createIndex returns once the index is loaded; sindex-list and sindex-exists then show it")
    void createListExists(AerospikeClient client, TestSet set) {
        try (TestIndex index = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            String list = info(client, "sindex-list:ns=" + set.namespace());

            assertThat(list.split(";"))
                    .contains("ns=" + set.namespace() + ":indexname=" + index.name() + ":set=" + set.name()
                            + ":bin=n:type=numeric:indextype=default:context=null:exp=null:state=RW");
            assertThat(info(client, "sindex-exists:ns=" + set.namespace() + ";indexname=" + index.name()))
                    .isEqualTo("true");
            assertThat(info(client, "sindex/" + set.namespace() + "/" + index.name()))
                    .contains("load_pct=100")
                    .startsWith("entries=");
        }
    }

    @Test
    @DisplayName("collection indexes are listed with their index type and value type")
    void collectionIndexesListed(AerospikeClient client, TestSet set) {
        try (TestIndex list = TestIndex.create(client, set, "l", IndexType.STRING, IndexCollectionType.LIST);
                TestIndex keys = TestIndex.create(client, set, "m", IndexType.BLOB, IndexCollectionType.MAPKEYS)) {
            String reply = info(client, "sindex-list:namespace=" + set.namespace());

            assertThat(reply.split(";"))
                    .anySatisfy(entry -> assertThat(entry)
                            .contains(":indexname=" + list.name() + ":")
                            .contains(":bin=l:type=string:indextype=list:"))
                    .anySatisfy(entry -> assertThat(entry)
                            .contains(":indexname=" + keys.name() + ":")
                            .contains(":bin=m:type=blob:indextype=mapkeys:"));
        }
    }

    @Test
    @DisplayName("sindex-stat counts one entry per indexed value")
    void statCountsEntries(AerospikeClient client, TestSet set) {
        client.put(null, set.key("a"), new com.aerospike.client.Bin("n", 1));
        client.put(null, set.key("b"), new com.aerospike.client.Bin("n", 2));
        client.put(null, set.key("c"), new com.aerospike.client.Bin("n", "not a number"));
        try (TestIndex index = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            String stat = info(client, "sindex-stat:ns=" + set.namespace() + ";indexname=" + index.name());

            assertThat(stat).startsWith("entries=2;").contains(";load_pct=100;");
        }
    }

    @Test
    @DisplayName("creating the same index twice succeeds")
    void createTwice(AerospikeClient client, TestSet set) {
        try (TestIndex index = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            client.createIndex(null, set.namespace(), set.name(), index.name(), "n", IndexType.NUMERIC)
                    .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);

            assertThat(info(client, "sindex-exists:ns=" + set.namespace() + ";indexname=" + index.name()))
                    .isEqualTo("true");
        }
    }

    @Test
    @DisplayName("an index name taken by another definition fails with INDEX_ALREADY_EXISTS (200)")
    void nameTakenByOtherDefinition(AerospikeClient client, TestSet set) {
        try (TestIndex index = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            assertResultCode(
                    () -> client.createIndex(null, set.namespace(), set.name(), index.name(), "n", IndexType.STRING),
                    ResultCode.INDEX_ALREADY_EXISTS);
        }
    }

    @Test
    @DisplayName("creating an existing definition under a new name renames the index")
    void sameDefinitionNewNameRenames(AerospikeClient client, TestSet set) {
        try (TestIndex original = TestIndex.create(client, set, "n", IndexType.NUMERIC)) {
            String renamed = original.name() + "_2";
            client.createIndex(null, set.namespace(), set.name(), renamed, "n", IndexType.NUMERIC)
                    .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
            try {
                assertThat(info(client, "sindex-exists:ns=" + set.namespace() + ";indexname=" + renamed))
                        .isEqualTo("true");
                assertThat(info(client, "sindex-exists:ns=" + set.namespace() + ";indexname=" + original.name()))
                        .isEqualTo("false");
            } finally {
                client.dropIndex(null, set.namespace(), set.name(), renamed)
                        .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
            }
        }
    }

    @Test
    @DisplayName("dropIndex removes the index; dropping a missing index succeeds too")
    void dropIndex(AerospikeClient client, TestSet set) {
        TestIndex index = TestIndex.create(client, set, "n", IndexType.NUMERIC);

        index.close();
        index.close();

        assertThat(info(client, "sindex-exists:ns=" + set.namespace() + ";indexname=" + index.name()))
                .isEqualTo("false");
        assertThat(info(client, "sindex/" + set.namespace() + "/" + index.name()))
                .isEqualTo("ERROR:201:no index");
    }

    @Test
    @DisplayName("sindex-create refuses a bad value type, a bad index type and a missing name with the node's errors")
    void createRefusals(AerospikeClient client, TestSet set) {
        String prefix = "sindex-create:ns=" + set.namespace() + ";set=" + set.name() + ";";

        assertThat(info(client, prefix + "indexname=bad_" + set.name() + ";indexdata=n,double"))
                .isEqualTo(
                        "ERROR:4:bad 'indexdata' bin type - must be one of 'numeric', 'string', 'blob', 'geo2dsphere'");
        assertThat(info(client, prefix + "indexname=bad_" + set.name() + ";indextype=foo;indexdata=n,numeric"))
                .isEqualTo("ERROR:4:bad 'indextype' - must be one of 'default', 'list', 'mapkeys', 'mapvalues'");
        assertThat(info(client, prefix + "indexdata=n,numeric")).isEqualTo("ERROR:4:missing 'indexname'");
        assertThat(info(client, prefix + "indexname=bad_" + set.name()))
                .isEqualTo("ERROR:4:both 'indexdata' and 'type' are missing");
        assertThat(info(client, "sindex-create:set=" + set.name() + ";indexname=bad;indexdata=n,numeric"))
                .isEqualTo("ERROR:20:missing 'namespace'");
    }

    @Test
    @DisplayName("the new create syntax (bin=, type=) makes the same index as indexdata=")
    void newCreateSyntax(AerospikeClient client, TestSet set) {
        String name = TestIndex.nameFor(set, "s");
        String reply = info(
                client,
                "sindex-create:namespace=" + set.namespace() + ";set=" + set.name() + ";indexname=" + name
                        + ";bin=s;type=string");
        TestIndex index = new TestIndex(client, set, name);
        try {
            assertThat(reply).isEqualToIgnoringCase("ok");
            assertThat(info(
                            client,
                            "sindex-create:ns=" + set.namespace() + ";set=" + set.name() + ";indexname=" + name
                                    + ";indexdata=s,string"))
                    .isEqualToIgnoringCase("ok");
        } finally {
            index.close();
        }
    }

    @Test
    @DisplayName("sindex-stat and sindex-list of a namespace the node does not have answer namespace not found (20)")
    void unknownNamespace(AerospikeClient client) {
        assertThat(info(client, "sindex-stat:ns=nosuchns;indexname=x"))
                .isEqualTo("ERROR:20:namespace not found on node");
        assertThat(info(client, "sindex-exists:ns=nosuchns;indexname=x"))
                .isEqualTo("ERROR:20:namespace not found on node");
    }

    static String info(AerospikeClient client, String command) {
        Node node = client.getNodes()[0];
        return Info.request(null, node, command);
    }
}
