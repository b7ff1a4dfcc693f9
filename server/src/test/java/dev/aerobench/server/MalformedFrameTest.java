package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage on one connection costs that connection only: the server closes it (after an error reply
 * where the protocol has room for one) and goes on serving a bystander connection opened before.
 */
@Timeout(30)
@DisplayName("Malformed frames close only their own connection")
class MalformedFrameTest {

    /** How long the server may take to hang up on garbage; generous for a loaded 2-core machine. */
    private static final Duration CLOSE_WITHIN = Duration.ofSeconds(5);

    private static EmbeddedAerospikeServer server;
    private RawConnection bystander;

    @BeforeAll
    static void startServer() {
        server = EmbeddedAerospikeServer.builder().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void openBystander() throws IOException {
        bystander = RawConnection.open(server);
        assertAnswersStatus(bystander);
    }

    @AfterEach
    void bystanderStillServed() throws IOException {
        try (RawConnection connection = bystander) {
            assertAnswersStatus(connection);
        }
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(ints = {0, 1, 3, 0xFF})
    @DisplayName("a frame with a version other than 2 closes the connection")
    void badVersion(int version) throws IOException {
        assertClosedAfter(WireFrames.frame(version, WireFrames.TYPE_INFO, "status\n".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "type {0}")
    @ValueSource(ints = {0, 5, 8, 0xFF})
    @DisplayName("a frame of an unknown type closes the connection")
    void badType(int type) throws IOException {
        assertClosedAfter(WireFrames.frame(WireFrames.VERSION, type, new byte[30]));
    }

    @ParameterizedTest(name = "declared size {0}")
    @ValueSource(longs = {EmbeddedAerospikeServer.Builder.DEFAULT_MAX_REQUEST_BYTES + 1L, 0xFFFF_FFFF_FFFFL})
    @DisplayName("a header declaring an oversize body closes the connection at once, without waiting for the body")
    void oversizeLength(long size) throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            connection.send(WireFrames.header(WireFrames.VERSION, WireFrames.TYPE_MESSAGE, size));

            RawConnection.Outcome outcome = connection.readUntilClosed(CLOSE_WITHIN);

            assertThat(outcome.closed())
                    .as("closed without the body being sent")
                    .isTrue();
            assertThat(outcome.frames()).isEmpty();
        }
    }

    @Test
    @DisplayName("a body that ends early (then end of stream) closes the connection")
    void truncatedBody() throws IOException {
        byte[] header = WireFrames.header(WireFrames.VERSION, WireFrames.TYPE_MESSAGE, 1_000);

        assertClosedAfter(WireFrames.concat(header, new byte[10]));
    }

    @Test
    @DisplayName("a header cut short (then end of stream) closes the connection")
    void truncatedHeader() throws IOException {
        assertClosedAfter(new byte[] {2, 3, 0});
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 4711})
    @DisplayName("random bytes close the connection, and whatever was answered is well framed")
    void randomBytes(long seed) throws IOException {
        Random random = new Random(seed);
        byte[] garbage = new byte[1 + random.nextInt(512)];
        random.nextBytes(garbage);

        assertClosedAfter(garbage);
    }

    @Test
    @DisplayName("a compressed frame that is not a zlib stream closes the connection")
    void corruptCompressedFrame() throws IOException {
        byte[] body = new byte[40];
        body[7] = 100; // declares 100 inflated bytes
        body[8] = 0x55; // not a zlib header

        assertClosedAfter(WireFrames.frame(WireFrames.VERSION, WireFrames.TYPE_COMPRESSED, body));
    }

    @Test
    @DisplayName(
            "an AS_MSG whose fields overrun its intact frame is answered PARAMETER_ERROR, and the connection goes on")
    void malformedMessageInIntactFrame() throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            connection.send(WireFrames.message(0x03, 0, 5, 0, new byte[3]));

            WireFrames.Frame reply = connection.readFrame(CLOSE_WITHIN);

            assertThat(reply.type()).isEqualTo(WireFrames.TYPE_MESSAGE);
            assertThat(reply.resultCode()).isEqualTo(4);
            assertAnswersStatus(connection);
        }
    }

    @Test
    @DisplayName("an AS_MSG with a wrong header size is answered PARAMETER_ERROR")
    void wrongMessageHeaderSize() throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            byte[] frame = WireFrames.getAll("test", new byte[20]);
            frame[WireFrames.HEADER_SIZE] = 30;
            connection.send(frame);

            assertThat(connection.readFrame(CLOSE_WITHIN).resultCode()).isEqualTo(4);
            assertAnswersStatus(connection);
        }
    }

    @Test
    @DisplayName("a read of an unknown namespace over the wire is INVALID_NAMESPACE")
    void unknownNamespaceOnTheWire() throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            connection.send(WireFrames.getAll("nosuchns", new byte[20]));

            assertThat(connection.readFrame(CLOSE_WITHIN).resultCode()).isEqualTo(20);
        }
    }

    @Test
    @DisplayName("an info request of unknown commands and bytes that are not UTF-8 is answered, not fatal")
    void infoGarbage() throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            byte[] body = {'n', 'o', 'p', 'e', '\n', (byte) 0xC3, (byte) 0x28, '\n', 0, '\n'};
            connection.send(WireFrames.frame(WireFrames.VERSION, WireFrames.TYPE_INFO, body));

            assertThat(connection.readFrame(CLOSE_WITHIN).type()).isEqualTo(WireFrames.TYPE_INFO);
            assertAnswersStatus(connection);
        }
    }

    @Test
    @DisplayName("an empty info request is answered with the default info")
    void emptyInfoRequest() throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            connection.send(WireFrames.frame(WireFrames.VERSION, WireFrames.TYPE_INFO, new byte[0]));

            assertThat(connection.readFrame(CLOSE_WITHIN).text()).contains("build\t");
        }
    }

    @Test
    @DisplayName("an admin (login) frame is answered SECURITY_NOT_ENABLED and the connection goes on")
    void adminFrame() throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            connection.send(WireFrames.frame(WireFrames.VERSION, 2, new byte[16]));

            WireFrames.Frame reply = connection.readFrame(CLOSE_WITHIN);

            assertThat(reply.type()).isEqualTo(2);
            assertThat(reply.body()[1]).isEqualTo((byte) 52);
            assertAnswersStatus(connection);
        }
    }

    @Test
    @DisplayName("closed connections are forgotten: the open connection count returns to what it was")
    void closedConnectionsAreForgotten() throws Exception {
        int before = server.openConnections();
        for (int i = 0; i < 20; i++) {
            assertClosedAfter(new byte[] {9, 9, 9, 9, 9, 9, 9, 9});
        }

        assertThat(awaitOpenConnections(server, before)).isEqualTo(before);
    }

    /** Sends {@code bytes}, ends the stream, and expects the server to hang up after well-framed replies, if any. */
    private static void assertClosedAfter(byte[] bytes) throws IOException {
        try (RawConnection connection = RawConnection.open(server)) {
            connection.sendIgnoringClose(bytes);
            connection.endOutput();

            RawConnection.Outcome outcome = connection.readUntilClosed(CLOSE_WITHIN);

            assertThat(outcome.closed())
                    .as("server closed the connection after %s", WireFrames.hex(bytes, 64))
                    .isTrue();
            assertThat(outcome.frames()).allSatisfy(frame -> {
                if (frame.type() == WireFrames.TYPE_MESSAGE) {
                    assertThat(frame.resultCode())
                            .as("result code of a reply to garbage")
                            .isNotZero();
                }
            });
        }
    }

    static void assertAnswersStatus(RawConnection connection) throws IOException {
        connection.send(WireFrames.info("status"));
        assertThat(connection.readFrame(CLOSE_WITHIN).text()).isEqualTo("status\tok\n");
    }

    /** Polls until the server's open connection count is {@code expected} or 5 s have passed. */
    static int awaitOpenConnections(EmbeddedAerospikeServer server, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (server.openConnections() != expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return server.openConnections();
    }
}
