package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The embedded server under many connections: 5,000 of them, idle and then with 100,000 commands in
 * flight across them (20 pipelined on each), served by its one thread while another client is
 * answered meanwhile; and what an idle connection costs on the heap.
 */
@Timeout(300)
@DisplayName("The embedded server with 5,000 connections")
class ConnectionLoadTest {

    private static final int CONNECTIONS = 5_000;
    private static final int COMMANDS_PER_CONNECTION = 20;
    /** The reply to a read of a missing record: a proto header and one AS_MSG header. */
    private static final int REPLY_BYTES = WireFrames.HEADER_SIZE + WireFrames.MESSAGE_HEADER_SIZE;
    /** Both ends of every connection live in this JVM, plus what the JVM and the build keep open. */
    private static final long FILE_DESCRIPTORS_NEEDED = 2L * CONNECTIONS + 1_000;

    private static final Duration ACCEPT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SERVE_TIMEOUT = Duration.ofSeconds(120);

    /**
     * What the server's own state for one idle connection may cost on the heap, at most: measured
     * at about 1.7 KB; with buffers of its own per connection it was about 48 KB.
     */
    static final long MAX_SERVER_BYTES_PER_CONNECTION = 8 * 1024;

    /**
     * Skips when the soft limit of open files is known to be too low. Read from /proc (Linux): the
     * JDK's own bean for it lives in a module this server does not read.
     */
    @BeforeAll
    static void enoughFileDescriptors() throws IOException {
        Path limits = Path.of("/proc/self/limits");
        long limit = Long.MAX_VALUE;
        if (Files.isReadable(limits)) {
            for (String line : Files.readAllLines(limits)) {
                String[] columns = line.split("\\s{2,}");
                if (columns[0].equals("Max open files") && !columns[1].equals("unlimited")) {
                    limit = Long.parseLong(columns[1]);
                }
            }
        }
        assumeTrue(
                limit >= FILE_DESCRIPTORS_NEEDED,
                "needs " + FILE_DESCRIPTORS_NEEDED + " file descriptors but the limit is " + limit
                        + "; raise it with ulimit -n before running the build");
    }

