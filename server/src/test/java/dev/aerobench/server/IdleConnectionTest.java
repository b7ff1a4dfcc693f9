package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The clients pool connections and trust them: a sync client writes on a pooled socket without
 * probing it, an async client drops a pooled socket that has a readable byte. So the server must
 * accept many connections, never close an idle one, and never send a byte nobody asked for.
 */
@Timeout(60)
@DisplayName("Idle connections: many accepted, none closed, nothing unsolicited")
class IdleConnectionTest {

    private static final int IDLE_CONNECTIONS = 1_000;
    /** Long enough for a stray byte or a close to arrive on loopback, short enough to keep the suite fast. */
    private static final Duration QUIET_PERIOD = Duration.ofMillis(200);

    private static EmbeddedAerospikeServer server;

    @BeforeAll
    static void startServer() {
        server = EmbeddedAerospikeServer.builder().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    @DisplayName("a fresh connection stays open and silent")
    void freshConnectionIsSilent() throws Exception {
        try (SocketChannel channel = connect()) {
            assertSilentAndOpen(List.of(channel));
        }
    }

    @Test
    @DisplayName(
            "after a reply, an error reply and a multi-record reply nothing more arrives and the connection stays open")
    void nothingAfterReplies() throws Exception {
        try (RawConnection connection = RawConnection.open(server);
                SocketChannel watcher = connect()) {
            connection.send(WireFrames.info("status", "build"));
            connection.readFrame(Duration.ofSeconds(5));
            connection.send(WireFrames.getAll("test", new byte[20]));
            assertThat(connection.readFrame(Duration.ofSeconds(5)).resultCode()).isEqualTo(2);
            connection.send(WireFrames.scanAll("test"));
            int groups = 1;
            while (!connection.readFrame(Duration.ofSeconds(5)).endsStream()) {
                groups++;
            }

            RawConnection.Outcome afterwards = connection.readUntilClosed(QUIET_PERIOD);

            assertThat(afterwards.received())
                    .as("bytes after the last of %d scan groups", groups)
                    .isEmpty();
            assertThat(afterwards.closed()).isFalse();
            MalformedFrameTest.assertAnswersStatus(connection);
            assertSilentAndOpen(List.of(watcher));
        }
    }

    @Test
    @DisplayName("1000 idle connections are all accepted and served, stay open and silent, and a client still works")
    void thousandIdleConnections() throws Exception {
        int before = server.openConnections();
        List<SocketChannel> channels = new ArrayList<>();
        try {
            for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                SocketChannel channel = connect();
                channels.add(channel);
                askStatus(channel);
            }
            assertThat(server.openConnections()).isGreaterThanOrEqualTo(before + IDLE_CONNECTIONS);

            try (AerospikeClient client = new AerospikeClient(server.host(), server.port())) {
                Key key = new Key("test", "idle", "k1");
                client.put(null, key, new Bin("a", 1));
                assertThat(client.get(null, key).getLong("a")).isEqualTo(1);
            }

            assertSilentAndOpen(channels);
        } finally {
            for (SocketChannel channel : channels) {
                channel.close();
            }
        }
        assertThat(MalformedFrameTest.awaitOpenConnections(server, before)).isEqualTo(before);
    }

    private static SocketChannel connect() throws IOException {
        SocketChannel channel = SocketChannel.open(new InetSocketAddress(server.host(), server.port()));
        channel.socket().setSoTimeout(5_000);
        return channel;
    }

    /** Sends an info request and reads the whole reply, proving the server serves this connection. */
    private static void askStatus(SocketChannel channel) throws IOException {
        channel.write(ByteBuffer.wrap(WireFrames.info("status")));
        ByteBuffer reply = ByteBuffer.allocate(WireFrames.HEADER_SIZE + "status\tok\n".length());
        while (reply.hasRemaining()) {
            if (channel.read(reply) < 0) {
                throw new AssertionError("server closed connection instead of answering status");
            }
        }
        assertThat(WireFrames.parseReply(reply.array()).getFirst().text()).isEqualTo("status\tok\n");
    }

    /**
     * Waits the quiet period, then asks a selector which channels are readable: any readable channel
     * either received unsolicited bytes or was closed by the server.
     */
    private static void assertSilentAndOpen(List<SocketChannel> channels) throws Exception {
        Thread.sleep(QUIET_PERIOD);
        try (Selector selector = Selector.open()) {
            for (SocketChannel channel : channels) {
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ);
            }
            int readable = selector.selectNow();
            List<String> problems = new ArrayList<>();
            for (SelectionKey key : selector.selectedKeys()) {
                ByteBuffer probe = ByteBuffer.allocate(64);
                int n = ((SocketChannel) key.channel()).read(probe);
                problems.add(n < 0 ? "closed by server" : n + " unsolicited bytes");
            }
            assertThat(readable)
                    .as("connections that were not silent and open: %s", problems)
                    .isZero();
            for (SelectionKey key : selector.keys()) {
                key.cancel();
            }
            selector.selectNow();
        }
        for (SocketChannel channel : channels) {
            channel.configureBlocking(true);
        }
    }
}
