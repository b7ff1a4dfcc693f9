package dev.aerobench.server.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Info;
import com.aerospike.client.Key;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Starting and stopping servers; each test starts its own. */
@Tag("contract")
@Timeout(30)
@DisplayName("Server lifecycle")
class ServerLifecycleContractTest {

    /** Names the JDK gives threads nobody named. */
    private static final Pattern ANONYMOUS_THREAD = Pattern.compile("Thread-\\d+|pool-\\d+-thread-\\d+");

    @Test
    @DisplayName("by default the server binds an ephemeral port on 127.0.0.1 and serves namespace test")
    void defaults() {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start()) {
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(server.port()).isPositive();
            assertThat(server.namespaces()).containsExactly("test");
            assertThat(Info.request(server.host(), server.port(), "namespaces")).isEqualTo("test");
        }
    }

    @Test
    @DisplayName("a fixed port is honoured")
    void fixedPort() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (EmbeddedAerospikeServer server =
                EmbeddedAerospikeServer.builder().port(port).start()) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(Info.request(server.host(), port, "status")).isEqualTo("ok");
        }
    }

    @Test
    @DisplayName("two servers in one JVM listen on distinct ports and keep separate data")
    void twoServersSideBySide() {
        try (EmbeddedAerospikeServer first = EmbeddedAerospikeServer.builder().start();
                EmbeddedAerospikeServer second = EmbeddedAerospikeServer.builder()
                        .namespaces("test", "bar")
                        .start();
                AerospikeClient firstClient = ServerUnderTest.connect(first, ServerUnderTest.clientPolicy());
                AerospikeClient secondClient = ServerUnderTest.connect(second, ServerUnderTest.clientPolicy())) {
            Key key = new Key("test", "lifecycle", "k1");

            firstClient.put(null, key, new Bin("server", "first"));
            secondClient.put(null, key, new Bin("server", "second"));

            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(firstClient.get(null, key).getString("server")).isEqualTo("first");
            assertThat(secondClient.get(null, key).getString("server")).isEqualTo("second");
            assertThat(firstClient.getNodes()[0].getName()).isNotBlank();
            assertThat(second.namespaces()).containsExactly("test", "bar");
        }
    }

    @Test
    @DisplayName("close stops listening and closes every open connection")
    void closeClosesConnections() throws IOException {
        EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start();
        try (Socket idle = new Socket(server.host(), server.port())) {
            idle.setSoTimeout(5_000);
            assertThat(Info.request(server.host(), server.port(), "status")).isEqualTo("ok");

            server.close();

            assertThat(readUntilClosed(idle.getInputStream())).isEqualTo(-1);
            assertThatThrownBy(() -> new Socket(server.host(), server.port()).close())
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    @DisplayName("after close a connected client's commands fail instead of hanging")
    void clientFailsAfterClose() {
        EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start();
        try (AerospikeClient client = ServerUnderTest.connect(server, ServerUnderTest.clientPolicy())) {
            Key key = new Key("test", "lifecycle", "k1");
            client.put(null, key, new Bin("a", 1));

            server.close();

            assertThatThrownBy(() -> client.put(null, key, new Bin("a", 2))).isInstanceOf(AerospikeException.class);
            assertThatThrownBy(() -> client.get(null, key)).isInstanceOf(AerospikeException.class);
        }
    }

    @Test
    @DisplayName("close is idempotent")
    void closeTwice() {
        EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start();

        server.close();
        server.close();

        assertThatThrownBy(() -> new Socket(server.host(), server.port()).close())
                .isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("every thread the server starts has a name, and all of them end after close")
    void threadsAreNamedAndStop() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start();
        try (Socket connection = new Socket(server.host(), server.port())) {
            assertThat(Info.request(server.host(), server.port(), "status")).isEqualTo("ok");

            Set<Thread> started = newThreads(before);

            assertThat(started)
                    .isNotEmpty()
                    .allSatisfy(thread -> assertThat(thread.getName()).doesNotMatch(ANONYMOUS_THREAD));
            server.close();
            for (Thread thread : started) {
                thread.join(Duration.ofSeconds(5));
            }
            assertThat(started).noneMatch(Thread::isAlive);
        }
    }

    private static Set<Thread> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .collect(Collectors.toSet());
    }

    private static int readUntilClosed(InputStream in) throws IOException {
        try {
            return in.read();
        } catch (java.net.SocketException reset) {
            return -1;
        }
    }
}
