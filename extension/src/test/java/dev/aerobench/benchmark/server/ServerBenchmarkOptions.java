package dev.aerobench.benchmark.server;

import java.time.Duration;
import java.util.List;

/**
 * How long and how big the benchmark runs, from system properties (the Maven profile passes its
 * properties of the same names through).
 *
 * @param warmup time each case runs in the warmup round, and again right before it is measured
 *     ({@value #WARMUP_SECONDS}, default 1)
 * @param measure time each case is measured ({@value #MEASURE_SECONDS}, default 5)
 * @param seedRecords records the cases read and overwrite ({@value #SEED_RECORDS}, default 10,000)
 * @param heapRecords records stored for the heap measurement ({@value #HEAP_RECORDS}, default 200,000)
 * @param clients Maven coordinates of the clients, comma-separated ({@value #CLIENTS}, default the jdk21
 *     9.0.4 and jdk8 9.2.0 clients)
 * @param externalServer {@code host:port} of a real node to run the cases against instead of the
 *     embedded server ({@value #SERVER}; empty for the embedded server): how the reference figures
 *     are measured. Writes only to the set {@code bench} of namespace {@code test} and removes it.
 */
record ServerBenchmarkOptions(
        Duration warmup,
        Duration measure,
        int seedRecords,
        int heapRecords,
        List<String> clients,
        String externalServer) {

    static final String WARMUP_SECONDS = "aerobench.serverBenchmark.warmupSeconds";
    static final String MEASURE_SECONDS = "aerobench.serverBenchmark.measureSeconds";
    static final String SEED_RECORDS = "aerobench.serverBenchmark.seedRecords";
    static final String HEAP_RECORDS = "aerobench.serverBenchmark.heapRecords";
    static final String CLIENTS = "aerobench.serverBenchmark.clients";
    static final String SERVER = "aerobench.serverBenchmark.server";

    private static final String DEFAULT_CLIENTS =
            "com.aerospike:aerospike-client-jdk21:9.0.4,com.aerospike:aerospike-client-jdk8:9.2.0";

    static ServerBenchmarkOptions fromSystemProperties() {
        return new ServerBenchmarkOptions(
                Duration.ofSeconds(positive(WARMUP_SECONDS, 1)),
                Duration.ofSeconds(positive(MEASURE_SECONDS, 5)),
                (int) positive(SEED_RECORDS, 10_000),
                (int) positive(HEAP_RECORDS, 200_000),
                List.of(System.getProperty(CLIENTS, DEFAULT_CLIENTS).split("\\s*,\\s*")),
                readExternalServer());
    }

    private static String readExternalServer() {
        String server = System.getProperty(SERVER, "").strip();
        if (!server.isEmpty() && !server.matches(".+:\\d{1,5}")) {
            throw new IllegalArgumentException(
                    "-D" + SERVER + "=" + server + " must be host:port, e.g. 127.0.0.1:3000");
        }
        return server;
    }

    private static long positive(String key, long defaultValue) {
        String text = System.getProperty(key);
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0 && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the key's name
        }
        throw new IllegalArgumentException("-D" + key + "=" + text + " must be a positive whole number");
    }
}
