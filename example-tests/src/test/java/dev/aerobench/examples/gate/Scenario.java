package dev.aerobench.examples.gate;

import dev.aerobench.BenchmarkConfiguration;
import dev.aerobench.examples.seed.FivePercentSlowerAdapter;
import dev.aerobench.examples.seed.TenPercentSlowerAdapter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One kind of gate evaluation the gate-accuracy benchmark repeats, and what it should conclude. */
enum Scenario {
    /** The same client jar twice, each in its own class loader: must pass. */
    SAME_CLIENT("A/A", 0.95, "PASS", false),
    /** A candidate about 10% slower than the baseline: must fail at 0.95. */
    TEN_PERCENT_SLOWER("10% slower", 0.95, "FAIL", false),
    /** A candidate about 5% slower than the baseline: should fail at 0.98. */
    FIVE_PERCENT_SLOWER("5% slower", 0.98, "FAIL", false),
    /**
     * The same client jar twice against a server that gives each connection a persistent delay of
     * its own (some fast, some slow, as a real node's service threads on a small VM): must not fail.
     */
    SAME_CLIENT_UNEVEN_CONNECTIONS("A/A, uneven connections", 0.95, "PASS", true);

    static final String SAME_JAR = "com.aerospike:aerospike-client-jdk8:9.2.0";

    private final String label;
    private final double minSpeedup;
    private final String expected;
    private final boolean unevenConnections;

    Scenario(String label, double minSpeedup, String expected, boolean unevenConnections) {
        this.label = label;
        this.minSpeedup = minSpeedup;
        this.expected = expected;
        this.unevenConnections = unevenConnections;
    }

    String label() {
        return label;
    }

    double minSpeedup() {
        return minSpeedup;
    }

    /** The verdict a perfect gate would give. */
    String expected() {
        return expected;
    }

    boolean unevenConnections() {
        return unevenConnections;
    }

    /** The configuration parameters of one evaluation. */
    Map<String, String> configuration() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(BenchmarkConfiguration.MIN_SPEEDUP, Double.toString(minSpeedup));
        switch (this) {
            case SAME_CLIENT, SAME_CLIENT_UNEVEN_CONNECTIONS -> {
                parameters.put(BenchmarkConfiguration.CANDIDATE, SAME_JAR);
                parameters.put(BenchmarkConfiguration.BASELINE, SAME_JAR);
                parameters.put(BenchmarkConfiguration.ALLOW_SAME_CLIENT, "true");
            }
            case TEN_PERCENT_SLOWER -> {
                parameters.put(BenchmarkConfiguration.CANDIDATE, TenPercentSlowerAdapter.class.getName());
                parameters.put(BenchmarkConfiguration.BASELINE, "classpath");
            }
            case FIVE_PERCENT_SLOWER -> {
                parameters.put(BenchmarkConfiguration.CANDIDATE, FivePercentSlowerAdapter.class.getName());
                parameters.put(BenchmarkConfiguration.BASELINE, "classpath");
            }
        }
        return parameters;
    }
}
