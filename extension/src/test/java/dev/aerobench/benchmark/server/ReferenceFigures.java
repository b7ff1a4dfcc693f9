package dev.aerobench.benchmark.server;

/**
 * What a real Aerospike CE 8.1 server did for one case on a 2-core machine like the one the
 * benchmark runs on, driven by the jdk21 client over loopback (figures from the issue that asked
 * for this benchmark). {@link Double#NaN} where the figure was not reported. The map-increment,
 * filtered-get and query figures were measured with {@code -Daerobench.serverBenchmark.server}
 * against CE 8.1.2.0 built from source, 10,000 records, the best of both clients, on a loaded
 * machine (load average about 10): read them as orders of magnitude.
 *
 * @param opsPerSecond operations (or batches) per second
 * @param p50Micros median latency in microseconds
 * @param p99Micros 99th percentile latency in microseconds
 */
record ReferenceFigures(double opsPerSecond, double p50Micros, double p99Micros) {

    /** A reference of which only the throughput is known. */
    static ReferenceFigures throughputOnly(double opsPerSecond) {
        return new ReferenceFigures(opsPerSecond, Double.NaN, Double.NaN);
    }
}
