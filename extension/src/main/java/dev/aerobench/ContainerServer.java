package dev.aerobench;

import com.github.dockerjava.api.model.Ulimit;
import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.utility.DockerImageName;

/**
 * A real Aerospike server in a container, started by Testcontainers. Kept apart so that the
 * Testcontainers classes load only when a container is asked for or Docker is probed.
 *
 * <p>Every Docker call is bounded: finding the engine ({@link DockerEngine#FIND_TIMEOUT}), the
 * checks that every image the start needs can be had, the start itself ({@link #START_TIMEOUT}) and
 * the wait until the node serves ({@link BenchmarkConfiguration#CONTAINER_READY_TIMEOUT_SECONDS}).
 */
final class ContainerServer {

    private static final int SERVICE_PORT = 3000;
    /** The server refuses to start with fewer open files than this. */
    private static final long FILE_DESCRIPTORS = 15_000;
    /**
     * The start until the wait for the node, a pull of the image included. Generous for a slow
     * link; a registry that does not answer at all was found out before, within seconds.
     */
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    /** Stopping a container that failed to start. */
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a start that overran may take to end, once interrupted, and its container to be
     * stopped, before the run goes on without waiting for it.
     */
    static final Duration ABANDONED_START_GRACE = STOP_TIMEOUT.plusSeconds(30);

    private ContainerServer() {}

    /** Whether a container can serve here: {@link Usable}, or why not. */
    sealed interface Verdict {}

    record Usable() implements Verdict {}

    /**
     * No Docker engine (or no Testcontainers): AUTO takes the embedded server, quietly as ever unless
     * an engine was found {@code unresponsive}.
     */
    record NoDocker(String reason, boolean unresponsive) implements Verdict {}

    /** Docker answers, but the start would fail or hang: what is missing, with each fix. */
    record Blocked(List<DockerEngine.Obstacle> obstacles) implements Verdict {
        String problems() {
            return obstacles.stream().map(DockerEngine.Obstacle::problem).collect(Collectors.joining("; "));
        }

        String fixes() {
            return obstacles.stream().map(DockerEngine.Obstacle::fix).collect(Collectors.joining(". "));
        }
    }

    /**
     * Asks Docker, without starting or pulling anything, whether {@code image} can be started.
     * Throws a {@link LinkageError} when Testcontainers is not on the class path.
     *
     * @param environment the environment variables, as Testcontainers reads them
     */
    static Verdict check(String image, UnaryOperator<String> environment) {
        DockerEngine.Found found = DockerEngine.find(DockerEngine.FIND_TIMEOUT);
        if (found instanceof DockerEngine.Absent absent) {
            return new NoDocker(absent.reason(), absent.unresponsive());
        }
        try (DockerEngine engine = ((DockerEngine.Answering) found).engine()) {
            List<DockerEngine.Obstacle> obstacles =
                    engine.obstacles(image, environment, inContainer() && engine.overSocket());
            return obstacles.isEmpty() ? new Usable() : new Blocked(obstacles);
        }
    }

    /** Testcontainers' own test for it: Docker creates this file in every container. */
    private static boolean inContainer() {
        return new File("/.dockerenv").exists();
    }

