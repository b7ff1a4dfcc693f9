package dev.aerobench;

import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.TransportConfig;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * The Docker engine Testcontainers would use, asked only bounded, read-only questions: does it
 * answer, does it have an image, would its registry serve one. Nothing is started or pulled here.
 *
 * <p>Why aerobench asks before Testcontainers acts: Testcontainers' first contact
 * ({@code DockerClientFactory.client()}) starts its reaper container, Ryuk, and, when this JVM runs
 * inside a container, a container that finds the network gateway; when their images are neither
 * local nor pullable it retries the pulls for minutes without a line of output. So every image a
 * start needs is checked first, and what is missing is reported with its fix.
 */
final class DockerEngine implements AutoCloseable {

    /** The reaper image Testcontainers 2.0.5 starts ({@code RyukContainer}); a test pins that version. */
    static final String RYUK_IMAGE = "testcontainers/ryuk:0.14.0";
    /** The image Testcontainers 2.0.5 runs to find the gateway ({@code DockerClientFactory.TINY_IMAGE}). */
    static final String GATEWAY_PROBE_IMAGE = "alpine:3.17";
    /** Testcontainers reads these from the environment only. */
    static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";

    static final String HOST_OVERRIDE = "TESTCONTAINERS_HOST_OVERRIDE";
    /**
     * How long finding the engine may take. With no engine it takes milliseconds; with one, the
     * first contact loads Testcontainers' Docker client, measured at up to 13 s on a 2-core machine
     * at load 26.
     */
    static final Duration FIND_TIMEOUT = Duration.ofSeconds(30);
    /** For one question; asking the registry goes from the engine to the registry and back. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** The bridge network's gateway, which Testcontainers uses before it falls back on the probe. */
    private static final Pattern GATEWAY = Pattern.compile("\"Gateway\"\\s*:\\s*\"[^\"]+\"");

    private static final int OK = 200;
    private static final int NOT_FOUND = 404;
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final URI host;
    private final DockerHttpClient http;
    private final Duration requestTimeout;

    DockerEngine(URI host, SSLConfig ssl, Duration requestTimeout) {
        this.host = host;
        this.requestTimeout = requestTimeout;
        this.http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(host)
                .sslConfig(ssl)
                .connectionTimeout(requestTimeout)
                .responseTimeout(requestTimeout)
                .build();
    }

    /** An engine that answered, or why there is none. */
    sealed interface Found {}

    record Answering(DockerEngine engine) implements Found {}

    /**
     * No engine to use. {@code unresponsive} when one may be there but did not answer in time (worth
     * a line to the user), rather than none being configured or running (the common quiet case).
     */
    record Absent(String reason, boolean unresponsive) implements Found {}

    /** What keeps a container from starting here, and what to do about it. */
    record Obstacle(String problem, String fix) {}

    /**
     * Finds the engine as Testcontainers does ({@code DOCKER_HOST}, {@code
     * ~/.testcontainers.properties}, the usual sockets) and checks that it answers, within {@code
     * timeout}.
     */
    static Found find(Duration timeout) {
        TransportConfig transport;
        try {
            transport = BoundedCall.within(
                    timeout,
                    "aerobench-docker-probe",
                    () -> DockerClientFactory.instance().getTransportConfig());
        } catch (TimeoutException silent) {
            return new Absent("no Docker engine answered within " + timeout.toSeconds() + " s", true);
        } catch (ExecutionException noEngine) {
            return new Absent(
                    "Testcontainers found no Docker environment ("
                            + noEngine.getCause().getMessage() + ")",
                    false);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Absent("interrupted while looking for Docker", false);
        }
        DockerEngine engine = new DockerEngine(transport.getDockerHost(), transport.getSslConfig(), REQUEST_TIMEOUT);
        Optional<String> silent = engine.unanswered();
        if (silent.isPresent()) {
            engine.close();
            return new Absent(silent.get(), true);
        }
        return new Answering(engine);
    }

    URI host() {
        return host;
    }

    /** Why the engine does not answer a ping, if it does not. */
    Optional<String> unanswered() {
        try {
            Reply ping = get("/_ping");
            return ping.status() == OK
                    ? Optional.empty()
                    : Optional.of("the Docker engine at " + host + " answered its ping with " + ping);
        } catch (IOException failed) {
            return Optional.of(
                    "the Docker engine at " + host + " did not answer its ping (" + failed.getMessage() + ")");
        }
    }

