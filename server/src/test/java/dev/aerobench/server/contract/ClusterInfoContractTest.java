package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import com.aerospike.client.cluster.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@ServerContract
@DisplayName("Seeding, tending, info commands and truncate")
class ClusterInfoContractTest {

    @Test
    @DisplayName("the client seeds from the server and sees exactly one active node")
    void clientConnects(AerospikeClient client) {
        assertThat(client.isConnected()).isTrue();
        assertThat(client.getNodes()).hasSize(1);
        assertThat(client.getNodes()[0].isActive()).isTrue();
        assertThat(client.getNodeNames()).containsExactly(client.getNodes()[0].getName());
    }

    @EmbeddedOnly("expects exactly the namespaces test and bar")
    @Test
    @DisplayName("namespaces lists the configured namespaces")
    void namespaces(AerospikeClient client) {
        String namespaces = Info.request(null, node(client), "namespaces");

        assertThat(namespaces.split(";")).containsExactlyInAnyOrder("test", "bar");
    }

    @Test
    @DisplayName("status is ok")
    void status(AerospikeClient client) {
        assertThat(Info.request(null, node(client), "status")).isEqualTo("ok");
    }

    @Test
    @DisplayName("build is a four-part Aerospike 8 version and version names it")
    void buildAndVersion(AerospikeClient client) {
        String build = Info.request(null, node(client), "build");
        String version = Info.request(null, node(client), "version");

        assertThat(build).matches("8\\.\\d+\\.\\d+\\.\\d+");
        assertThat(version).startsWith("Aerospike ").endsWith(" build " + build);
    }

    @Test
    @DisplayName("node answers the name the client tends the node by")
    void nodeName(AerospikeClient client) {
        Node node = node(client);

        assertThat(Info.request(null, node, "node")).isEqualTo(node.getName());
    }

    @Test
    @DisplayName("features advertise partition scans, partition queries and the batch-any format")
    void features(AerospikeClient client) {
        String features = Info.request(null, node(client), "features");

        assertThat(features.split(";")).contains("pscans", "pquery", "batch-any");
        assertThat(node(client).hasBatchAny()).isTrue();
        assertThat(node(client).hasPartitionQuery()).isTrue();
    }

    @Test
    @DisplayName("several info commands in one request are all answered")
    void manyCommandsInOneRequest(AerospikeClient client) {
        Map<String, String> values = Info.request(null, node(client), "status", "namespaces", "build");

        assertThat(values).containsOnlyKeys("status", "namespaces", "build");
        assertThat(values.get("status")).isEqualTo("ok");
    }

    @Test
    @DisplayName("info over a fresh socket, as tools do, answers the same")
    void infoOverFreshSocket(ServerAddress server) {
        assertThat(Info.request(server.host(), server.port(), "status")).isEqualTo("ok");
    }

    @Test
    @DisplayName("the client stays connected across many tend cycles")
    void staysConnectedWhileTending(AerospikeClient client, TestSet set) throws InterruptedException {
        Thread.sleep(Duration.ofMillis(2_500));

        assertThat(client.isConnected()).isTrue();
        client.put(null, set.key("k1"), new Bin("a", 1));
        assertThat(client.get(null, set.key("k1"))).isNotNull();
    }

    @EmbeddedOnly("truncation is asynchronous on a real server (once seen keeping 8 of 10 just-written records"
            + " for over 10 s)")
    @Test
    @DisplayName("truncate of a set removes its records and no others")
    void truncateSet(AerospikeClient client, TestSet set, TestSet otherSet) {
        writeRecords(client, set, 10);
        writeRecords(client, otherSet, 3);

        client.truncate(null, set.namespace(), set.name(), null);

        assertThat(scan(client, set.namespace(), set.name())).isEmpty();
        assertThat(scan(client, otherSet.namespace(), otherSet.name())).hasSize(3);
        assertThat(client.get(null, set.key("k0"))).isNull();
    }

    @EmbeddedOnly("truncation is asynchronous on a real server")
    @Test
    @DisplayName("records written after a truncate are kept")
    void writesAfterTruncateSurvive(AerospikeClient client, TestSet set) {
        writeRecords(client, set, 2);
        client.truncate(null, set.namespace(), set.name(), null);

        client.put(null, set.key("k0"), new Bin("after", 1));

        assertThat(client.get(null, set.key("k0")).bins).containsOnlyKeys("after");
        assertThat(scan(client, set.namespace(), set.name())).hasSize(1);
    }

    @EmbeddedOnly("truncation is asynchronous on a real server")
    @Test
    @DisplayName("truncate of a namespace removes every record of that namespace only")
    void truncateNamespace(AerospikeClient client, TestSet set) {
        TestSet inBar = new TestSet(ServerUnderTest.OTHER_NAMESPACE, set.name());
        writeRecords(client, inBar, 5);
        writeRecords(client, set, 2);

        client.truncate(null, ServerUnderTest.OTHER_NAMESPACE, null, null);

        assertThat(scan(client, ServerUnderTest.OTHER_NAMESPACE, null)).isEmpty();
        assertThat(scan(client, set.namespace(), set.name())).hasSize(2);
    }

    @Test
    @DisplayName("truncate with a last-update time removes only records written before it")
    void truncateBeforeLastUpdate(AerospikeClient client, MutableClock clock, TestSet set) {
        client.put(null, set.key("old"), new Bin("a", 1));
        clock.advance(Duration.ofSeconds(10));
        Calendar cutoff = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        cutoff.setTimeInMillis(clock.millis() - 5_000);
        client.put(null, set.key("new"), new Bin("a", 2));

        client.truncate(null, set.namespace(), set.name(), cutoff);

        assertThat(client.exists(null, set.key("old"))).isFalse();
        assertThat(client.exists(null, set.key("new"))).isTrue();
    }

    @Test
    @DisplayName("truncate of a namespace the server does not have is answered ok, as there is nothing to remove")
    void truncateUnknownNamespace(AerospikeClient client, TestSet set) {
        client.put(null, set.key("k1"), new Bin("a", 1));

        client.truncate(null, "nosuchns", null, null);
        client.truncate(null, "nosuchns", set.name(), null);

        assertThat(client.exists(null, set.key("k1"))).isTrue();
    }

    private static Node node(AerospikeClient client) {
        return client.getNodes()[0];
    }

    private static void writeRecords(AerospikeClient client, TestSet set, int count) {
        Arrays.stream(set.keys(count)).forEach(key -> client.put(null, key, new Bin("a", 1)));
    }

    private static List<Key> scan(AerospikeClient client, String namespace, String set) {
        List<Key> keys = new ArrayList<>();
        client.scanAll(null, namespace, set, (key, record) -> {
            synchronized (keys) {
                keys.add(key);
            }
        });
        return keys;
    }
}
