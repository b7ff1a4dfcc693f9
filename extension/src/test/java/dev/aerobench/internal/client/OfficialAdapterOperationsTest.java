package dev.aerobench.internal.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official adapter's map, list, filter-expression and secondary-index operations, with both
 * default clients, against the embedded server, or against the server that
 * {@code -Daerobench.contract.server=host:port} names (a real node, to check that both agree).
 */
@DisplayName("The official adapter's map, list, filter and query operations")
class OfficialAdapterOperationsTest {

    private static final long TIMEOUT_SECONDS = 30;

    private static EmbeddedAerospikeServer server;
    private static String host;
    private static int port;
    private static ClientArmLoader loader;
    private final List<LoadedArm> arms = new ArrayList<>();
    private final String set = "ops_" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startServer() {
        String external = System.getProperty("aerobench.contract.server", "");
        if (external.isBlank()) {
            server = EmbeddedAerospikeServer.builder().namespaces("test").start();
            host = server.host();
            port = server.port();
        } else {
            host = external.substring(0, external.lastIndexOf(':'));
            port = Integer.parseInt(external.substring(external.lastIndexOf(':') + 1));
        }
        loader = new ClientArmLoader(
                () -> MavenClientResolver.builder().offline(true).build());
    }

    @AfterAll
    static void stopServer() {
        loader.close();
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeArms() {
        arms.forEach(LoadedArm::close);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("increment map entries and append to lists, creating record, bin and entry, sync and async")
    void mapIncrementAndListAppend(String coordinates) throws Exception {
        ClientAdapter adapter = open(coordinates);
        try {
            assertThat(adapter.mapIncrement(set, "k", "counters", "c1", 1)).isEqualTo(1);
            assertThat(adapter.mapIncrement(set, "k", "counters", "c1", 5)).isEqualTo(6);
            assertThat(adapter.mapIncrementAsync(set, "k", "counters", "c0", 2).get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .isEqualTo(2);
            assertThat(adapter.listAppend(set, "k", "events", 10L)).isEqualTo(1);
            assertThat(adapter.listAppendAsync(set, "k", "events", "x").get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .isEqualTo(2);

            Map<String, Object> record = adapter.get(set, "k");

            assertThat(record.get("counters")).isEqualTo(Map.of("c0", 2L, "c1", 6L));
            assertThat(record.get("events")).isEqualTo(List.of(10L, "x"));
        } finally {
            adapter.delete(set, "k");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("read a record only when its bin passes the filter, sync and async")
    void filteredGet(String coordinates) throws Exception {
        ClientAdapter adapter = open(coordinates);
        try {
            adapter.put(set, "k", Map.of("age", 30L));

            assertThat(adapter.getIfAtLeast(set, "k", "age", 30)).containsEntry("age", 30L);
            assertThat(adapter.getIfAtLeast(set, "k", "age", 31)).isNull();
            assertThat(adapter.getIfAtLeast(set, "missing", "age", 0)).isNull();
            assertThat(adapter.getIfAtLeastAsync(set, "k", "age", 0).get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .containsEntry("age", 30L);
            assertThat(adapter.getIfAtLeastAsync(set, "k", "age", 99).get(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .isNull();
        } finally {
            adapter.delete(set, "k");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("query a range of ages through an index it creates and drops, sync and async")
    void queryRange(String coordinates) throws Exception {
        ClientAdapter adapter = open(coordinates);
        String index = set + "_age";
        IntStream.range(0, 30).forEach(i -> adapter.put(set, "k" + i, Map.of("age", (long) i)));
        adapter.createIndex(set, "age", index);
        try {
            List<Map<String, Object>> found = adapter.queryRange(set, "age", 5, 14);
            List<Map<String, Object>> foundAsync =
                    adapter.queryRangeAsync(set, "age", 25, 40).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

            assertThat(found)
                    .extracting(record -> record.get("age"))
                    .containsExactlyInAnyOrder(5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L);
            assertThat(foundAsync)
                    .extracting(record -> record.get("age"))
                    .containsExactlyInAnyOrder(25L, 26L, 27L, 28L, 29L);
        } finally {
            adapter.dropIndex(set, index);
            adapter.dropIndex(set, index); // a second drop finds nothing and says nothing
            IntStream.range(0, 30).forEach(i -> adapter.delete(set, "k" + i));
        }
    }

    private ClientAdapter open(String coordinates) {
        LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates));
        arms.add(arm);
        return arm.openAdapter(new ConnectionSettings(host, port, "test", null, null, false, 64));
    }
}
