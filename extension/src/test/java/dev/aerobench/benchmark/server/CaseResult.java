package dev.aerobench.benchmark.server;

/**
 * What one case measured for one client.
 *
 * @param client the client's identity, e.g. {@code aerospike-client-jdk21 9.0.4}
 * @param benchmarkCase the case
 * @param operations operations (batches for the batch case) completed in the measured window
 * @param opsPerSecond {@code operations} divided by the window's length
 * @param p50Micros median latency, microseconds
 * @param p99Micros 99th percentile latency, microseconds
 * @param failures operations that threw or whose answer was wrong (a missing record); a run with
 *     failures measures something else than the case says
 * @param serverCpuMicrosPerOp CPU time of the server's threads per operation, microseconds
 * @param jvmCpuMicrosPerOp CPU time of the whole JVM (client, server, GC, JIT) per operation, microseconds
 */
record CaseResult(
        String client,
        BenchmarkCase benchmarkCase,
        long operations,
        double opsPerSecond,
        double p50Micros,
        double p99Micros,
        long failures,
        double serverCpuMicrosPerOp,
        double jvmCpuMicrosPerOp) {

    /** The server CPU time of a case run against a server whose threads cannot be metered. */
    static final long NOT_METERED = -1;

    /** Reads the result off a measurement; figures are NaN when nothing completed or was not metered. */
    static CaseResult of(
            String client, BenchmarkCase benchmarkCase, Measurement measured, long serverCpuNanos, long jvmCpuNanos) {
        long operations = measured.latencyNanos().getTotalCount();
        boolean empty = operations == 0;
        return new CaseResult(
                client,
                benchmarkCase,
                operations,
                measured.elapsedNanos() > 0 ? operations * 1e9 / measured.elapsedNanos() : Double.NaN,
                empty ? Double.NaN : measured.latencyNanos().getValueAtPercentile(50) / 1e3,
                empty ? Double.NaN : measured.latencyNanos().getValueAtPercentile(99) / 1e3,
                measured.failures(),
                empty || serverCpuNanos == NOT_METERED ? Double.NaN : serverCpuNanos / 1e3 / operations,
                empty ? Double.NaN : jvmCpuNanos / 1e3 / operations);
    }

    /** This throughput divided by the reference's: above 1 beats the real server. */
    double throughputVersusReference() {
        return opsPerSecond / benchmarkCase.reference().opsPerSecond();
    }
}
