package dev.aerobench.benchmark.server;

/**
 * What a real Aerospike CE 8.1 server did for one case on a 2-core machine like the one the
 * benchmark runs on, driven by the jdk21 client over loopback (figures from the issue that asked
 * for this benchmark). {@link Double#NaN} where the figure was not reported.
 *
 * @param opsPerSecond operations (or batches) per second
 * @param p50Micros median latency in microseconds
 * @param p99Micros 99th percentile latency in microseconds
 */
record ReferenceFigures(double opsPerSecond, double p50Micros, double p99Micros) {

    /**
     * A case the issue gave no figures for; run the benchmark against a real node with
     * {@code -Daerobench.serverBenchmark.server=host:port} to get them.
     */
    static final ReferenceFigures NOT_MEASURED = new ReferenceFigures(Double.NaN, Double.NaN, Double.NaN);

    /** A reference of which only the throughput is known. */
    static ReferenceFigures throughputOnly(double opsPerSecond) {
        return new ReferenceFigures(opsPerSecond, Double.NaN, Double.NaN);
    }
}
