package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.lifecycle.Startable;

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

    @Test
    @DisplayName("stops a container created after its start overran, once the start ends")
    void overranStartStopsLateContainer() throws Exception {
        FakeContainer container = new FakeContainer(Creation.WHEN_RELEASED);

        assertThatThrownBy(() -> ContainerServer.startOrStop(container, Duration.ofMillis(1), Duration.ZERO))
                .isInstanceOf(TimeoutException.class);
        assertThat(container.created).as("not created yet").isFalse();
        container.mayCreate.countDown();

        assertThat(container.removed.await(30, TimeUnit.SECONDS))
                .as("the container created after the caller gave up is stopped")
                .isTrue();
    }

    @Test
    @DisplayName("waits, after a start overran, until a start that ends when interrupted has its container stopped")
    void overranStartIsStoppedBeforeTheRunGoesOn() {
        FakeContainer container = new FakeContainer(Creation.THEN_HANG_UNTIL_INTERRUPTED);

        assertThatThrownBy(() -> ContainerServer.startOrStop(container, Duration.ofMillis(1), Duration.ofMinutes(5)))
                .isInstanceOf(TimeoutException.class);

        assertThat(container.removed.getCount())
                .as("stopped before startOrStop threw")
                .isZero();
    }

    @Test
    @DisplayName("stops a container whose start failed, and leaves one that started running")
    void failedAndSuccessfulStarts() throws Exception {
        FakeContainer failing = new FakeContainer(Creation.THEN_FAIL);
        assertThatThrownBy(() -> ContainerServer.startOrStop(failing, Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .hasMessage("the node did not serve");
        assertThat(failing.removed.getCount()).isZero();

        FakeContainer starting = new FakeContainer(Creation.AT_ONCE);
        ContainerServer.startOrStop(starting, Duration.ofMinutes(5), Duration.ofMinutes(5));
        assertThat(starting.created).isTrue();
        assertThat(starting.removed.getCount()).as("left running").isOne();
    }

    @Test
    @DisplayName("names the whole limit a start had when it overran: the start's and the wait for the node")
    void overranReasonNamesTheRealLimit() {
        assertThat(ContainerServer.overranReason(Duration.ofSeconds(60)))
                .contains("within 11 min (")
                .contains("10 min plus " + BenchmarkConfiguration.CONTAINER_READY_TIMEOUT_SECONDS + "=60");
        assertThat(ContainerServer.overranReason(Duration.ofSeconds(90))).contains("within 11 min 30 s (");
    }

    private enum Creation {
        AT_ONCE,
        THEN_FAIL,
        /** Like a Docker call that goes on when interrupted: creates the container once released, whatever happens. */
        WHEN_RELEASED,
        THEN_HANG_UNTIL_INTERRUPTED
    }

    /** Stops as {@code GenericContainer} does: doing nothing until its start created the container. */
    private static final class FakeContainer implements Startable {
        private final Creation creation;
        final CountDownLatch mayCreate = new CountDownLatch(1);
        final CountDownLatch removed = new CountDownLatch(1);
        volatile boolean created;

        FakeContainer(Creation creation) {
            this.creation = creation;
        }

        @Override
        public void start() {
            switch (creation) {
                case AT_ONCE -> created = true;
                case THEN_FAIL -> {
                    created = true;
                    throw new IllegalStateException("the node did not serve");
                }
                case WHEN_RELEASED -> {
                    awaitUninterruptibly(mayCreate);
                    created = true;
                }
                case THEN_HANG_UNTIL_INTERRUPTED -> {
                    created = true;
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException interrupted) {
                        throw new IllegalStateException("start interrupted", interrupted);
                    }
                }
            }
        }

        @Override
        public void stop() {
            if (created) {
                removed.countDown();
            }
        }

        private static void awaitUninterruptibly(CountDownLatch latch) {
            while (true) {
                try {
                    latch.await();
                    return;
                } catch (InterruptedException ignored) {
                    // as a Docker call that is not interruptible
                }
            }
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
