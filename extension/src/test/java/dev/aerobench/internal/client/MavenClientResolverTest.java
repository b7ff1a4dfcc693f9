package dev.aerobench.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.AerospikeBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolves the two default clients for real: from the user's local repository, fetching from Maven
 * Central what is not there yet (as the build itself does).
 */
@DisplayName("Maven client resolver")
class MavenClientResolverTest {

    private static final ClientCoordinates JDK21 = ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_CANDIDATE);
    private static final ClientCoordinates JDK8 = ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_BASELINE);
    private static final ClientCoordinates UNKNOWN =
            ClientCoordinates.parse("com.aerospike:aerospike-client-jdk21:0.0.0-no-such-version");

    private static Path userLocalRepository;

    @BeforeAll
    static void resolveDefaultsOnline() {
        try (MavenClientResolver resolver = MavenClientResolver.builder().build()) {
            resolver.resolve(JDK21);
            resolver.resolve(JDK8);
            userLocalRepository = resolver.localRepository();
        }
    }

    @Test
    @DisplayName("resolve the jdk21 client to its jar, gnu-crypto and luaj-jse")
    void resolvesJdk21Client() {
        try (MavenClientResolver resolver = MavenClientResolver.builder().build()) {
            ResolvedClient client = resolver.resolve(JDK21);

            assertThat(client.clientJar().getFileName()).hasToString("aerospike-client-jdk21-9.0.4.jar");
            assertThat(fileNames(client.jars()))
                    .startsWith("aerospike-client-jdk21-9.0.4.jar")
                    .contains("gnu-crypto-2.0.1.jar", "luaj-jse-3.0.1.jar")
                    .doesNotContain("snakeyaml-2.4.jar");
            assertThat(client.jars()).allSatisfy(jar -> assertThat(jar).isRegularFile());
        }
    }

    @Test
    @DisplayName("resolve the jdk8 client to its jar, gnu-crypto, luaj-jse and snakeyaml")
    void resolvesJdk8Client() {
        try (MavenClientResolver resolver = MavenClientResolver.builder().build()) {
            ResolvedClient client = resolver.resolve(JDK8);

            assertThat(fileNames(client.jars()))
                    .startsWith("aerospike-client-jdk8-9.2.0.jar")
                    .contains("gnu-crypto-2.0.1.jar", "luaj-jse-3.0.1.jar", "snakeyaml-2.4.jar");
        }
    }

    @Test
    @DisplayName("resolve offline from the local repository named in the settings")
    void resolvesOfflineFromLocalRepository(@TempDir Path dir) throws IOException {
        Path settings = writeSettings(
                dir, "<localRepository>" + userLocalRepository + "</localRepository>" + "<offline>true</offline>");

        try (MavenClientResolver resolver = MavenClientResolver.builder()
                .userSettingsFile(settings)
                .globalSettingsFile(null)
                .build()) {
            assertThat(resolver.offline()).isTrue();
            assertThat(resolver.localRepository()).isEqualTo(userLocalRepository);

            assertThat(fileNames(resolver.resolve(JDK21).jars())).startsWith("aerospike-client-jdk21-9.0.4.jar");
            assertThat(fileNames(resolver.resolve(JDK8).jars())).startsWith("aerospike-client-jdk8-9.2.0.jar");
        }
    }

    @Test
    @DisplayName("prefer -Dmaven.repo.local over the settings' local repository, as Maven does")
    void repoLocalPropertyWins(@TempDir Path dir) throws IOException {
        Path settings = writeSettings(dir, "<localRepository>" + dir.resolve("from-settings") + "</localRepository>");
        // The build itself may run with -Dmaven.repo.local: set and clear the property here, and
        // restore whatever it was afterwards.
        String previous = System.getProperty(MavenSettingsReader.LOCAL_REPOSITORY_PROPERTY);
        try {
            System.setProperty(
                    MavenSettingsReader.LOCAL_REPOSITORY_PROPERTY,
                    dir.resolve("from-property").toString());
            try (MavenClientResolver resolver = MavenClientResolver.builder()
                    .userSettingsFile(settings)
                    .globalSettingsFile(null)
                    .build()) {
                assertThat(resolver.localRepository()).isEqualTo(dir.resolve("from-property"));
            }
            System.clearProperty(MavenSettingsReader.LOCAL_REPOSITORY_PROPERTY);
            try (MavenClientResolver resolver = MavenClientResolver.builder()
                    .userSettingsFile(settings)
                    .globalSettingsFile(null)
                    .build()) {
                assertThat(resolver.localRepository()).isEqualTo(dir.resolve("from-settings"));
            }
        } finally {
            if (previous == null) {
                System.clearProperty(MavenSettingsReader.LOCAL_REPOSITORY_PROPERTY);
            } else {
                System.setProperty(MavenSettingsReader.LOCAL_REPOSITORY_PROPERTY, previous);
            }
        }
    }

    @Test
    @DisplayName("send remote requests to the mirror the settings declare for central")
    void honoursMirror(@TempDir Path dir) throws IOException {
        Path settings = writeSettings(
                dir,
                "<mirrors><mirror><id>company</id><mirrorOf>*</mirrorOf>"
                        + "<url>https://repo.example.invalid/maven2/</url></mirror></mirrors>");

        try (MavenClientResolver resolver = MavenClientResolver.builder()
                .userSettingsFile(settings)
                .globalSettingsFile(null)
                .build()) {
            assertThat(resolver.remoteRepositories()).containsExactly("company (https://repo.example.invalid/maven2/)");
        }
    }

    @Test
    @DisplayName("fail offline for a missing artifact naming coordinates, local repository and fix")
    void unknownCoordinatesOffline(@TempDir Path emptyRepository) {
        try (MavenClientResolver resolver = MavenClientResolver.builder()
                .localRepository(emptyRepository)
                .offline(true)
                .build()) {
            assertThatThrownBy(() -> resolver.resolve(JDK21))
                    .isInstanceOf(ClientResolutionException.class)
                    .hasMessageContaining("Cannot resolve the client " + JDK21)
                    .hasMessageContaining(emptyRepository.toString())
                    .hasMessageContaining("offline")
                    .hasMessageContaining("mvn dependency:get -Dartifact=" + JDK21);
        }
    }

    @Test
    @DisplayName("fail online for unknown coordinates naming the repositories tried and the fix")
    void unknownCoordinatesOnline(@TempDir Path emptyRepository) {
        try (MavenClientResolver resolver = MavenClientResolver.builder()
                .localRepository(emptyRepository)
                .offline(false)
                .build()) {
            assertThatThrownBy(() -> resolver.resolve(UNKNOWN))
                    .isInstanceOf(ClientResolutionException.class)
                    .hasMessageContaining("Cannot resolve the client " + UNKNOWN)
                    .hasMessageContaining(emptyRepository.toString())
                    .hasMessageContaining("central (" + MavenClientResolver.MAVEN_CENTRAL_URL + ")")
                    .hasMessageContaining("Check the coordinates")
                    .hasMessageContaining(
                            MavenClientResolver.MAVEN_CENTRAL_URL + "com/aerospike/aerospike-client-jdk21/");
        }
    }

    @Test
    @DisplayName("fail on an unreadable settings file naming the file")
    void brokenSettings(@TempDir Path dir) throws IOException {
        Path settings = Files.writeString(dir.resolve("settings.xml"), "<settings><offline>maybe");

        assertThatThrownBy(() ->
                        MavenClientResolver.builder().userSettingsFile(settings).build())
                .isInstanceOf(ClientResolutionException.class)
                .hasMessageContaining(settings.toString())
                .hasMessageContaining("Fix the file");
    }

    static List<String> fileNames(List<Path> jars) {
        return jars.stream().map(jar -> jar.getFileName().toString()).toList();
    }

    private static Path writeSettings(Path dir, String body) throws IOException {
        return Files.writeString(dir.resolve("settings.xml"), "<settings>" + body + "</settings>");
    }
}
