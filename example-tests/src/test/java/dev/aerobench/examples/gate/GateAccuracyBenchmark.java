package dev.aerobench.examples.gate;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.aerobench.BenchmarkConfiguration;
import dev.aerobench.server.EmbeddedAerospikeServer;
import dev.aerobench.server.RequestHook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Measures how well the gate decides: runs complete gate evaluations of every built-in operation,
 * as a user's {@code @AerospikeBenchmark} test would with default settings, again and again, for
 * each {@link Scenario} — the same client twice, candidates made 10% and 5% slower, and the same
 * client twice against a server whose connections have uneven delays — and prints, per scenario and
 * operation, how often the gate said PASS, FAIL and INCONCLUSIVE, the median speedup, resolution
 * and time to a decision.
 *
 * <pre>
 * ./mvnw -pl example-tests -Pgate-accuracy verify -Daerobench.gateAccuracy.runs=10
 * </pre>
 *
 * <p>Settings (system properties): {@value #RUNS} (default 5), {@value #SCENARIOS} (comma-separated
 * {@link Scenario} names, default all), {@value #OPERATIONS} (comma-separated operation names, default
 * every built-in one), {@value #OUTPUT} (a Markdown copy of the table; default
 * {@code target/gate-accuracy.md}). Any {@code aerobench.*} system property is passed on, e.g.
 * {@code -Daerobench.host=127.0.0.1} to measure against a real server (the uneven-connections
 * scenario always uses its own embedded server).
 */
public final class GateAccuracyBenchmark {

    static final String RUNS = "aerobench.gateAccuracy.runs";
    static final String SCENARIOS = "aerobench.gateAccuracy.scenarios";
    static final String OPERATIONS = "aerobench.gateAccuracy.operations";
    static final String OUTPUT = "aerobench.gateAccuracy.output";

    /** Extra latency a slow connection adds to every record command of the uneven-connections server. */
    static final long SLOW_CONNECTION_NANOS = 2_000;

    private GateAccuracyBenchmark() {}

    public static void main(String[] args) throws IOException {
        int runs = Integer.getInteger(RUNS, 5);
        List<Scenario> scenarios = setting(SCENARIOS) == null
                ? List.of(Scenario.values())
                : Arrays.stream(setting(SCENARIOS).split(","))
                        .map(name -> Scenario.valueOf(name.trim()))
                        .toList();
        Path reports = Files.createTempDirectory("aerobench-gate-accuracy");
        GateTally tally = new GateTally();
        PrintStream out = System.out;
        for (int run = 1; run <= runs; run++) {
            for (Scenario scenario : scenarios) {
                out.printf("gate-accuracy: run %d of %d, %s%n", run, runs, scenario.label());
                tally.addAll(scenario, evaluate(scenario, reports));
            }
        }
        String table = tally.table(runs);
        out.println();
        out.print(table);
        Path output = Path.of(System.getProperty(OUTPUT, "target/gate-accuracy.md"));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, table);
        out.println("gate-accuracy: table written to " + output.toAbsolutePath());
    }

    /** One complete gate evaluation of every operation: the outcomes the extension reported. */
    private static List<OperationOutcome> evaluate(Scenario scenario, Path reports) {
        Map<String, String> configuration = new LinkedHashMap<>(passedOn());
        configuration.putAll(scenario.configuration());
        configuration.put(BenchmarkConfiguration.REPORTS_DIR, reports.toString());
        if (setting(OPERATIONS) != null) {
            configuration.put(BenchmarkConfiguration.OPERATIONS, setting(OPERATIONS));
        }
        if (!scenario.unevenConnections()) {
            return launch(configuration);
        }
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder()
                .requestHook(unevenConnections(new SplittableRandom().nextLong()))
                .start()) {
            configuration.put(BenchmarkConfiguration.SERVER, "external");
            configuration.put(BenchmarkConfiguration.HOST, server.host());
            configuration.put(BenchmarkConfiguration.PORT, Integer.toString(server.port()));
            return launch(configuration);
        }
    }

    private static List<OperationOutcome> launch(Map<String, String> configuration) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(GateAccuracyCase.class))
                .configurationParameters(configuration)
                .build();
        OutcomeCollector collector = new OutcomeCollector();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, collector);
        return collector.outcomes();
    }

    /**
     * Half the connections, chosen at random per connection and kept for its life, spend an extra
     * {@value #SLOW_CONNECTION_NANOS} ns on every record command: which client instance gets the
     * slow ones is luck, and it stays so for the instance's life.
     */
    static RequestHook unevenConnections(long seed) {
        return RequestHook.perConnection((kind, connection) -> {
            if (kind == RequestHook.Kind.MESSAGE && isSlowConnection(seed, connection)) {
                long deadline = System.nanoTime() + SLOW_CONNECTION_NANOS;
                while (System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
            }
        });
    }

    /** A setting of this benchmark; null when not set or empty (as the Maven profile passes "unset"). */
    private static String setting(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether {@code connection} is one of the slow ones: drawn once per connection from the seed. */
    static boolean isSlowConnection(long seed, long connection) {
        return new SplittableRandom(seed ^ connection).nextBoolean();
    }

    /** The {@code aerobench.*} system properties, other than this benchmark's own. */
    private static Map<String, String> passedOn() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("aerobench.") && !name.startsWith("aerobench.gateAccuracy.")) {
                parameters.put(name, System.getProperty(name));
            }
        }
        return parameters;
    }

    /** What the extension reported for one operation of one evaluation. */
    record OperationOutcome(String operation, String verdict, double speedup, double resolution, double seconds) {}
}
