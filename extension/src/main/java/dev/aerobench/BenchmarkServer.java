package dev.aerobench;

import dev.aerobench.adapter.ConnectionSettings;

/**
 * The Aerospike server a benchmark run talks to, as a test method receives it. One server serves
 * every test of a run and is stopped (if aerobench started it) when the run ends.
 */
public interface BenchmarkServer {

    /** Host (or seed host of a cluster) clients connect to. */
    String host();

    /** Port clients connect to. */
    int port();

    /** Namespace the benchmark writes to. */
    String namespace();

    /** Where this server comes from. */
    ServerKind kind();

    /** Server version as the server reports it (info {@code build}), e.g. {@code 8.1.0.0}. */
    String version();

    /** How an adapter connects to this server; credentials included, never printed. */
    ConnectionSettings connectionSettings(int asyncMaxCommandsInFlight);

    /** One line for reports, e.g. {@code embedded 8.1.0.0 at 127.0.0.1:41234, namespace test}. */
    default String describe() {
        return kind().name().toLowerCase(java.util.Locale.ROOT) + " " + version() + " at " + host() + ":" + port()
                + ", namespace " + namespace();
    }
}
