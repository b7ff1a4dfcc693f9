package dev.aerobench.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both default clients, each in its own arm, against the embedded server. */
@DisplayName("Isolated client arms against the embedded server")
class ClientArmServerTest {

    private static final long TIMEOUT_SECONDS = 30;

    private static EmbeddedAerospikeServer server;
    private static ClientArmLoader loader;
    private final List<LoadedArm> arms = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        try (MavenClientResolver online = MavenClientResolver.builder().build()) {
            online.resolve(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_CANDIDATE));
            online.resolve(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_BASELINE));
        }
        server = EmbeddedAerospikeServer.builder().namespaces("test").start();
        loader = new ClientArmLoader(
                () -> MavenClientResolver.builder().offline(true).build());
    }

    @AfterAll
    static void stopServer() {
        loader.close();
        server.close();
    }

    @AfterEach
    void closeArmsAndCheckThreads() {
        arms.forEach(LoadedArm::close);
        assertThat(ClientArmLoaderTest.liveEventLoopThreads())
                .as("event loop threads after close")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("put, get and delete a record with every supported bin type")
    void syncRoundTrip(String coordinates) {
        ClientAdapter adapter = open(coordinates);
        byte[] bytes = {1, 2, 3};

        adapter.put(
                "sync",
                "k1",
                Map.of(
                        "l",
                        42L,
                        "i",
                        7,
                        "d",
                        2.5,
                        "s",
                        "text",
                        "b",
                        bytes,
                        "t",
                        true,
                        "list",
                        List.of(1L, "x"),
                        "map",
                        Map.of("a", 1L)));
        Map<String, Object> read = adapter.get("sync", "k1");

        assertThat(read)
                .containsOnlyKeys("l", "i", "d", "s", "b", "t", "list", "map")
                .containsEntry("list", List.of(1L, "x"))
                .containsEntry("map", Map.of("a", 1L))
                .containsEntry("l", 42L)
                .containsEntry("i", 7L)
                .containsEntry("d", 2.5)
                .containsEntry("s", "text")
                .containsEntry("t", true);
        assertThat((byte[]) read.get("b")).containsExactly(bytes);
        assertThat(adapter.delete("sync", "k1")).isTrue();
        assertThat(adapter.delete("sync", "k1")).isFalse();
        assertThat(adapter.get("sync", "k1")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("batch-read records in key order with null for missing ones, and count a set by scanning")
    void getManyAndScan(String coordinates) {
        ClientAdapter adapter = open(coordinates);
        String set = "many-" + adapter.identity().replace(' ', '-');
        IntStream.range(0, 25).forEach(i -> adapter.put(set, "k" + i, Map.of("n", (long) i)));

        List<Map<String, Object>> read = adapter.getMany(set, List.of("k3", "missing", "k0"));

        assertThat(read).hasSize(3);
        assertThat(read.get(0)).containsEntry("n", 3L);
        assertThat(read.get(1)).isNull();
        assertThat(read.get(2)).containsEntry("n", 0L);
        assertThat(adapter.scan(set)).isEqualTo(25);
        assertThat(adapter.scan("empty-set")).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("complete async puts, gets and batch gets, more of them in flight than the pool allows")
    void asyncOperations(String coordinates) throws Exception {
        ClientAdapter adapter = open(coordinates, 4);
        List<CompletableFuture<Void>> puts = IntStream.range(0, 50)
                .mapToObj(i -> adapter.putAsync("async", "k" + i, Map.of("n", (long) i)))
                .toList();
        CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        Map<String, Object> one = adapter.getAsync("async", "k7").get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, Object> none = adapter.getAsync("async", "missing").get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<Map<String, Object>> many =
                adapter.getManyAsync("async", List.of("k1", "missing", "k49")).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(one).containsEntry("n", 7L);
        assertThat(none).isNull();
        assertThat(many).hasSize(3);
        assertThat(many.get(0)).containsEntry("n", 1L);
        assertThat(many.get(1)).isNull();
        assertThat(many.get(2)).containsEntry("n", 49L);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("reject an unsupported bin value type naming the bin and the allowed types")
    void unsupportedBinType(String coordinates) {
        ClientAdapter adapter = open(coordinates);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> adapter.put("sync", "k", Map.of("when", new java.util.Date())))
                .withMessageContaining("Bin 'when'")
                .withMessageContaining("Long, Integer, Double, String, byte[], Boolean, List or Map");
        assertThat(adapter.putAsync("sync", "k", Map.of("when", new java.util.Date())))
                .failsWithin(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("run both clients side by side, each reading what the other wrote")
    void sideBySide() {
        ClientAdapter jdk21 = open(AerospikeBenchmark.DEFAULT_CANDIDATE);
        ClientAdapter jdk8 = open(AerospikeBenchmark.DEFAULT_BASELINE);

        jdk21.put("shared", "from21", Map.of("v", "a"));
        jdk8.put("shared", "from8", Map.of("v", "b"));

        assertThat(jdk8.get("shared", "from21")).containsEntry("v", "a");
        assertThat(jdk21.get("shared", "from8")).containsEntry("v", "b");
        assertThat(jdk21.identity()).isEqualTo("aerospike-client-jdk21 9.0.4");
        assertThat(jdk8.identity()).isEqualTo("aerospike-client-jdk8 9.2.0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("let a closed arm's class loader be collected even after a scan from this thread")
    void loaderCollectableAfterScan(String coordinates) throws Exception {
        WeakReference<ClassLoader> armLoader = scanAndClose(coordinates);

        for (int i = 0; i < 20 && armLoader.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(armLoader.get()).as("class loader of the closed arm").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("log in with a user and password (the server answers that security is off)")
    void withCredentials(String coordinates) {
        LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates));
        arms.add(arm);
        ClientAdapter adapter = arm.openAdapter(
                new ConnectionSettings(server.host(), server.port(), "test", "bench", "secret", false, 16));

        adapter.put("secure", "k", Map.of("v", 1L));

        assertThat(adapter.get("secure", "k")).containsEntry("v", 1L);
    }

    @Test
    @DisplayName("drive the client on the application class path the same way")
    void applicationClassPathArm() {
        LoadedArm arm = loader.load(ClientArmSpec.applicationClassPath());
        arms.add(arm);
        ClientAdapter adapter = arm.openAdapter(settings(16));

        adapter.put("classpath", "k", Map.of("v", "x"));

        assertThat(adapter.get("classpath", "k")).containsEntry("v", "x");
        assertThat(adapter.getClass().getClassLoader()).isSameAs(arm.classLoader());
        assertThat(adapter.identity()).isEqualTo("aerospike-client-jdk8 9.2.0");
    }

    @Test
    @DisplayName("close an adapter twice without harm")
    void closeIsIdempotent() {
        ClientAdapter adapter = open(AerospikeBenchmark.DEFAULT_BASELINE);

        adapter.close();
        adapter.close();

        assertThat(ClientArmLoaderTest.liveEventLoopThreads()).isEmpty();
    }

    private static WeakReference<ClassLoader> scanAndClose(String coordinates) {
        try (LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates))) {
            ClientAdapter adapter = arm.openAdapter(settings(8));
            adapter.put("collect", "k", Map.of("n", 1L));
            assertThat(adapter.scan("collect")).isEqualTo(1);
            assertThat(adapter.getManyAsync("collect", Arrays.asList("k")))
                    .succeedsWithin(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return new WeakReference<>(arm.classLoader());
        }
    }

    private ClientAdapter open(String coordinates) {
        return open(coordinates, 64);
    }

    private ClientAdapter open(String coordinates, int asyncMaxCommandsInFlight) {
        LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates));
        arms.add(arm);
        return arm.openAdapter(settings(asyncMaxCommandsInFlight));
    }

    private static ConnectionSettings settings(int asyncMaxCommandsInFlight) {
        return new ConnectionSettings(
                server.host(), server.port(), "test", null, null, false, asyncMaxCommandsInFlight);
    }
}
