package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("RequestHook: latency and fault injection")
class RequestHookTest {

    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);

    @Test
    @DisplayName("sees every request's kind before it is served, and delays it by what it sleeps")
    void delaysRequests() {
        List<RequestHook.Kind> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean slow = new AtomicBoolean();
        RequestHook hook = kind -> {
            seen.add(kind);
            if (kind == RequestHook.Kind.MESSAGE && slow.get()) {
                Thread.sleep(30);
            }
        };
        try (EmbeddedAerospikeServer server =
                        EmbeddedAerospikeServer.builder().requestHook(hook).start();
                AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
            Key key = new Key("test", "hook", "k");
            client.put(null, key, new Bin("a", 1));
            slow.set(true);

            long start = System.nanoTime();
            assertThat(client.get(null, key).getInt("a")).isEqualTo(1);
            long elapsed = System.nanoTime() - start;

            assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
            assertThat(seen).contains(RequestHook.Kind.INFO, RequestHook.Kind.MESSAGE);
        }
    }

    @Test
    @DisplayName("tells a per-connection hook each request's connection, the same for every request on it")
    void perConnection() {
        Map<Long, List<RequestHook.Kind>> byConnection = new ConcurrentHashMap<>();
        Set<Long> slowConnections = ConcurrentHashMap.newKeySet();
        RequestHook hook = RequestHook.perConnection((kind, connection) -> {
            byConnection
                    .computeIfAbsent(connection, c -> new CopyOnWriteArrayList<>())
                    .add(kind);
            if (kind == RequestHook.Kind.MESSAGE && slowConnections.contains(connection)) {
                Thread.sleep(30);
            }
        });
        try (EmbeddedAerospikeServer server =
                        EmbeddedAerospikeServer.builder().requestHook(hook).start();
                AerospikeClient first = new AerospikeClient(server.host(), server.port())) {
            Key key = new Key("test", "hook", "k");
            first.put(null, key, new Bin("a", 1));
            Set<Long> firstClients = Set.copyOf(byConnection.keySet());
            try (AerospikeClient second = new AerospikeClient(server.host(), server.port())) {
                second.get(null, key);
                Set<Long> secondClients = new HashSet<>(byConnection.keySet());
                secondClients.removeAll(firstClients);
                assertThat(secondClients)
                        .as("the second client's connections are new ones")
                        .isNotEmpty();
                slowConnections.addAll(secondClients);

                long start = System.nanoTime();
                assertThat(second.get(null, key).getInt("a")).isEqualTo(1);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(30));
            }
            assertThat(byConnection.keySet()).allMatch(connection -> connection >= 1);
            assertThat(byConnection.values().stream().flatMap(List::stream)).contains(RequestHook.Kind.MESSAGE);
        }
    }

    static Stream<Throwable> faults() {
        // An exception, an assertion a test's hook might fail, and an interrupted sleep: none of
        // them may end (or leave interrupted) the one thread that serves every connection.
        return Stream.of(
                new IllegalStateException("injected fault"),
                new AssertionError("injected assertion"),
                new InterruptedException("injected interrupt"));
    }

    @ParameterizedTest
    @MethodSource("faults")
    @DisplayName("a hook that throws closes that request's connection unanswered; the server serves on")
    void faultClosesOnlyThatConnection(Throwable fault) throws Exception {
        AtomicBoolean failNext = new AtomicBoolean();
        RequestHook hook = kind -> {
            if (kind == RequestHook.Kind.INFO && failNext.getAndSet(false)) {
                throwUnchecked(fault);
            }
        };
        try (EmbeddedAerospikeServer server =
                EmbeddedAerospikeServer.builder().requestHook(hook).start()) {
            try (RawConnection failing = RawConnection.open(server);
                    RawConnection healthy = RawConnection.open(server)) {
                failNext.set(true);
                failing.send(WireFrames.info("build"));
                RawConnection.Outcome outcome = failing.readUntilClosed(CLOSE_WITHIN);

                assertThat(outcome.closed()).as("connection closed").isTrue();
                assertThat(outcome.received()).as("bytes answered").isEmpty();

                healthy.send(WireFrames.info("build"));
                assertThat(healthy.readFrame(CLOSE_WITHIN).body()).asString().contains(server.version());
            }
            assertThat(serviceThread(server).isInterrupted())
                    .as("service thread interrupted")
                    .isFalse();
            try (AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
                Key key = new Key("test", "hook", "after");
                client.put(null, key, new Bin("a", 2));
                assertThat(client.get(null, key).getInt("a")).isEqualTo(2);
            }
        }
    }

    private static Thread serviceThread(EmbeddedAerospikeServer server) {
        String name = "aerobench-server-" + server.port();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no live thread named " + name));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void throwUnchecked(Throwable fault) throws T {
        throw (T) fault;
    }
}