    @Test
    @DisplayName("answers 100,000 pipelined commands on 5,000 connections, and another client meanwhile")
    void servesEveryCommand() throws Exception {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start();
                Clients clients = Clients.connect(server.host(), server.port())) {
            awaitAccepted(server::openConnections);

            byte[] commands = pipelined(COMMANDS_PER_CONNECTION);
            for (SocketChannel channel : clients.channels) {
                writeFully(channel, commands);
            }
            try (RawConnection other = RawConnection.open(server)) {
                other.send(WireFrames.info("build"));
                assertThat(other.readFrame(SERVE_TIMEOUT).text())
                        .as("the other client's answer")
                        .contains("build\t");
            }
            long answered = clients.readReplies(COMMANDS_PER_CONNECTION, SERVE_TIMEOUT);

            assertThat(answered).isEqualTo((long) CONNECTIONS * COMMANDS_PER_CONNECTION);
            assertThat(server.openConnections()).isEqualTo(CONNECTIONS);
        }
    }

    @Test
    @DisplayName("holds an idle connection in bounded memory")
    void idleConnectionMemory() throws Exception {
        long sockets = bytesPerConnection(null);
        long total;
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start()) {
            total = bytesPerConnection(server);
        }
        long serverOwn = total - sockets;
        System.out.printf(
                Locale.ROOT,
                "heap per idle connection: %,d bytes with the embedded server, %,d bytes for the two sockets alone,"
                        + " so %,d bytes of the server's own state (%d connections)%n",
                total,
                sockets,
                serverOwn,
                CONNECTIONS);
        assertThat(total).as("heap per connection, both ends").isPositive();
        assertThat(serverOwn)
                .as("the server's own heap per idle connection")
                .isLessThan(MAX_SERVER_BYTES_PER_CONNECTION);
    }

    /**
     * Heap used after GC with {@link #CONNECTIONS} idle connections open, less that without them,
     * per connection: to the server when given, else to a bare listener that only accepts (what
     * the two sockets of a connection cost in this JVM by themselves).
     */
    private static long bytesPerConnection(EmbeddedAerospikeServer server) throws Exception {
        long before = usedHeapAfterGc();
        if (server != null) {
            try (Clients clients = Clients.connect(server.host(), server.port())) {
                awaitAccepted(server::openConnections);
                long after = usedHeapAfterGc();
                return (after - before) / CONNECTIONS;
            }
        }
        try (ServerSocketChannel listener = ServerSocketChannel.open()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            List<SocketChannel> both = new ArrayList<>();
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    // Accepted one by one: the accept queue is shorter than the connections.
                    both.add(SocketChannel.open(listener.getLocalAddress()));
                    both.add(listener.accept());
                }
                long after = usedHeapAfterGc();
                return (after - before) / CONNECTIONS;
            } finally {
                for (SocketChannel channel : both) {
                    channel.close();
                }
            }
        }
    }

    /** Used heap once a few full collections have run: what live objects take. */
    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void awaitAccepted(IntSupplier open) throws InterruptedException {
        long deadline = System.nanoTime() + ACCEPT_TIMEOUT.toNanos();
        while (open.getAsInt() < CONNECTIONS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(open.getAsInt()).as("connections the server holds").isEqualTo(CONNECTIONS);
    }

    /** {@code count} reads of a record that does not exist, back to back. */
    private static byte[] pipelined(int count) {
        byte[] all = new byte[0];
        for (int i = 0; i < count; i++) {
            byte[] digest = new byte[20];
            digest[0] = (byte) i;
            digest[1] = (byte) 0xAB;
            all = WireFrames.concat(all, WireFrames.getAll("test", digest));
        }
        return all;
    }

    private static void writeFully(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** {@link #CONNECTIONS} connections to one address, read through one selector. */
    private static final class Clients implements AutoCloseable {
        private final List<SocketChannel> channels = new ArrayList<>(CONNECTIONS);
        private final Selector selector;

        private Clients(Selector selector) {
            this.selector = selector;
        }

        static Clients connect(String host, int port) throws IOException {
            Clients clients = new Clients(Selector.open());
            try {
                for (int i = 0; i < CONNECTIONS; i++) {
                    SocketChannel channel = SocketChannel.open(new InetSocketAddress(host, port));
                    clients.channels.add(channel);
                    channel.configureBlocking(false);
                    channel.register(clients.selector, SelectionKey.OP_READ, new int[1]);
                }
                return clients;
            } catch (IOException | RuntimeException failed) {
                clients.close();
                throw failed;
            }
        }

        /**
         * Reads until every connection has had {@code perConnection} replies, each checked to be a
         * complete KEY_NOT_FOUND answer, or the time is up; returns the replies read.
         */
        long readReplies(int perConnection, Duration timeout) throws IOException {
            long expectedBytes = (long) perConnection * REPLY_BYTES;
            long deadline = System.nanoTime() + timeout.toNanos();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long bytes = 0;
            int complete = 0;
            while (complete < channels.size() && System.nanoTime() < deadline) {
                selector.select(1_000);
                for (SelectionKey key : selector.selectedKeys()) {
                    int[] received = (int[]) key.attachment();
                    buffer.clear();
                    int read = ((SocketChannel) key.channel()).read(buffer);
                    assertThat(read)
                            .as("bytes read; -1 means the server closed the connection")
                            .isNotNegative();
                    checkReplies(buffer.flip(), received[0]);
                    received[0] += read;
                    bytes += read;
                    if (received[0] == expectedBytes) {
                        complete++;
                        key.cancel();
                    }
                    assertThat((long) received[0]).isLessThanOrEqualTo(expectedBytes);
                }
                selector.selectedKeys().clear();
            }
            return bytes / REPLY_BYTES;
        }

        /** Every reply is the same 30 bytes: check each byte against its place in a reply. */
        private static void checkReplies(ByteBuffer read, int offset) {
            for (int i = 0; read.hasRemaining(); i++) {
                int position = (offset + i) % REPLY_BYTES;
                byte b = read.get();
                if (position == 1) {
                    assertThat(b).as("proto type").isEqualTo((byte) 3);
                } else if (position == WireFrames.HEADER_SIZE + 5) {
                    assertThat(b).as("result code").isEqualTo((byte) ResultCode.KEY_NOT_FOUND);
                }
            }
        }

        @Override
        public void close() throws IOException {
            for (SocketChannel channel : channels) {
                channel.close();
            }
            selector.close();
        }
    }
}
