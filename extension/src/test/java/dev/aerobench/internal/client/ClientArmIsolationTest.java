package dev.aerobench.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two default clients, each in its own arm, while this test's own class path holds the jdk8 client
 * (a provided dependency of the extension): the arms must never see that one.
 */
@DisplayName("Isolated client arms")
class ClientArmIsolationTest {

    private static ClientArmLoader loader;
    private static LoadedArm jdk21;
    private static LoadedArm jdk8;

    @BeforeAll
    static void loadArms() {
        // Offline: the arms come from the local repository (MavenClientResolverTest fetches what is missing).
        try (MavenClientResolver online = MavenClientResolver.builder().build()) {
            online.resolve(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_CANDIDATE));
            online.resolve(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_BASELINE));
        }
        loader = new ClientArmLoader(
                () -> MavenClientResolver.builder().offline(true).build());
        jdk21 = loader.load(ClientArmSpec.maven(AerospikeBenchmark.DEFAULT_CANDIDATE));
        jdk8 = loader.load(ClientArmSpec.maven(AerospikeBenchmark.DEFAULT_BASELINE));
    }

    @AfterAll
    static void closeArms() {
        jdk21.close();
        jdk8.close();
        loader.close();
    }

    @Test
    @DisplayName("name each arm after its client jar")
    void identities() {
        assertThat(jdk21.identity()).isEqualTo("aerospike-client-jdk21 9.0.4");
        assertThat(jdk8.identity()).isEqualTo("aerospike-client-jdk8 9.2.0");
        assertThat(jdk21.clientJar())
                .get()
                .extracting(Path::getFileName)
                .hasToString("aerospike-client-jdk21-9.0.4.jar");
        assertThat(jdk8.clientJar()).get().extracting(Path::getFileName).hasToString("aerospike-client-jdk8-9.2.0.jar");
    }

    @Test
    @DisplayName("load a distinct AerospikeClient class per arm, from that arm's jar, never the class-path one")
    void distinctClientClasses() throws Exception {
        Class<?> fromJdk21 = Class.forName(ClientArmLoader.CLIENT_CLASS, false, jdk21.classLoader());
        Class<?> fromJdk8 = Class.forName(ClientArmLoader.CLIENT_CLASS, false, jdk8.classLoader());

        assertThat(fromJdk21).isNotSameAs(fromJdk8);
        assertThat(fromJdk21).isNotSameAs(com.aerospike.client.AerospikeClient.class);
        assertThat(fromJdk8).isNotSameAs(com.aerospike.client.AerospikeClient.class);
        assertThat(fromJdk21.getClassLoader()).isSameAs(jdk21.classLoader());
        assertThat(fromJdk8.getClassLoader()).isSameAs(jdk8.classLoader());
        assertThat(codeSource(fromJdk21)).isEqualTo(jdk21.clientJar().orElseThrow());
        assertThat(codeSource(fromJdk8)).isEqualTo(jdk8.clientJar().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"gnu.crypto.hash.RipeMD160", "org.luaj.vm2.LuaValue", "com.aerospike.client.Value"})
    @DisplayName("load the client's dependencies from the arm's own jars")
    void dependenciesPerArm(String className) throws Exception {
        Class<?> fromJdk21 = Class.forName(className, false, jdk21.classLoader());
        Class<?> fromJdk8 = Class.forName(className, false, jdk8.classLoader());

        assertThat(fromJdk21).isNotSameAs(fromJdk8).isNotSameAs(Class.forName(className));
        assertThat(jdk21.jars()).contains(codeSource(fromJdk21));
        assertThat(jdk8.jars()).contains(codeSource(fromJdk8));
    }

    @Test
    @DisplayName("define the official adapter inside each arm, linked against that arm's client")
    void adapterDefinedPerArm() throws Exception {
        Class<?> adapterIn21 = Class.forName(ClientArmLoader.OFFICIAL_ADAPTER_CLASS, true, jdk21.classLoader());
        Class<?> adapterIn8 = Class.forName(ClientArmLoader.OFFICIAL_ADAPTER_CLASS, true, jdk8.classLoader());

        assertThat(adapterIn21.getClassLoader()).isSameAs(jdk21.classLoader());
        assertThat(adapterIn8.getClassLoader()).isSameAs(jdk8.classLoader());
        assertThat(adapterIn21).isNotSameAs(adapterIn8).isNotSameAs(OfficialClientAdapter.class);
        Class<?> clientSeenByAdapter = adapterIn21.getDeclaredField("client").getType();
        assertThat(clientSeenByAdapter)
                .isSameAs(Class.forName(ClientArmLoader.CLIENT_CLASS, false, jdk21.classLoader()));
    }

    @Test
    @DisplayName("share exactly the dev.aerobench.adapter API with the extension")
    void sharesTheAdapterApi() throws Exception {
        for (LoadedArm arm : new LoadedArm[] {jdk21, jdk8}) {
            assertThat(Class.forName(ClientAdapter.class.getName(), false, arm.classLoader()))
                    .isSameAs(ClientAdapter.class);
            assertThat(Class.forName(ConnectionSettings.class.getName(), false, arm.classLoader()))
                    .isSameAs(ConnectionSettings.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "dev.aerobench.internal.client.ClientArmLoader",
                "org.junit.jupiter.api.Test",
                "org.assertj.core.api.Assertions",
                "org.eclipse.aether.RepositorySystem",
                "org.yaml.snakeyaml.Yaml" /* on the test class path and in the jdk8 arm, not in the jdk21 arm */
            })
    @DisplayName("hide the rest of the application class path from an arm")
    void hidesApplicationClasses(String className) throws Exception {
        Class.forName(className);

        assertThatThrownBy(() -> Class.forName(className, false, jdk21.classLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    @DisplayName("recognise the same client jar and tell different clients apart")
    void sameClient() {
        try (LoadedArm jdk8Again = loader.load(ClientArmSpec.maven(AerospikeBenchmark.DEFAULT_BASELINE));
                LoadedArm classPath = loader.load(ClientArmSpec.applicationClassPath())) {
            assertThat(jdk21.sameClientAs(jdk8)).isFalse();
            assertThat(jdk8.sameClientAs(jdk8Again)).isTrue();
            assertThat(jdk8.sameClientAs(classPath)).isTrue();
            assertThat(jdk21.sameClientAs(classPath)).isFalse();
        }
    }

    private static Path codeSource(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
