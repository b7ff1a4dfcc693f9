package dev.aerobench;

import static dev.aerobench.AerospikeBenchmark.TEST_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.aerobench.server.EmbeddedAerospikeServer;
import dev.aerobench.server.RequestHook;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmarks against servers that misbehave, run through the engine as a user's tests run: each
 * fails in bounded time with a message naming the server, what failed and what to do. Every run
 * is given a password, and nothing it puts out (console, log, report entries, exception chains,
 * report files) may contain it.
 */
@DisplayName("A benchmark against a misbehaving server")
class MisbehavingServerTest {

    /** Generous: the probe gives up after 5 s, the clients' command timeout is 10 s. */
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    /** Distinctive, so that finding it anywhere can only mean it leaked. */
    private static final String PASSWORD = "Zq7-aerobench-secret-Kx";

    private static final Map<String, String> PASSWORD_ONLY = Map.of(BenchmarkConfiguration.PASSWORD, PASSWORD);
    private static final Map<String, String> USER_AND_PASSWORD =
            Map.of(BenchmarkConfiguration.USER, "bench", BenchmarkConfiguration.PASSWORD, PASSWORD);

    /** The seed writes 2 x 20 records; the request after them is the measurement's. */
    private static final int FIRST_MEASURED_REQUEST = 41;

    @TempDir
    Path reports;

