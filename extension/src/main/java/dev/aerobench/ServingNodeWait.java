package dev.aerobench;

import java.time.Duration;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Testcontainers' wait for an Aerospike container: {@link NodeReadiness} on the mapped service
 * port, failing at once when the container stops. Keeps the serving answer and how long it took.
 */
final class ServingNodeWait extends AbstractWaitStrategy {

    private final int servicePort;
    private NodeReadiness.Answer serving;
    private Duration waited;

    ServingNodeWait(int servicePort, Duration timeout) {
        this.servicePort = servicePort;
        withStartupTimeout(timeout);
    }

    @Override
    protected void waitUntilReady() {
        NodeReadiness readiness =
                new NodeReadiness(waitStrategyTarget.getHost(), waitStrategyTarget.getMappedPort(servicePort));
        long start = System.nanoTime();
        try {
            serving = readiness.await(startupTimeout, waitStrategyTarget::isRunning);
        } catch (NodeReadiness.NotServingException notServing) {
            throw new IllegalStateException(notServing.getMessage(), notServing);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + NodeReadiness.WAITED_FOR, interrupted);
        }
        waited = Duration.ofNanos(System.nanoTime() - start);
    }

    /** The node's serving answer, once the wait is over. */
    NodeReadiness.Answer serving() {
        return serving;
    }

    /** How long the node took to serve after the container started. */
    Duration waited() {
        return waited;
    }
}
