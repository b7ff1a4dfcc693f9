/**
 * The embedded server's own benchmark, {@link dev.aerobench.benchmark.server.ServerBenchmark}: the
 * official clients against {@link dev.aerobench.server.EmbeddedAerospikeServer}, compared with a real
 * Aerospike server, so that the embedded server is never what a client benchmark measures. It is not
 * a test and never runs in {@code test} or {@code verify}; run it with
 * {@code ./mvnw -pl extension -Pserver-benchmark verify} (about 1.5 minutes).
 */
package dev.aerobench.benchmark.server;
