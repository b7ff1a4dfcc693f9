package dev.aerobench.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Client arm loader")
class ClientArmLoaderTest {

    private static ClientArmLoader loader;

    @BeforeAll
    static void offlineLoader() {
        try (MavenClientResolver online = MavenClientResolver.builder().build()) {
            online.resolve(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_CANDIDATE));
            online.resolve(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_BASELINE));
        }
        loader = new ClientArmLoader(
                () -> MavenClientResolver.builder().offline(true).build());
    }

    @AfterAll
    static void closeLoader() {
        loader.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AerospikeBenchmark.DEFAULT_CANDIDATE, AerospikeBenchmark.DEFAULT_BASELINE})
    @DisplayName("run the official adapter against the arm's client: a refused connection names client and address")
    void adapterLinksAgainstArmClient(String coordinates) throws IOException {
        int closedPort = unusedPort();
        try (LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates))) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> arm.openAdapter(ConnectionSettings.plain("127.0.0.1", closedPort, "test")))
                    .withMessageStartingWith("Cannot connect " + arm.identity() + " to 127.0.0.1:" + closedPort);
        }
        assertThat(liveEventLoopThreads()).isEmpty();
    }

    @Test
    @DisplayName("define the adapter for the class-path arm in its own loader over the application's client")
    void classPathArm() throws Exception {
        try (LoadedArm arm = loader.load(ClientArmSpec.applicationClassPath())) {
            Class<?> adapter = Class.forName(ClientArmLoader.OFFICIAL_ADAPTER_CLASS, false, arm.classLoader());

            assertThat(arm.identity()).isEqualTo("aerospike-client-jdk8 9.2.0");
            assertThat(adapter.getClassLoader()).isSameAs(arm.classLoader());
            assertThat(arm.classLoader().getParent()).isSameAs(ClientArmLoader.class.getClassLoader());
            assertThat(Class.forName(ClientArmLoader.CLIENT_CLASS, false, arm.classLoader()))
                    .isSameAs(com.aerospike.client.AerospikeClient.class);
        }
    }

    @Test
    @DisplayName("create a custom adapter with its ConnectionSettings constructor and close it with the arm")
    void customAdapter() {
        ConnectionSettings settings = ConnectionSettings.plain("db.example", 3000, "bench");
        LoadedArm arm = loader.load(ClientArmSpec.customAdapter(RecordingAdapter.class));

        RecordingAdapter adapter = (RecordingAdapter) arm.openAdapter(settings);
        arm.close();
        arm.close();

        assertThat(adapter.settings).isEqualTo(settings);
        assertThat(adapter.closeCalls).isEqualTo(1);
        assertThat(arm.identity()).startsWith(RecordingAdapter.class.getName() + " (aerospike-client-jdk8 9.2.0");
        assertThat(arm.classLoader()).isSameAs(RecordingAdapter.class.getClassLoader());
        assertThatIllegalStateException()
                .isThrownBy(() -> arm.openAdapter(settings))
                .withMessageContaining("closed");
    }

    @Test
    @DisplayName("forget an adapter closed before the arm: it is closed once, and not kept until the arm closes")
    void adapterClosedEarly() {
        ConnectionSettings settings = ConnectionSettings.plain("db.example", 3000, "bench");
        LoadedArm arm = loader.load(ClientArmSpec.customAdapter(RecordingAdapter.class));
        RecordingAdapter early = (RecordingAdapter) arm.openAdapter(settings);
        RecordingAdapter late = (RecordingAdapter) arm.openAdapter(settings);

        arm.closeAdapter(early);
        assertThat(early.closeCalls).isEqualTo(1);
        assertThat(late.closeCalls).isZero();
        arm.close();

        assertThat(early.closeCalls).as("closed again with the arm").isEqualTo(1);
        assertThat(late.closeCalls).isEqualTo(1);
    }

    @Test
    @DisplayName("reject a custom adapter without a (ConnectionSettings) constructor, saying which one is needed")
    void customAdapterWithoutConstructor() {
        assertThatThrownBy(() -> loader.load(ClientArmSpec.customAdapter(NoSettingsConstructorAdapter.class)))
                .isInstanceOf(ClientResolutionException.class)
                .hasMessageContaining(NoSettingsConstructorAdapter.class.getName())
                .hasMessageContaining(
                        "public constructor NoSettingsConstructorAdapter(" + ConnectionSettings.class.getName() + ")");
    }

    @Test
    @DisplayName("refuse Maven coordinates that are not an Aerospike client")
    void notAClient() {
        ClientArmLoader online = new ClientArmLoader();
        try (online) {
            assertThatThrownBy(() -> online.load(ClientArmSpec.maven("org.yaml:snakeyaml:2.4")))
                    .isInstanceOf(ClientResolutionException.class)
                    .hasMessageContaining("org.yaml:snakeyaml:2.4 resolved, but its jars do not provide "
                            + ClientArmLoader.CLIENT_CLASS);
        }
    }

    @Test
    @DisplayName("read 'classpath', Maven coordinates or an adapter class name")
    void parsesSpecs() {
        ClassLoader classLoader = getClass().getClassLoader();

        assertThat(ClientArmSpec.parse(" classpath ", classLoader)).isEqualTo(ClientArmSpec.applicationClassPath());
        assertThat(ClientArmSpec.parse(AerospikeBenchmark.DEFAULT_CANDIDATE, classLoader))
                .isEqualTo(ClientArmSpec.maven(AerospikeBenchmark.DEFAULT_CANDIDATE));
        assertThat(ClientArmSpec.parse(RecordingAdapter.class.getName(), classLoader))
                .isEqualTo(ClientArmSpec.customAdapter(RecordingAdapter.class));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientArmSpec.parse("com.example.Missing", classLoader))
                .withMessageContaining("neither 'classpath', nor Maven coordinates");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientArmSpec.parse(String.class.getName(), classLoader))
                .withMessageContaining("does not implement " + ClientAdapter.class.getName());
    }

    @Test
    @DisplayName("let a closed Maven arm's class loader be garbage collected")
    void loaderCollectableAfterClose() throws Exception {
        WeakReference<ClassLoader> armLoader = loadUseAndClose(AerospikeBenchmark.DEFAULT_BASELINE);

        for (int i = 0; i < 20 && armLoader.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(armLoader.get()).as("class loader of the closed arm").isNull();
    }

    private static WeakReference<ClassLoader> loadUseAndClose(String coordinates) throws IOException {
        int closedPort = unusedPort();
        try (LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates))) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> arm.openAdapter(ConnectionSettings.plain("127.0.0.1", closedPort, "test")));
            return new WeakReference<>(arm.classLoader());
        }
    }

    static List<String> liveEventLoopThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("aerospike-nio-event-loop"))
                .toList();
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Records what the arm does with it. */
    public static final class RecordingAdapter implements ClientAdapter {
        final ConnectionSettings settings;
        int closeCalls;

        public RecordingAdapter(ConnectionSettings settings) {
            this.settings = settings;
        }

        @Override
        public String identity() {
            return "recording";
        }

        @Override
        public void put(String set, String key, Map<String, Object> bins) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> get(String set, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Map<String, Object>> getMany(String set, List<String> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long scan(String set) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(String set, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closeCalls++;
        }
    }

    /** Lacks the constructor aerobench needs. */
    public abstract static class NoSettingsConstructorAdapter implements ClientAdapter {
        public NoSettingsConstructorAdapter() {}
    }
}
