package dev.aerobench;

import com.github.dockerjava.api.model.Ulimit;
import java.io.IOException;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A real Aerospike server in a container, started by Testcontainers. Kept apart so that the
 * Testcontainers classes load only when a container is asked for or Docker is probed.
 */
final class ContainerServer {

    private static final int SERVICE_PORT = 3000;
    /** The server refuses to start with fewer open files than this. */
    private static final long FILE_DESCRIPTORS = 15_000;
    /** What the server logs once it accepts clients; an open port alone is not enough. */
    private static final String READY_LOG = ".*service ready: soon there will be cake!.*";

    private ContainerServer() {}

    static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError probeFailed) {
            return false;
        }
    }

    static ProvidedServer start(String image, String namespace) {
        @SuppressWarnings("resource") // closed through the ProvidedServer, when the run ends
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withExposedPorts(SERVICE_PORT)
                .withEnv("NAMESPACE", namespace)
                .withCreateContainerCmdModifier(command -> command.getHostConfig()
                        .withUlimits(new Ulimit[] {new Ulimit("nofile", FILE_DESCRIPTORS, FILE_DESCRIPTORS)}))
                .waitingFor(Wait.forLogMessage(READY_LOG, 1).withStartupTimeout(Duration.ofMinutes(2)));
        try {
            container.start();
        } catch (RuntimeException startFailed) {
            container.stop();
            throw ConfigurationError.ofRun()
                    .problem(
                            "the Aerospike container " + image + " did not start (" + startFailed.getMessage() + ")",
                            "Check that Docker can pull and run it, set " + BenchmarkConfiguration.CONTAINER_IMAGE
                                    + " to an image it has, or set " + BenchmarkConfiguration.SERVER + "=embedded.",
                            startFailed);
        }
        String host = container.getHost();
        int port = container.getMappedPort(SERVICE_PORT);
        return new ProvidedServer(
                ServerKind.CONTAINER,
                host,
                port,
                namespace,
                build(host, port, image),
                null,
                null,
                false,
                container::stop);
    }

    /** The version the server reports; the image's tag if it cannot be asked (a tag may be "latest"). */
    private static String build(String host, int port, String image) {
        try {
            return InfoProbe.request(host, port, Duration.ofSeconds(5), "build")
                    .getOrDefault("build", image.substring(image.lastIndexOf(':') + 1));
        } catch (IOException unanswered) {
            return image.substring(image.lastIndexOf(':') + 1);
        }
    }
}