    /**
     * Starts {@code image}, after {@link #check} found nothing in the way, waits at most {@code
     * readyTimeout} until it serves, and tells {@code notices} how long that took.
     */
    static ProvidedServer start(String image, String namespace, Duration readyTimeout, Consumer<String> notices) {
        ServingNodeWait wait = new ServingNodeWait(SERVICE_PORT, readyTimeout);
        @SuppressWarnings("resource") // closed through the ProvidedServer, when the run ends
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withExposedPorts(SERVICE_PORT)
                .withEnv("NAMESPACE", namespace)
                .withCreateContainerCmdModifier(command -> command.getHostConfig()
                        .withUlimits(new Ulimit[] {new Ulimit("nofile", FILE_DESCRIPTORS, FILE_DESCRIPTORS)}))
                .waitingFor(wait);
        try {
            startOrStop(container, START_TIMEOUT.plus(readyTimeout), ABANDONED_START_GRACE);
        } catch (TimeoutException overran) {
            throw notStarted(image, overranReason(readyTimeout), overran);
        } catch (ExecutionException failed) {
            throw notStarted(image, reason(failed.getCause()), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw notStarted(image, "interrupted", interrupted);
        }
        String host = container.getHost();
        int port = container.getMappedPort(SERVICE_PORT);
        notices.accept(String.format(
                Locale.ROOT,
                "container %s serves at %s:%d, %.1f s after it started (%s)",
                image,
                host,
                port,
                wait.waited().toNanos() / 1e9,
                wait.serving().description()));
        return new ProvidedServer(
                ServerKind.CONTAINER,
                host,
                port,
                namespace,
                build(host, port, image),
                null,
                null,
                false,
                () -> stopQuietly(container));
    }

    /**
     * Starts {@code container} within {@code limit}, and makes sure that one which did not start is
     * stopped: at once when its start failed; when the start overran (or the caller was
     * interrupted), by the start's own thread as soon as the start ends. Stopping it from here then
     * would be too early: {@link GenericContainer#stop()} does nothing until the container has an id,
     * so a container created after that point would stay up, and with Ryuk disabled (which a fix
     * this extension offers asks for) nothing else removes it.
     *
     * @param grace how long to wait, after the start overran, for it to end and its container to be
     *     stopped before this throws
     */
    static void startOrStop(Startable container, Duration limit, Duration grace)
            throws TimeoutException, ExecutionException, InterruptedException {
        try {
            BoundedCall.within(
                    limit,
                    grace,
                    "aerobench-container-start",
                    () -> {
                        container.start();
                        return container;
                    },
                    () -> stopQuietly(container));
        } catch (ExecutionException failed) {
            stopQuietly(container);
            throw failed;
        }
    }

    /** Why a start that overran failed, with the whole limit it had. */
    static String overranReason(Duration readyTimeout) {
        return "Testcontainers did not start it within " + minutesAndSeconds(START_TIMEOUT.plus(readyTimeout))
                + " (pulling it, creating it and waiting until it serves: " + minutesAndSeconds(START_TIMEOUT)
                + " plus " + BenchmarkConfiguration.CONTAINER_READY_TIMEOUT_SECONDS + "=" + readyTimeout.toSeconds()
                + ")";
    }

    private static String minutesAndSeconds(Duration duration) {
        long minutes = duration.toMinutes();
        int seconds = duration.toSecondsPart();
        if (minutes == 0) {
            return seconds + " s";
        }
        return seconds == 0 ? minutes + " min" : minutes + " min " + seconds + " s";
    }

    /** The node's own words when it did not serve; the deepest message otherwise. */
    private static String reason(Throwable failure) {
        String deepest = String.valueOf(failure.getMessage());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NodeReadiness.NotServingException notServing) {
                return notServing.getMessage();
            }
            if (cause.getMessage() != null) {
                deepest = cause.getMessage();
            }
        }
        return deepest;
    }

    private static RuntimeException notStarted(String image, String why, Throwable cause) {
        return ConfigurationError.ofRun()
                .problem(
                        "the Aerospike container " + image + " is not serving: " + why,
                        "Check that Docker can run it (docker run " + image + "), set "
                                + BenchmarkConfiguration.CONTAINER_IMAGE + " to an image it has, or set "
                                + BenchmarkConfiguration.SERVER + "=embedded.",
                        cause);
    }

    private static void stopQuietly(Startable container) {
        try {
            BoundedCall.within(STOP_TIMEOUT, "aerobench-container-stop", () -> {
                container.stop();
                return container;
            });
        } catch (TimeoutException | ExecutionException | InterruptedException stopFailed) {
            // The start failure is what the user needs; a container left behind is Ryuk's (or
            // docker rm's) to remove, and the interrupt, if any, is the caller's to see.
            if (stopFailed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
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
