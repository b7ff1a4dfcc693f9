package dev.aerobench.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.TestReporter;

/**
 * A hand-made run of two benchmark tests over {@link SampleResults}: put and get (async conc) in
 * one, the single-fork scan in the other; and the JSON parsing the format tests read files with.
 */
final class SampleRuns {

    static final JvmInfo JVM = new JvmInfo("/opt/jdk/bin/java", "21.0.5", "OpenJDK 64-Bit Server VM", "21.0.5+11");
    static final String UPGRADE = "com.example.ClientUpgradeTest";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleRuns() {}

    static List<BenchmarkResults> run() {
        return List.of(
                new BenchmarkResults(
                        start(new BenchmarkId(UPGRADE, "upgrade"), new ArrayList<>()),
                        List.of(SampleResults.put(), SampleResults.getAsyncConcurrent())),
                new BenchmarkResults(
                        start(new BenchmarkId(UPGRADE + "$Nested", "scan"), new ArrayList<>()),
                        List.of(SampleResults.scanSingleFork())));
    }

    /** A start whose report entries land in {@code entries}. */
    static BenchmarkStart start(BenchmarkId id, List<Map<String, String>> entries) {
        TestReporter reporter = entries::add;
        return new BenchmarkStart(
                id,
                "method [" + id.methodName() + "()] of " + id.className(),
                "aerospike-client-jdk21 9.0.4 (com.aerospike:aerospike-client-jdk21:9.0.4)",
                "aerospike-client-jdk8 9.2.0 (com.aerospike:aerospike-client-jdk8:9.2.0)",
                "embedded 8.1.0.0 at 127.0.0.1:3000, namespace test",
                42,
                reporter);
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException notJson) {
            throw new UncheckedIOException("not JSON: " + json, notJson);
        }
    }
}
