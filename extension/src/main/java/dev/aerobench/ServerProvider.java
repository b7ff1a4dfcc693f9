package dev.aerobench;

import dev.aerobench.server.EmbeddedAerospikeServer;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds or starts the server of a run: an external one when {@code AEROSPIKE_HOST} (or
 * {@value BenchmarkConfiguration#HOST}) is set, else a Testcontainers container when Docker is
 * available, else the embedded server; or the kind a test forces.
 */
final class ServerProvider {

    /** How long an external server may take to answer before the run fails. */
    static final Duration EXTERNAL_TIMEOUT = Duration.ofSeconds(5);

    private static final String DEFAULT_NAMESPACE = BenchmarkConfiguration.DEFAULT_NAMESPACE;

    private final ConfigurationReader configuration;
    private final Consumer<String> notices;

    /**
     * With {@code notices} for the lines that say why AUTO did not take the container and when a
     * container served (the run's report channel).
     */
    ServerProvider(ConfigurationReader configuration, Consumer<String> notices) {
        this.configuration = configuration;
        this.notices = notices;
    }

    /**
     * The kind AUTO stands for here and now. With Docker answering but the container unable to start
     * (its image neither local nor pullable, say), AUTO takes the embedded server and says why in
     * one line; without Docker it takes it quietly.
     */
    ServerKind resolve(ServerKind requested) {
        if (requested != ServerKind.AUTO) {
            return requested;
        }
        if (externalHost().isPresent()) {
            return ServerKind.EXTERNAL;
        }
        String image = containerImage();
        ContainerServer.Verdict verdict = containerVerdict(image);
        if (verdict instanceof ContainerServer.Blocked blocked) {
            notices.accept("Docker answers, but " + blocked.problems()
                    + ": using the embedded server. For the container: " + blocked.fixes() + ". Or set "
                    + BenchmarkConfiguration.SERVER + "=embedded to skip this check.");
            return ServerKind.EMBEDDED;
        }
        if (verdict instanceof ContainerServer.NoDocker noDocker && noDocker.unresponsive()) {
            notices.accept(noDocker.reason() + ": using the embedded server. Set " + BenchmarkConfiguration.SERVER
                    + "=embedded to skip asking Docker.");
        }
        return verdict instanceof ContainerServer.Usable ? ServerKind.CONTAINER : ServerKind.EMBEDDED;
    }

    ProvidedServer start(ServerKind kind) {
        return switch (kind) {
            case EXTERNAL -> external();
            case CONTAINER -> container();
            case EMBEDDED -> embedded();
            case AUTO -> start(resolve(kind));
        };
    }

    private ProvidedServer embedded() {
        String jvm = configuration
                .parameter(BenchmarkConfiguration.EMBEDDED_JVM)
                .orElse(BenchmarkConfiguration.EMBEDDED_JVM_OWN);
        if (jvm.equals(BenchmarkConfiguration.EMBEDDED_JVM_SAME)) {
            EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder()
                    .namespaces(DEFAULT_NAMESPACE)
                    .start();
            return new ProvidedServer(
                    ServerKind.EMBEDDED,
                    server.host(),
                    server.port(),
                    DEFAULT_NAMESPACE,
                    server.version(),
                    null,
                    null,
                    false,
                    server::close);
        }
        if (!jvm.equals(BenchmarkConfiguration.EMBEDDED_JVM_OWN)) {
            throw ConfigurationError.ofRun()
                    .problem(
                            BenchmarkConfiguration.EMBEDDED_JVM + "='" + jvm + "' is neither "
                                    + BenchmarkConfiguration.EMBEDDED_JVM_OWN + " nor "
                                    + BenchmarkConfiguration.EMBEDDED_JVM_SAME,
                            "Set it to " + BenchmarkConfiguration.EMBEDDED_JVM_OWN + " (a JVM of its own) or "
                                    + BenchmarkConfiguration.EMBEDDED_JVM_SAME + " (the test's JVM).");
        }
        EmbeddedServerProcess server = EmbeddedServerProcess.start(DEFAULT_NAMESPACE);
        String version;
        try {
            version = probe(server.host(), server.port(), DEFAULT_NAMESPACE, OWN_JVM_HINT) + ", own JVM";
        } catch (RuntimeException notAnswering) {
            server.close();
            throw notAnswering;
        }
        return new ProvidedServer(
                ServerKind.EMBEDDED,
                server.host(),
                server.port(),
                DEFAULT_NAMESPACE,
                version,
                null,
                null,
                false,
                server::close);
    }

    private ProvidedServer container() {
        String image = containerImage();
        ContainerServer.Verdict verdict = containerVerdict(image);
        if (verdict instanceof ContainerServer.NoDocker noDocker) {
            throw ConfigurationError.ofRun()
                    .problem(
                            BenchmarkConfiguration.SERVER + "=container needs Docker, but " + noDocker.reason(),
                            "Start Docker (with org.testcontainers:testcontainers among the test dependencies), or"
                                    + " use " + BenchmarkConfiguration.SERVER + "=embedded (or auto) on machines"
                                    + " without it.");
        }
        if (verdict instanceof ContainerServer.Blocked blocked) {
            throw ConfigurationError.ofRun()
                    .problem(
                            BenchmarkConfiguration.SERVER + "=container cannot start " + image + ": "
                                    + blocked.problems(),
                            blocked.fixes() + ". Or set " + BenchmarkConfiguration.SERVER + "=embedded.");
        }
        int readySeconds = configuration.positiveInt(
                BenchmarkConfiguration.CONTAINER_READY_TIMEOUT_SECONDS,
                BenchmarkConfiguration.CONTAINER_READY_TIMEOUT_SECONDS,
                BenchmarkConfiguration.DEFAULT_CONTAINER_READY_TIMEOUT_SECONDS);
        return ContainerServer.start(image, DEFAULT_NAMESPACE, Duration.ofSeconds(readySeconds), notices);
    }

    /** What {@link ContainerServer#check} says, or that Testcontainers is absent. */
    private ContainerServer.Verdict containerVerdict(String image) {
        try {
            return ContainerServer.check(image, configuration::environment);
        } catch (LinkageError noTestcontainers) {
            // Testcontainers is an optional dependency: without it ContainerServer cannot even link.
            return new ContainerServer.NoDocker(
                    "Testcontainers (org.testcontainers:testcontainers) is not on the test class path", false);
        }
    }

    private String containerImage() {
        return configuration
                .parameter(BenchmarkConfiguration.CONTAINER_IMAGE)
                .orElse(BenchmarkConfiguration.DEFAULT_CONTAINER_IMAGE);
    }

    private ProvidedServer external() {
        String host = externalHost()
                .orElseThrow(() -> ConfigurationError.ofRun()
                        .problem(
                                "an external server was asked for, but no host is set",
                                "Set the environment variable " + BenchmarkConfiguration.ENV_HOST + " (and "
                                        + BenchmarkConfiguration.ENV_PORT + ") or the configuration parameter "
                                        + BenchmarkConfiguration.HOST + "."));
        int port = externalPort();
        String namespace =
                configuration.parameter(BenchmarkConfiguration.NAMESPACE).orElse(DEFAULT_NAMESPACE);
        String user = configuration
                .parameterOrEnvironment(BenchmarkConfiguration.USER, BenchmarkConfiguration.ENV_USER)
                .orElse(null);
        String password = configuration
                .parameterOrEnvironment(BenchmarkConfiguration.PASSWORD, BenchmarkConfiguration.ENV_PASSWORD)
                .orElse(null);
        boolean tls = configuration
                .parameterOrEnvironment(BenchmarkConfiguration.TLS, BenchmarkConfiguration.ENV_TLS)
                .map(value -> value.equalsIgnoreCase("true"))
                .orElse(false);
        String version = user == null && !tls ? probe(host, port, namespace, EXTERNAL_HINT) : "unknown (secured)";
        // Not ours to stop: an external server outlives the run.
        return new ProvidedServer(ServerKind.EXTERNAL, host, port, namespace, version, user, password, tls, () -> {});
    }

    /** What to do when an external server does not answer or lacks the namespace. */
    private static final String EXTERNAL_HINT = "Check " + BenchmarkConfiguration.ENV_HOST + "/"
            + BenchmarkConfiguration.ENV_PORT + " (and " + BenchmarkConfiguration.NAMESPACE
            + "), or unset them to use the embedded server.";

    /** What to do when the embedded server's own JVM does not answer. */
    private static final String OWN_JVM_HINT = "The embedded server's own JVM started but does not serve; set "
            + BenchmarkConfiguration.EMBEDDED_JVM + "=" + BenchmarkConfiguration.EMBEDDED_JVM_SAME
            + " to run it in the test's JVM, and report this.";

    /** Checks, within a bounded time, that an Aerospike server answers there and serves the namespace. */
    private static String probe(String host, int port, String namespace, String hint) {
        Map<String, String> info;
        try {
            info = InfoProbe.request(host, port, EXTERNAL_TIMEOUT, "build", "namespaces");
        } catch (IOException unreachable) {
            throw ConfigurationError.ofRun()
                    .problem(
                            "no Aerospike server answered at " + host + ":" + port + " within "
                                    + EXTERNAL_TIMEOUT.toSeconds() + " s (" + unreachable.getMessage() + ")",
                            hint,
                            unreachable);
        }
        String namespaces = info.getOrDefault("namespaces", "");
        if (Arrays.stream(namespaces.split(";")).noneMatch(namespace::equals)) {
            throw ConfigurationError.ofRun()
                    .problem(
                            "the server at " + host + ":" + port + " has no namespace '" + namespace + "' (it has: "
                                    + namespaces + ")",
                            hint);
        }
        return info.getOrDefault("build", "unknown");
    }

    private Optional<String> externalHost() {
        return configuration.parameterOrEnvironment(BenchmarkConfiguration.HOST, BenchmarkConfiguration.ENV_HOST);
    }

    private int externalPort() {
        Optional<String> port =
                configuration.parameterOrEnvironment(BenchmarkConfiguration.PORT, BenchmarkConfiguration.ENV_PORT);
        if (port.isEmpty()) {
            return BenchmarkConfiguration.DEFAULT_PORT;
        }
        try {
            int value = Integer.parseInt(port.get());
            if (value < 1 || value > 65_535) {
                throw new NumberFormatException("out of range");
            }
            return value;
        } catch (NumberFormatException notPort) {
            throw ConfigurationError.ofRun()
                    .problem(
                            "the external server's port '" + port.get() + "' is not a port number",
                            "Set " + BenchmarkConfiguration.ENV_PORT + " (or " + BenchmarkConfiguration.PORT
                                    + ") to a number from 1 to 65535.");
        }
    }

    /** Key under which the run's root store keeps the server of this kind. */
    static String storeKey(ServerKind kind) {
        return "server-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
