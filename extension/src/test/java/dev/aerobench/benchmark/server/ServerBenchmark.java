package dev.aerobench.benchmark.server;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.internal.client.ClientArmLoader;
import dev.aerobench.internal.client.ClientArmSpec;
import dev.aerobench.internal.client.LoadedArm;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures the embedded server with both official clients, so that it is never what a client
 * benchmark measures: for each client, sync get and put on one thread, sync get on 8 threads, async
 * get with 50 commands in flight and batch get of 100 keys, each warmed up and then measured for a
 * fixed time; then the heap a fresh server holds per stored record. Prints a table next to what a
 * real Aerospike CE 8.1 server did on a comparable 2-core machine.
 *
 * <p>Run it with {@code ./mvnw -pl extension -Pserver-benchmark verify}; see
 * {@link ServerBenchmarkOptions} for what can be set with {@code -D}. Clients and server share the
 * JVM and its cores, so note the machine's load next to the figures (the benchmark prints it).
 */
public final class ServerBenchmark {

    private static final String NAMESPACE = "test";
    private static final PrintStream OUT = System.out;

    private ServerBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        ServerBenchmarkOptions options = ServerBenchmarkOptions.fromSystemProperties();
        OUT.println(describeEnvironment(options));
        OUT.println("load average at start: " + loadAverage());
        if (!options.externalServer().isEmpty()) {
            measureExternal(options);
            return;
        }
        List<CaseResult> results = new ArrayList<>();
        HeapFootprint heap;
        HeapFootprint heapWithMap;
        try (ClientArmLoader loader = new ClientArmLoader()) {
            try (EmbeddedAerospikeServer server =
                    EmbeddedAerospikeServer.builder().namespaces(NAMESPACE).start()) {
                for (String coordinates : options.clients()) {
                    results.addAll(runCases(
                            loader, coordinates, server.host(), server.port(), serverThreadPrefix(server), options));
                }
            }
            try (LoadedArm arm =
                    loader.load(ClientArmSpec.maven(options.clients().get(0)))) {
                OUT.println("measuring heap per record with " + arm.identity() + " ...");
                heap = HeapFootprint.measure(arm, options.heapRecords(), HeapFootprint.RecordShape.THREE_BINS);
                heapWithMap = HeapFootprint.measure(
                        arm, options.heapRecords() / 10, HeapFootprint.RecordShape.THREE_BINS_AND_MAP);
            }
        }
        OUT.println();
        OUT.print(ResultTable.format(results));
        OUT.println("(reference: a real Aerospike CE 8.1 server on a comparable 2-core machine, jdk21 client,"
                + " loopback; batch figures are batches of 100 keys)");
        OUT.println("(server CPU counts all CPU time of the server's threads, on a VM including the cost of being"
                + " woken for each request; the server's own work per get or put is ~3 µs)");
        OUT.println();
        OUT.print(heap.describe());
        OUT.print(heapWithMap.describe());
        OUT.println("load average at end: " + loadAverage());
    }

    /** The cases against a real node, for the reference figures; no server CPU, no heap figure. */
    private static void measureExternal(ServerBenchmarkOptions options) throws InterruptedException {
        String server = options.externalServer();
        String host = server.substring(0, server.lastIndexOf(':'));
        int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        List<CaseResult> results = new ArrayList<>();
        try (ClientArmLoader loader = new ClientArmLoader()) {
            for (String coordinates : options.clients()) {
                results.addAll(runCases(loader, coordinates, host, port, null, options));
            }
        }
        OUT.println();
        OUT.print(ResultTable.format(results));
        OUT.println("(measured against the external server " + server + "; server CPU is not measured there)");
        OUT.println("load average at end: " + loadAverage());
    }

    /**
     * Every case with one client against the server at {@code host:port}; the server's CPU is metered
     * through its threads named {@code serverThreadPrefix...}, or not at all when that is null.
     */
    private static List<CaseResult> runCases(
            ClientArmLoader loader,
            String coordinates,
            String host,
            int port,
            String serverThreadPrefix,
            ServerBenchmarkOptions options)
            throws InterruptedException {
        List<CaseResult> results = new ArrayList<>();
        try (LoadedArm arm = loader.load(ClientArmSpec.maven(coordinates))) {
            ClientAdapter client = arm.openAdapter(
                    new ConnectionSettings(host, port, NAMESPACE, null, null, false, BenchmarkCase.ASYNC_WINDOW));
            SeedData data = new SeedData(options.seedRecords(), BenchmarkCase.BATCH_SIZE);
            data.writeAll(client);
            try {
                // A first round through every case before anything is measured: until the JIT has compiled
                // the server's paths its CPU cost per operation is several times higher, and code a later
                // case reaches first would otherwise be compiled (or deoptimised) inside a measured window.
                for (BenchmarkCase benchmarkCase : BenchmarkCase.values()) {
                    benchmarkCase.measure(client, data, options.warmup());
                }
                for (BenchmarkCase benchmarkCase : BenchmarkCase.values()) {
                    CaseResult result = benchmarkCase.run(
                            arm.identity(), client, data, options.warmup(), options.measure(), serverThreadPrefix);
                    OUT.println(progressLine(result));
                    results.add(result);
                }
            } finally {
                data.removeAll(client);
            }
        }
        return results;
    }

    /** Every thread of the server is named {@code aerobench-server-<port>-...}. */
    private static String serverThreadPrefix(EmbeddedAerospikeServer server) {
        return "aerobench-server-" + server.port() + "-";
    }

    private static String progressLine(CaseResult result) {
        return String.format(
                Locale.ROOT,
                "  %s, %s: %s ops/s, p50 %s µs, p99 %s µs, %d failures, server CPU %s µs/op",
                result.client(),
                result.benchmarkCase().label(),
                ResultTable.number("%,.0f", result.opsPerSecond()),
                ResultTable.number("%.1f", result.p50Micros()),
                ResultTable.number("%.1f", result.p99Micros()),
                result.failures(),
                ResultTable.number("%.1f", result.serverCpuMicrosPerOp()));
    }

    private static String describeEnvironment(ServerBenchmarkOptions options) {
        return String.format(
                Locale.ROOT,
                "aerobench server benchmark: Java %1$s (%2$s), %3$d cores, JVM arguments %4$s%n"
                        + "per client: a warmup round of every case for %5$d s, then each case %5$d s warmup"
                        + " and %6$d s measured; %7$,d seed records; %8$,d records for the heap figure",
                Runtime.version(),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                options.warmup().toSeconds(),
                options.measure().toSeconds(),
                options.seedRecords(),
                options.heapRecords());
    }

    /** The 1, 5 and 15 minute load averages as {@code uptime} shows them, where the OS has them. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException noProcFileSystem) {
            return ResultTable.number(
                            "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                    + " (1 minute)";
        }
    }
}