    /**
     * What keeps Testcontainers from starting {@code image} here: the image, Ryuk's image or the
     * gateway probe's image being neither local nor pullable. Empty when nothing does.
     *
     * @param environment the environment variables Testcontainers reads
     * @param findsGateway whether Testcontainers looks for the host of the containers' ports: when
     *     this JVM runs inside a container (it looks for {@code /.dockerenv}) and reaches the engine
     *     {@linkplain #overSocket() over a socket}
     */
    List<Obstacle> obstacles(String image, UnaryOperator<String> environment, boolean findsGateway) {
        List<Obstacle> obstacles = new ArrayList<>();
        unavailable(image)
                .ifPresent(why -> obstacles.add(new Obstacle(
                        "the image " + image + " " + why,
                        "Pull it (docker pull " + image + ") or load it (docker load) where a registry answers,"
                                + " or set " + BenchmarkConfiguration.CONTAINER_IMAGE
                                + " to an image this engine has")));
        if (!"true".equalsIgnoreCase(trimmed(environment.apply(RYUK_DISABLED)))) {
            String ryuk = substituted(RYUK_IMAGE);
            unavailable(ryuk)
                    .ifPresent(why -> obstacles.add(new Obstacle(
                            "Testcontainers' reaper image " + ryuk + " " + why,
                            "Set the environment variable " + RYUK_DISABLED + "=true (aerobench stops its"
                                    + " container itself), or pull or load " + ryuk)));
        }
        // Testcontainers takes the bridge network's gateway when it names one, and runs the probe otherwise.
        if (findsGateway && trimmed(environment.apply(HOST_OVERRIDE)).isEmpty() && !bridgeHasGateway()) {
            String probe = substituted(GATEWAY_PROBE_IMAGE);
            unavailable(probe)
                    .ifPresent(why -> obstacles.add(new Obstacle(
                            "this JVM runs in a container (/.dockerenv), so Testcontainers runs " + probe
                                    + " to find the Docker host, and that image " + why,
                            "Set the environment variable " + HOST_OVERRIDE + " to the host where this machine"
                                    + " reaches the engine's published ports (localhost when the engine runs in"
                                    + " this same container), or pull or load " + probe)));
        }
        return obstacles;
    }

    /** Why {@code image} cannot be had: empty when it is local or its registry serves it. */
    Optional<String> unavailable(String image) {
        try {
            Reply local = get("/images/" + image + "/json");
            if (local.status() == OK) {
                return Optional.empty();
            }
            if (local.status() != NOT_FOUND) {
                return Optional.of("could not be looked up (the engine answered " + local + ")");
            }
            // The engine asks the registry for the image's manifest, and pulls nothing.
            Reply remote = get("/distribution/" + image + "/json");
            return remote.status() == OK
                    ? Optional.empty()
                    : Optional.of(
                            "is not local and cannot be pulled (the registry's answer: " + remote.message() + ")");
        } catch (IOException failed) {
            return Optional.of("is not local and its registry could not be asked (" + failed.getMessage() + ")");
        }
    }

    /** Over TCP, Testcontainers takes the engine's host for the containers' host; over a socket it looks for it. */
    boolean overSocket() {
        return "unix".equals(host.getScheme()) || "npipe".equals(host.getScheme());
    }

    private boolean bridgeHasGateway() {
        try {
            Reply bridge = get("/networks/bridge");
            // A regular expression rather than a JSON parser: this is the one field read, and the
            // extension has no JSON library of its own.
            return bridge.status() == OK && GATEWAY.matcher(bridge.body()).find();
        } catch (IOException failed) {
            return false;
        }
    }

    private static String substituted(String image) {
        return ImageNameSubstitutor.instance()
                .apply(DockerImageName.parse(image))
                .asCanonicalNameString();
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private record Reply(int status, String body) {
        /** Docker's error replies are {"message":"..."}; the message, its escaped quotes undone. */
        String message() {
            String key = "\"message\":\"";
            int start = body.indexOf(key);
            if (start < 0) {
                return "HTTP " + status;
            }
            StringBuilder message = new StringBuilder();
            for (int i = start + key.length(); i < body.length() && body.charAt(i) != '"'; i++) {
                char next = body.charAt(i);
                if (next == '\\' && i + 1 < body.length()) {
                    next = body.charAt(++i);
                }
                message.append(next);
            }
            return message.toString();
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + message();
        }
    }

    private Reply get(String path) throws IOException {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path(path)
                .build();
        try {
            // Bounded twice: the client's own timeouts may not apply to every transport.
            return BoundedCall.within(requestTimeout.plusSeconds(1), "aerobench-docker-request", () -> {
                try (DockerHttpClient.Response response = http.execute(request);
                        InputStream body = response.getBody()) {
                    return new Reply(
                            response.getStatusCode(),
                            new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
                }
            });
        } catch (TimeoutException silent) {
            throw new IOException("no answer to GET " + path + " within " + requestTimeout.toSeconds() + " s");
        } catch (ExecutionException failed) {
            throw new IOException(String.valueOf(failed.getCause().getMessage()), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", interrupted);
        }
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException ignored) {
            // Nothing is left to release: the client held no open request.
        }
    }
}