    @Test
    @DisplayName("on a port that accepts and never answers, fails in the 5 s probe naming the address and the settings")
    void silentPort() throws Exception {
        try (MisbehavingServers.Listener silent = MisbehavingServers.silent()) {
            CapturedRun run = run(GetTestCase.class, silent.host(), silent.port(), PASSWORD_ONLY);

            assertThat(run.failureMessage())
                    .contains(
                            "no Aerospike server answered at " + address(silent.host(), silent.port()) + " within 5 s")
                    .contains("Read timed out")
                    .contains("Check AEROSPIKE_HOST/AEROSPIKE_PORT");
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a silent port with a user set (no probe), fails when the client cannot connect")
    void silentPortSecured() throws Exception {
        try (MisbehavingServers.Listener silent = MisbehavingServers.silent()) {
            CapturedRun run = run(GetTestCase.class, silent.host(), silent.port(), USER_AND_PASSWORD);

            assertThat(run.failureMessage())
                    .contains("Cannot connect aerospike-client-jdk8 9.2.0 to " + address(silent.host(), silent.port()))
                    .contains("are the user and password (if any) right?");
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on an HTTP server, says it answered in another protocol and shows how its answer begins")
    void httpServer() throws Exception {
        try (MisbehavingServers.Listener http = MisbehavingServers.http()) {
            CapturedRun run = run(GetTestCase.class, http.host(), http.port(), PASSWORD_ONLY);

            assertThat(run.failureMessage())
                    .contains("no Aerospike server answered at " + address(http.host(), http.port()))
                    .contains("not in the Aerospike protocol: its answer begins \"HTTP/1.1 400 Bad Request\"")
                    .contains("(an HTTP server?)");
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on an HTTP server with a user set, fails when the client cannot connect")
    void httpServerSecured() throws Exception {
        try (MisbehavingServers.Listener http = MisbehavingServers.http()) {
            CapturedRun run = run(GetTestCase.class, http.host(), http.port(), USER_AND_PASSWORD);

            assertThat(run.failureMessage())
                    .contains("Cannot connect aerospike-client-jdk8 9.2.0 to " + address(http.host(), http.port()));
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a server without the namespace, names the namespaces it has")
    void missingNamespace() {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start()) {
            CapturedRun run = run(GetTestCase.class, server.host(), server.port(), with(PASSWORD_ONLY, "nope"));

            assertThat(run.failureMessage())
                    .contains("the server at " + address(server.host(), server.port())
                            + " has no namespace 'nope' (it has: test)")
                    .contains("aerobench.namespace");
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a server without the namespace and a user set, fails seeding, naming arm, record and server")
    void missingNamespaceSecured() {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start()) {
            CapturedRun run = run(GetTestCase.class, server.host(), server.port(), with(USER_AND_PASSWORD, "nope"));

            assertThat(run.failureMessage())
                    .contains("seeding the candidate arm (aerospike-client-jdk8 9.2.0) failed at record 0 of 20")
                    .contains("Namespace not found")
                    .contains("Server: external")
                    .contains(address(server.host(), server.port()) + ", namespace nope")
                    .contains("Check that the server is up and serves namespace nope");
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a server that holds a request past the client's timeout, fails counting the timeout")
    void delayedRequest() {
        AtomicInteger requests = new AtomicInteger();
        RequestHook holdOne = kind -> {
            if (kind == RequestHook.Kind.MESSAGE && requests.incrementAndGet() == FIRST_MEASURED_REQUEST) {
                Thread.sleep(11_000); // the official adapter's command timeout is 10 s
            }
        };
        try (EmbeddedAerospikeServer server =
                EmbeddedAerospikeServer.builder().requestHook(holdOne).start()) {
            CapturedRun run = run(GetTestCase.class, server.host(), server.port(), USER_AND_PASSWORD);

            assertThat(run.failureMessage())
                    .contains("get [sync] on the")
                    .contains("failed at operation index 0")
                    .contains("AerospikeException$Timeout")
                    .contains("1 started and 1 failed (1 timeout), after 0 client retries")
                    .contains("(in fork 1)")
                    .contains("Server: external")
                    .contains("did not answer within the client's timeout");
            assertThat(server.recordCount("test"))
                    .as("records left after the cleanup")
                    .isZero();
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a server that drops a connection, fails naming the operation, its arm and the server")
    void droppedConnection() {
        AtomicInteger requests = new AtomicInteger();
        RequestHook dropOne = kind -> {
            if (kind == RequestHook.Kind.MESSAGE && requests.incrementAndGet() == FIRST_MEASURED_REQUEST) {
                throw new IllegalStateException("injected: drop this connection");
            }
        };
        try (EmbeddedAerospikeServer server =
                EmbeddedAerospikeServer.builder().requestHook(dropOne).start()) {
            CapturedRun run = run(GetTestCase.class, server.host(), server.port(), USER_AND_PASSWORD);

            assertThat(run.failureMessage())
                    .contains("get [sync] on the")
                    .contains("AerospikeException$Connection")
                    .contains("1 started and 1 failed (0 timeouts), after 0 client retries")
                    .contains("Server: external")
                    .contains("Check that the server is up");
            assertThat(server.recordCount("test"))
                    .as("records left after the cleanup")
                    .isZero();
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a server that drops many connections under concurrent load, counts every failed operation")
    void droppedConnectionsConcurrent() {
        AtomicInteger requests = new AtomicInteger();
        RequestHook dropAWindow = kind -> {
            int request = kind == RequestHook.Kind.MESSAGE ? requests.incrementAndGet() : 0;
            if (request >= FIRST_MEASURED_REQUEST && request < 200) {
                throw new IllegalStateException("injected: drop this connection");
            }
        };
        try (EmbeddedAerospikeServer server =
                EmbeddedAerospikeServer.builder().requestHook(dropAWindow).start()) {
            CapturedRun run = run(ConcurrentTestCase.class, server.host(), server.port(), PASSWORD_ONLY);

            Matcher counts = Pattern.compile(
                            "of this block's \\d+ operations, (\\d+) started and (\\d+) failed \\(\\d+ timeouts?\\)")
                    .matcher(run.failureMessage());
            assertThat(counts.find()).as("counts in: " + run.failureMessage()).isTrue();
            int failed = Integer.parseInt(counts.group(2));
            assertThat(failed).isBetween(1, Integer.parseInt(counts.group(1)));
            assertThat(run.failureMessage()).contains("get [async conc]").contains("Server: external");
            assertNoPassword(run);
        }
    }

    @Test
    @DisplayName("on a well-behaved server with a user and password, passes and writes its reports without them")
    void passingRunWithCredentials() {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start()) {
            CapturedRun run = run(GetTestCase.class, server.host(), server.port(), USER_AND_PASSWORD);

            run.results().testEvents().assertStatistics(stats -> stats.succeeded(1));
            assertThat(run.files()).as("report files").isNotEmpty();
            assertThat(run.everything()).contains("aerobench.get.verdict");
            assertNoPassword(run);
        }
    }

    private CapturedRun run(Class<?> testCase, String host, int port, Map<String, String> extra) {
        Map<String, String> configuration = new HashMap<>(extra);
        configuration.put(BenchmarkConfiguration.SERVER, "external");
        configuration.put(BenchmarkConfiguration.HOST, host);
        configuration.put(BenchmarkConfiguration.PORT, String.valueOf(port));
        return assertTimeoutPreemptively(NO_HANG, () -> CapturedRun.of(testCase, configuration, reports));
    }

    private static Map<String, String> with(Map<String, String> base, String namespace) {
        Map<String, String> configuration = new HashMap<>(base);
        configuration.put(BenchmarkConfiguration.NAMESPACE, namespace);
        return configuration;
    }

    private static String address(String host, int port) {
        return host + ":" + port;
    }

    /** Searches everything the run put out; it must have put something out for the search to mean anything. */
    private static void assertNoPassword(CapturedRun run) {
        String everything = run.everything();
        assertThat(everything).contains("aerobench");
        assertThat(everything).as("everything the run put out").doesNotContain(PASSWORD);
    }

    static class GetTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 20,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void get() {}
    }

    static class ConcurrentTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET_CONCURRENT,
                count = 20,
                concurrency = 8,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void getConcurrent() {}
    }
}
