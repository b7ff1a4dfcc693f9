package dev.aerobench;

/** Where the Aerospike server of a benchmark run comes from. */
public enum ServerKind {
    /**
     * Choose by environment: {@link #EXTERNAL} when {@code AEROSPIKE_HOST} is set, else
     * {@link #CONTAINER} when Docker is available, else {@link #EMBEDDED}.
     */
    AUTO,
    /** A server or cluster that is already running, at {@code AEROSPIKE_HOST}:{@code AEROSPIKE_PORT}. */
    EXTERNAL,
    /** {@code aerospike/aerospike-server} started by Testcontainers; needs Docker. */
    CONTAINER,
    /** aerobench's in-JVM server speaking the Aerospike wire protocol. */
    EMBEDDED
}
