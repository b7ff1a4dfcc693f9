package dev.aerobench;

/** Where the Aerospike server of a benchmark run comes from. */
public enum ServerKind {
    /**
     * Choose by environment: {@link #EXTERNAL} when {@code AEROSPIKE_HOST} is set, else
     * {@link #CONTAINER} when a Docker engine answers and the image (with the images Testcontainers
     * itself needs) is local or pullable, else {@link #EMBEDDED} — saying why in one line when Docker
     * answers but the container cannot be had. Asking Docker starts and pulls nothing.
     */
    AUTO,
    /** A server or cluster that is already running, at {@code AEROSPIKE_HOST}:{@code AEROSPIKE_PORT}. */
    EXTERNAL,
    /**
     * {@code aerospike/aerospike-server} started by Testcontainers, ready once its node has formed
     * its cluster; needs Docker. Fails within seconds, naming the image and the fix, when the image
     * cannot be had.
     */
    CONTAINER,
    /** aerobench's in-JVM server speaking the Aerospike wire protocol. */
    EMBEDDED
}
