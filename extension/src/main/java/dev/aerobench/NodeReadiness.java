package dev.aerobench;

import java.io.EOFException;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Waits, within a bounded time, until an Aerospike node serves clients: its info answers show a
 * formed cluster, {@value #PARTITION_GENERATION} a number of at least 0 and {@value #CLUSTER_STABLE}
 * a cluster key rather than an error.
 *
 * <p>Neither an open port nor the server's log line is enough. A real node logs "service ready"
 * and answers info about two seconds before its single-node cluster is formed, and until then the
 * official client refuses it ("Node ... is not yet fully initialized": it reads
 * {@value #PARTITION_GENERATION} -1). Behind Docker's port mapping, a TCP connect succeeds even when
 * nothing listens in the container. The embedded server answers both commands as a formed node
 * does, so the same check serves for it.
 */
final class NodeReadiness {

    static final String PARTITION_GENERATION = "partition-generation";
    static final String CLUSTER_STABLE = "cluster-stable:size=1";

    /** Between two questions; a real node forms its cluster about two seconds after it answers. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    /** For one question; a node that takes longer is asked again. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    /** What was waited for, as messages name it. */
    static final String WAITED_FOR = "a formed cluster (info " + PARTITION_GENERATION + " >= 0 and " + CLUSTER_STABLE
            + " answering a cluster key)";

    private final String host;
    private final int port;

    NodeReadiness(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The node's answer to the two questions, or why it gave none. */
    record Answer(boolean serving, String description) {}

    /** Asks once. */
    Answer ask() {
        Map<String, String> info;
        try {
            info = InfoProbe.request(host, port, REQUEST_TIMEOUT, PARTITION_GENERATION, CLUSTER_STABLE);
        } catch (EOFException closed) {
            return new Answer(false, "no answer (the connection was closed)");
        } catch (IOException unanswered) {
            return new Answer(false, "no answer (" + unanswered.getMessage() + ")");
        }
        String generation = info.get(PARTITION_GENERATION);
        String clusterKey = info.get(CLUSTER_STABLE);
        boolean serving = isGeneration(generation) && isClusterKey(clusterKey);
        return new Answer(serving, PARTITION_GENERATION + "=" + generation + ", " + CLUSTER_STABLE + "=" + clusterKey);
    }

    /**
     * Asks until the node serves, or fails when {@code timeout} has passed or {@code stillRunning}
     * turns false (the node's process or container ended); the failure names what was waited for
     * and the node's last answer.
     *
     * @return the last answer, the serving one
     */
    Answer await(Duration timeout, BooleanSupplier stillRunning) throws NotServingException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Answer answer = ask();
            if (answer.serving()) {
                return answer;
            }
            if (!stillRunning.getAsBoolean()) {
                throw new NotServingException(
                        "it stopped before it served " + WAITED_FOR + "; its last answer: " + answer.description());
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new NotServingException("it did not serve within " + timeout.toSeconds() + " s; waited for "
                        + WAITED_FOR + ", its last answer: " + answer.description());
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    private static boolean isGeneration(String value) {
        if (value == null) {
            return false;
        }
        try {
            return Long.parseLong(value.trim()) >= 0;
        } catch (NumberFormatException notNumber) {
            return false;
        }
    }

    /** A real node answers a hexadecimal key, or {@code ERROR:7:unstable cluster} until it is formed. */
    private static boolean isClusterKey(String value) {
        return value != null && !value.isBlank() && !value.startsWith("ERROR");
    }

    /** The node did not serve in time; the message says what was waited for and what it answered. */
    static final class NotServingException extends Exception {
        private static final long serialVersionUID = 1L;

        NotServingException(String message) {
            super(message);
        }
    }
}
