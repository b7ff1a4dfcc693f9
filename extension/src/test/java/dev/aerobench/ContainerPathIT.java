package dev.aerobench;

import static dev.aerobench.AerospikeBenchmark.TEST_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The container path against a running Docker engine: the stand-in image of the embedded server
 * (built by {@code .ci/container-image}, named by {@value #IMAGE_PROPERTY}) started with {@code
 * server = CONTAINER} and chosen by {@code AUTO}, and an image the engine cannot have. Run by the
 * {@code container-it} profile; the environment must let Testcontainers start a container (see
 * {@link #dockerAnswers()}).
 */
@DisplayName("The container path, against a Docker engine")
@EnabledIfSystemProperty(named = ContainerPathIT.IMAGE_PROPERTY, matches = ".+")
@Timeout(300) // a guard against a hang, which is a failure here; the measured times are printed
class ContainerPathIT {

    static final String IMAGE_PROPERTY = "aerobench.it.containerImage";
    private static final String KIND = "it.server.kind";
    private static final String DESCRIPTION = "it.server";

    private static String image() {
        return System.getProperty(IMAGE_PROPERTY);
    }

    /** An image no engine has and no registry serves. */
    private static String missingImage() {
        return "aerobench/no-such-image:"
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    @BeforeAll
    static void dockerAnswers() {
        ContainerServer.Verdict verdict = ContainerServer.check(image(), System::getenv);
        assertThat(verdict)
                .as(
                        "Docker must answer and nothing may block %s here (set TESTCONTAINERS_RYUK_DISABLED and, in a"
                                + " container, TESTCONTAINERS_HOST_OVERRIDE as .ci/run does): %s",
                        image(), verdict)
                .isInstanceOf(ContainerServer.Usable.class);
    }

    @Test
    @DisplayName("runs a benchmark against the image with server = CONTAINER, once the node serves")
    void forcedContainer() {
        EngineExecutionResults results = run(Map.of(BenchmarkConfiguration.SERVER, "container"), image());

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(entry(results, KIND)).contains(ServerKind.CONTAINER.name());
        assertThat(entry(results, DESCRIPTION))
                .hasValueSatisfying(
                        server -> assertThat(server).startsWith("container ").doesNotContain("127.0.0.1:3000"));
    }

    @Test
    @DisplayName("lets AUTO take the container when Docker answers and the image is here")
    void autoTakesTheContainer() {
        EngineExecutionResults results = run(Map.of(BenchmarkConfiguration.SERVER, "auto"), image());

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(entry(results, KIND)).contains(ServerKind.CONTAINER.name());
    }

    @Test
    @DisplayName("lets AUTO fall back on the embedded server, in one line saying why, when the image cannot be had")
    void autoFallsBack() {
        String missing = missingImage();
        List<String> notices = new ArrayList<>();
        long start = System.nanoTime();

        ServerKind kind = new ServerProvider(
                        configuration(Map.of(BenchmarkConfiguration.CONTAINER_IMAGE, missing)), notices::add)
                .resolve(ServerKind.AUTO);

        printTime("AUTO fell back", start);
        assertThat(kind).isEqualTo(ServerKind.EMBEDDED);
        assertThat(notices)
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("Docker answers, but the image " + missing + " is not local and cannot be pulled")
                .contains("docker pull " + missing)
                .contains(BenchmarkConfiguration.CONTAINER_IMAGE)
                .contains("using the embedded server");
        EngineExecutionResults results = run(Map.of(BenchmarkConfiguration.SERVER, "auto"), missing);
        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(0));
        assertThat(entry(results, KIND)).contains(ServerKind.EMBEDDED.name());
    }

    @Test
    @DisplayName("fails a forced container at once, naming the image and the fixes, when the image cannot be had")
    void forcedContainerFailsFast() {
        String missing = missingImage();
        long start = System.nanoTime();

        EngineExecutionResults results = run(Map.of(BenchmarkConfiguration.SERVER, "container"), missing);

        printTime("CONTAINER failed", start);
        assertThat(failure(results))
                .hasMessageContaining("Configuration error: aerobench.server=container cannot start " + missing)
                .hasMessageContaining("docker pull " + missing)
                .hasMessageContaining("docker load")
                .hasMessageContaining(BenchmarkConfiguration.CONTAINER_IMAGE)
                .hasMessageContaining(BenchmarkConfiguration.SERVER + "=embedded");
    }

    @Test
    @DisplayName("fails, naming the image, what it waited for and the last answer, when the node never serves")
    void nodeNeverServes() {
        // The same server, listening on the container's loopback only: Docker's port mapping accepts
        // the connections, and nothing answers them.
        String unreachable = new ImageFromDockerfile("aerobench/embedded-server-loopback", false)
                .withDockerfileFromBuilder(dockerfile -> dockerfile
                        .from(image())
                        .entryPoint(
                                "/opt/java/bin/java",
                                "-jar",
                                "/opt/aerobench-server.jar",
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "3000")
                        .build())
                .get();
        try {
            long start = System.nanoTime();

            EngineExecutionResults results = run(
                    Map.of(
                            BenchmarkConfiguration.SERVER,
                            "container",
                            BenchmarkConfiguration.CONTAINER_READY_TIMEOUT_SECONDS,
                            "3"),
                    unreachable);

            printTime("a node that never serves failed", start);
            assertThat(failure(results))
                    .hasMessageContaining(
                            "the Aerospike container " + unreachable + " is not serving: it did not serve within 3 s")
                    .hasMessageContaining(NodeReadiness.WAITED_FOR)
                    .hasMessageContaining("its last answer: no answer");
        } finally {
            DockerClientFactory.instance()
                    .client()
                    .removeImageCmd(unreachable)
                    .withForce(true)
                    .exec();
        }
    }

    @Test
    @DisplayName("names TESTCONTAINERS_RYUK_DISABLED when Testcontainers' reaper image cannot be had")
    void ryukMissing() {
        try (DockerEngine engine = engine()) {
            assumeTrue(
                    engine.unavailable(DockerEngine.RYUK_IMAGE).isPresent(),
                    "Ryuk's image can be had here: Testcontainers would start it");

            List<DockerEngine.Obstacle> obstacles = engine.obstacles(image(), variable -> null, false);

            assertThat(obstacles).singleElement().satisfies(obstacle -> {
                assertThat(obstacle.problem()).contains(DockerEngine.RYUK_IMAGE);
                assertThat(obstacle.fix()).contains(DockerEngine.RYUK_DISABLED + "=true");
            });
        }
    }

    /** The one test's failure; the fixture takes the server as a parameter, so JUnit wraps the error. */
    private static Throwable failure(EngineExecutionResults results) {
        results.testEvents().assertStatistics(stats -> stats.failed(1));
        return results.testEvents().failed().stream()
                .findFirst()
                .flatMap(event -> event.getPayload(TestExecutionResult.class))
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
    }

    private static DockerEngine engine() {
        DockerEngine.Found found = DockerEngine.find(DockerEngine.FIND_TIMEOUT);
        assertThat(found).isInstanceOf(DockerEngine.Answering.class);
        return ((DockerEngine.Answering) found).engine();
    }

    private static EngineExecutionResults run(Map<String, String> configuration, String image) {
        Map<String, String> all = new java.util.HashMap<>(configuration);
        all.put(BenchmarkConfiguration.CONTAINER_IMAGE, image);
        return EngineRuns.run(ServerKindTestCase.class, all);
    }

    private static Optional<String> entry(EngineExecutionResults results, String key) {
        return EngineRuns.reportEntries(results).stream()
                .filter(pairs -> pairs.containsKey(key))
                .map(pairs -> pairs.get(key))
                .findFirst();
    }

    /** Configuration parameters from {@code parameters}, and the real environment. */
    private static ConfigurationReader configuration(Map<String, String> parameters) {
        ExtensionContext context = (ExtensionContext) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConfigurationParameter") && args.length == 1) {
                        return Optional.ofNullable(parameters.get((String) args[0]));
                    }
                    return method.getReturnType() == Optional.class ? Optional.empty() : Object.class;
                });
        return new ConfigurationReader(context, System::getenv);
    }

    private static void printTime(String what, long startNanos) {
        System.out.println(String.format(
                Locale.ROOT,
                "ContainerPathIT: %s after %.2f s",
                what,
                Duration.ofNanos(System.nanoTime() - startNanos).toNanos() / 1e9));
    }

    /** A small benchmark that reports which server it ran against. */
    static class ServerKindTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 20,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void benchmark(BenchmarkServer server, TestReporter reporter) {
            reporter.publishEntry(Map.of(KIND, server.kind().name(), DESCRIPTION, server.describe()));
        }
    }
}
