package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** {@link DockerEngine} against a fake engine: an HTTP server answering the Docker API's paths. */
@DisplayName("Asking a Docker engine whether a container can start")
class DockerEngineTest {

    private static final String IMAGE = "aerospike/aerospike-server:8.1.0.0";
    private static final String NO_REGISTRY =
            "{\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": dial tcp: no such host\"}";
    private static final Map<String, String> RYUK_OFF = Map.of(DockerEngine.RYUK_DISABLED, "true");

    private HttpServer fakeEngine;
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private final Map<String, String> bodyByPath = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startFakeEngine() throws IOException {
        fakeEngine = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        fakeEngine.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(exchange.getRequestMethod() + " " + path);
            byte[] body =
                    bodyByPath.getOrDefault(path, "{\"message\":\"not found\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(statusByPath.getOrDefault(path, 404), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        fakeEngine.start();
    }

    @AfterEach
    void stopFakeEngine() {
        fakeEngine.stop(0);
    }

    private DockerEngine engine() {
        return new DockerEngine(
                URI.create("tcp://127.0.0.1:" + fakeEngine.getAddress().getPort()), null, Duration.ofSeconds(5));
    }

    private void answer(String path, int status, String body) {
        statusByPath.put(path, status);
        bodyByPath.put(path, body);
    }

    @Test
    @DisplayName("finds nothing in the way of a local image, asking no registry and pulling nothing")
    void localImage() {
        answer("/images/" + IMAGE + "/json", 200, "{}");

        try (DockerEngine engine = engine()) {
            assertThat(engine.obstacles(IMAGE, RYUK_OFF::get, false)).isEmpty();
        }
        assertThat(requests).containsExactly("GET /images/" + IMAGE + "/json");
    }

    @Test
    @DisplayName("names an image that is neither local nor pullable, the registry's answer, and the fixes")
    void imageNotToBeHad() {
        answer("/distribution/" + IMAGE + "/json", 500, NO_REGISTRY);

        try (DockerEngine engine = engine()) {
            List<DockerEngine.Obstacle> obstacles = engine.obstacles(IMAGE, RYUK_OFF::get, false);

            assertThat(obstacles).singleElement().satisfies(obstacle -> {
                assertThat(obstacle.problem())
                        .isEqualTo("the image " + IMAGE + " is not local and cannot be pulled (the registry's answer:"
                                + " Get \"https://registry-1.docker.io/v2/\": dial tcp: no such host)");
                assertThat(obstacle.fix())
                        .contains("docker pull " + IMAGE, "docker load", BenchmarkConfiguration.CONTAINER_IMAGE);
            });
        }
        assertThat(requests).allMatch(request -> request.startsWith("GET "));
    }

    @Test
    @DisplayName("lets an image through that the registry serves: Testcontainers pulls it")
    void pullableImage() {
        answer("/distribution/" + IMAGE + "/json", 200, "{\"Descriptor\":{}}");

        try (DockerEngine engine = engine()) {
            assertThat(engine.obstacles(IMAGE, RYUK_OFF::get, false)).isEmpty();
        }
    }

    @Test
    @DisplayName("names Ryuk's image and TESTCONTAINERS_RYUK_DISABLED when the reaper cannot be had")
    void ryukNotToBeHad() {
        answer("/images/" + IMAGE + "/json", 200, "{}");
        answer("/distribution/" + DockerEngine.RYUK_IMAGE + "/json", 500, NO_REGISTRY);

        try (DockerEngine engine = engine()) {
            List<DockerEngine.Obstacle> obstacles = engine.obstacles(IMAGE, variable -> null, false);

            assertThat(obstacles).singleElement().satisfies(obstacle -> {
                assertThat(obstacle.problem()).contains(DockerEngine.RYUK_IMAGE, "cannot be pulled");
                assertThat(obstacle.fix()).contains(DockerEngine.RYUK_DISABLED + "=true");
            });
        }
    }

    @Test
    @DisplayName("names TESTCONTAINERS_HOST_OVERRIDE when, inside a container, the gateway probe cannot be had")
    void gatewayProbeNotToBeHad() {
        answer("/images/" + IMAGE + "/json", 200, "{}");
        answer("/networks/bridge", 200, "{\"Name\":\"bridge\",\"IPAM\":{\"Config\":[{\"Subnet\":\"172.17.0.0/16\"}]}}");
        answer("/distribution/" + DockerEngine.GATEWAY_PROBE_IMAGE + "/json", 500, NO_REGISTRY);

        try (DockerEngine engine = engine()) {
            List<DockerEngine.Obstacle> obstacles = engine.obstacles(IMAGE, RYUK_OFF::get, true);

            assertThat(obstacles).singleElement().satisfies(obstacle -> {
                assertThat(obstacle.problem()).contains(DockerEngine.GATEWAY_PROBE_IMAGE, "/.dockerenv");
                assertThat(obstacle.fix()).contains(DockerEngine.HOST_OVERRIDE);
            });
        }
    }

    @Test
    @DisplayName("needs no gateway probe when the bridge network names its gateway, or the host is given")
    void gatewayKnown() {
        answer("/images/" + IMAGE + "/json", 200, "{}");
        answer(
                "/networks/bridge",
                200,
                "{\"IPAM\":{\"Config\":[{\"Subnet\":\"172.17.0.0/16\",\"Gateway\":\"172.17.0.1\"}]}}");
        Map<String, String> overridden =
                Map.of(DockerEngine.RYUK_DISABLED, "true", DockerEngine.HOST_OVERRIDE, "localhost");

        try (DockerEngine engine = engine()) {
            assertThat(engine.obstacles(IMAGE, RYUK_OFF::get, true)).isEmpty();
            answer("/networks/bridge", 200, "{}");
            assertThat(engine.obstacles(IMAGE, overridden::get, true)).isEmpty();
        }
        assertThat(requests).doesNotContain("GET /distribution/" + DockerEngine.GATEWAY_PROBE_IMAGE + "/json");
    }

    @Test
    @DisplayName("gives up on an engine that accepts and never answers, within its bound")
    void silentEngine() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                DockerEngine engine = new DockerEngine(
                        URI.create("tcp://127.0.0.1:" + silent.getLocalPort()), null, Duration.ofMillis(500))) {
            assertThat(engine.unanswered())
                    .hasValueSatisfying(why -> assertThat(why).contains("did not answer its ping"));
            assertThat(engine.unavailable(IMAGE))
                    .hasValueSatisfying(why -> assertThat(why).contains("could not be asked"));
        }
    }

    @Test
    @DisplayName("knows the helper images of the Testcontainers version it was written for")
    void testcontainersVersion() {
        assertThat(DockerClientFactory.TESTCONTAINERS_VERSION)
                .as("DockerEngine.RYUK_IMAGE and GATEWAY_PROBE_IMAGE are those of Testcontainers 2.0.5 (RyukContainer,"
                        + " DockerClientFactory.TINY_IMAGE): check them for this version, then update this test")
                .isEqualTo("2.0.5");
    }
}
