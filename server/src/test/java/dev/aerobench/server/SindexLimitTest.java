package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Info;
import com.aerospike.client.cluster.Node;
import com.aerospike.client.policy.ClientPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A namespace holds at most 256 index definitions, as on a real node (its {@code MAX_N_SINDEXES});
 * not a contract case, as filling a shared real node's namespace would break other tests.
 */
@DisplayName("The limit of 256 secondary indexes per namespace")
class SindexLimitTest {

    @Test
    @DisplayName("the 257th definition fails with 206; renaming one at the limit is still allowed")
    void limit() {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start();
                AerospikeClient client = new AerospikeClient(new ClientPolicy(), server.host(), server.port())) {
            Node node = client.getNodes()[0];
            for (int i = 0; i < SecondaryIndexes.MAX_PER_NAMESPACE; i++) {
                assertThat(Info.request(null, node, create("ix" + i, "b" + i))).isEqualTo("ok");
            }

            assertThat(Info.request(null, node, create("one_more", "extra")))
                    .isEqualTo("ERROR:206:already at sindex definition limit");
            assertThat(Info.request(null, node, create("renamed", "b0"))).isEqualTo("ok");
            assertThat(Info.request(null, node, "sindex-exists:ns=test;indexname=renamed"))
                    .isEqualTo("true");
        }
    }

    private static String create(String name, String bin) {
        return "sindex-create:ns=test;set=s;indexname=" + name + ";indexdata=" + bin + ",numeric";
    }
}
