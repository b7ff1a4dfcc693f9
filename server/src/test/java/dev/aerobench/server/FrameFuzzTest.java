package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Throws thousands of broken frames, mutated from real client requests, at the server over raw
 * sockets. Each case sends its bytes, ends the stream, and requires the server to answer only with
 * well-framed replies and then hang up. Afterwards a client must still work and no connection may
 * be left behind.
 *
 * <p>The seed is random per run and printed; rerun a failure with
 * {@code -Daerobench.fuzz.seed=<seed>} (and {@code -Daerobench.fuzz.cases=<n>}).
 */
@Timeout(60)
@DisplayName("Fuzzing the frame decoder with mutated client requests")
class FrameFuzzTest {

    private static final int DEFAULT_CASES = 4_000;
    private static final Duration TIME_BUDGET = Duration.ofSeconds(15);
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);
    private static final int WORKERS = 4;
    private static final int FAILURES_SHOWN = 5;

    private static EmbeddedAerospikeServer server;
    private static FrameMutator mutator;

    @BeforeAll
    static void captureCorpus() throws IOException {
        // Enterprise, so that mutated compressed frames reach the decompressor instead of a flat 25.
        server = EmbeddedAerospikeServer.builder().edition(Edition.ENTERPRISE).start();
        mutator = new FrameMutator(RequestCorpus.capture(server));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    @DisplayName(
            "every mutated frame gets well-framed replies and a close, then a client works and no connection leaks")
    void fuzz() throws Exception {
        long seed = Long.getLong("aerobench.fuzz.seed", new Random().nextLong());
        int cases = Integer.getInteger("aerobench.fuzz.cases", DEFAULT_CASES);
        System.out.println("FrameFuzzTest seed=" + seed + " cases=" + cases);
        int baseline = MalformedFrameTest.awaitOpenConnections(server, 0);

        Queue<String> failures = new ConcurrentLinkedQueue<>();
        int ran = runCases(seed, cases, failures);

        assertThat(failures)
                .as("fuzz failures (seed=%d, rerun with -Daerobench.fuzz.seed=%d)", seed, seed)
                .isEmpty();
        assertThat(ran).as("cases run within %s", TIME_BUDGET).isGreaterThanOrEqualTo(Math.min(cases, 1_000));
        assertThat(MalformedFrameTest.awaitOpenConnections(server, baseline))
                .as("open connections after fuzzing (seed=%d)", seed)
                .isEqualTo(baseline);
        assertThat(serverThreads())
                .as("the server's threads after fuzzing (seed=%d)", seed)
                .containsExactlyInAnyOrder(
                        "aerobench-server-" + server.port(), "aerobench-server-" + server.port() + "-cpu-warmer");
        assertClientWorks();
    }

    private static int runCases(long seed, int cases, Queue<String> failures) throws Exception {
        long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(
                WORKERS, Thread.ofPlatform().name("fuzz-", 0).factory());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                running.add(workers.submit(() -> {
                    for (int i = next.getAndIncrement();
                            i < cases && System.nanoTime() < deadline && failures.size() < FAILURES_SHOWN;
                            i = next.getAndIncrement()) {
                        runCase(seed, i, failures);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } finally {
            workers.shutdownNow();
        }
        return Math.min(next.get(), cases);
    }

    private static void runCase(long seed, int index, Queue<String> failures) {
        FrameMutator.Case fuzzCase = mutator.mutate(new Random(seed ^ (index * 0x9E37_79B9_7F4A_7C15L)));
        try (RawConnection connection = RawConnection.open(server)) {
            connection.sendIgnoringClose(fuzzCase.bytes());
            connection.endOutput();
            RawConnection.Outcome outcome = connection.readUntilClosed(CLOSE_WITHIN);
            if (!outcome.closed()) {
                throw new AssertionError(
                        "server did not close the connection within " + CLOSE_WITHIN + " after end of stream");
            }
            outcome.frames();
        } catch (AssertionError | IOException | RuntimeException e) {
            failures.add("case " + index + " (" + fuzzCase.mutation() + "): " + e.getMessage() + "\n  sent "
                    + WireFrames.hex(fuzzCase.bytes(), 96));
        }
    }

    /** Live threads of this server: one service thread serves every connection, whatever it sent. */
    private static List<String> serverThreads() {
        String name = "aerobench-server-" + server.port();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(thread -> thread.equals(name) || thread.startsWith(name + "-"))
                .toList();
    }

    private static void assertClientWorks() {
        try (AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Key key = new Key("test", "after-fuzz", "k1");
            client.put(null, key, new Bin("a", 1));
            assertThat(client.get(null, key).getLong("a")).isEqualTo(1);
            assertThat(client.get(null, new Key[] {key, new Key("test", "after-fuzz", "k2")}))
                    .hasSize(2);
            List<Key> scanned = new ArrayList<>();
            client.scanAll(null, "test", "after-fuzz", (k, record) -> scanned.add(k));
            assertThat(scanned).hasSize(1);
            // Whatever mutated writes stored, the client must be able to read it back.
            assertThatCode(() -> client.scanAll(null, "test", null, (k, record) -> {}))
                    .as("scanning every record the fuzz left behind")
                    .doesNotThrowAnyException();
        }
    }
}
