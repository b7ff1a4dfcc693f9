package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

@DisplayName("The container server")
class ContainerServerTest {

    @Test
    @DisplayName("lets auto fall back on the embedded server, instead of failing, when Testcontainers is absent")
    void withoutTestcontainers() throws Exception {
        List<String> classPath =
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(classPath).as("the test itself has Testcontainers").anyMatch(ContainerServerTest::isTestcontainers);
        URL[] withoutTestcontainers = classPath.stream()
                .filter(entry -> !isTestcontainers(entry))
                .map(ContainerServerTest::url)
                .toArray(URL[]::new);

        try (URLClassLoader loader = new URLClassLoader(withoutTestcontainers, ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource("org/testcontainers/DockerClientFactory.class"))
                    .isNull();
            @SuppressWarnings("unchecked")
            Supplier<String> probe = (Supplier<String>) loader.loadClass(AutoServerProbe.class.getName())
                    .getDeclaredConstructor()
                    .newInstance();

            assertThat(probe.get()).isEqualTo("EMBEDDED");
        }
    }

    /** Resolves {@link ServerKind#AUTO} as the extension does, with nothing configured; loaded without Testcontainers. */
    public static final class AutoServerProbe implements Supplier<String> {
        @Override
        public String get() {
            ExtensionContext nothingConfigured = (ExtensionContext) Proxy.newProxyInstance(
                    ExtensionContext.class.getClassLoader(),
                    new Class<?>[] {ExtensionContext.class},
                    (proxy, method, args) ->
                            method.getReturnType() == Optional.class ? Optional.empty() : Object.class);
            return new ServerProvider(new ConfigurationReader(nothingConfigured, variable -> null), notice -> {})
                    .resolve(ServerKind.AUTO)
                    .name();
        }
    }

    private static boolean isTestcontainers(String classPathEntry) {
        String name = Path.of(classPathEntry).getFileName().toString();
        return name.startsWith("testcontainers-") || name.startsWith("docker-java-");
    }

    private static URL url(String classPathEntry) {
        try {
            return Path.of(classPathEntry).toUri().toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalArgumentException(classPathEntry, impossible);
        }
    }
}
