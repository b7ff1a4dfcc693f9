package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.server.EmbeddedAerospikeServer;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Waiting until a node serves")
class NodeReadinessTest {

    private static final String UNFORMED =
            "partition-generation\t-1\ncluster-stable:size=1\tERROR:7:unstable cluster\n";
    private static final String FORMED = "partition-generation\t0\ncluster-stable:size=1\tB58A489D8A3B\n";

    @Test
    @DisplayName("keeps asking while the node answers but its cluster is not formed, as a real node's first seconds")
    void waitsForTheFormedCluster() throws Exception {
        try (FakeNode node = new FakeNode(3)) {
            NodeReadiness.Answer answer =
                    new NodeReadiness(node.host(), node.port()).await(Duration.ofMinutes(1), () -> true);

            assertThat(answer.serving()).isTrue();
            assertThat(answer.description()).contains("partition-generation=0", "B58A489D8A3B");
            assertThat(node.questions()).isEqualTo(4);
        }
    }

    @Test
    @DisplayName("takes the embedded server as serving at once")
    void embeddedServerServes() throws Exception {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.builder().start()) {
            NodeReadiness.Answer answer = new NodeReadiness(server.host(), server.port()).ask();

            assertThat(answer.serving()).as(answer.description()).isTrue();
        }
    }

    @Test
    @DisplayName("fails when time is up, naming what it waited for and the node's last answer")
    void timesOut() throws Exception {
        try (FakeNode node = new FakeNode(Integer.MAX_VALUE)) {
            NodeReadiness readiness = new NodeReadiness(node.host(), node.port());

            assertThatThrownBy(() -> readiness.await(Duration.ofMillis(300), () -> true))
                    .isInstanceOf(NodeReadiness.NotServingException.class)
                    .hasMessageContaining("did not serve within")
                    .hasMessageContaining(NodeReadiness.WAITED_FOR)
                    .hasMessageContaining("partition-generation=-1")
                    .hasMessageContaining("ERROR:7:unstable cluster");
        }
    }

    @Test
    @DisplayName("fails at once when the node's container or process stops, without waiting out the timeout")
    void stoppedNode() throws Exception {
        try (FakeNode node = new FakeNode(Integer.MAX_VALUE)) {
            NodeReadiness readiness = new NodeReadiness(node.host(), node.port());

            assertThatThrownBy(() -> readiness.await(Duration.ofHours(1), () -> false))
                    .isInstanceOf(NodeReadiness.NotServingException.class)
                    .hasMessageContaining("stopped before it served");
            assertThat(node.questions()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("does not take an open port that answers nothing for a node")
    void silentPort() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            NodeReadiness.Answer answer = new NodeReadiness("127.0.0.1", silent.getLocalPort()).ask();

            assertThat(answer.serving()).isFalse();
            assertThat(answer.description()).startsWith("no answer");
        }
    }

    /** Answers info like a real node that forms its cluster after {@code unformedAnswers} answers. */
    private static final class FakeNode implements AutoCloseable {
        private final ServerSocket socket;
        private final AtomicInteger questions = new AtomicInteger();
        private final Thread thread;

        FakeNode(int unformedAnswers) throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            thread = Thread.ofPlatform().daemon().name("fake-node").start(() -> serve(unformedAnswers));
        }

        private void serve(int unformedAnswers) {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    DataInputStream in = new DataInputStream(client.getInputStream());
                    byte[] header = new byte[8];
                    in.readFully(header);
                    in.readFully(new byte[header[7] & 0xFF]);
                    String reply = questions.incrementAndGet() <= unformedAnswers ? UNFORMED : FORMED;
                    byte[] body = reply.getBytes(StandardCharsets.UTF_8);
                    OutputStream out = client.getOutputStream();
                    out.write(new byte[] {2, 1, 0, 0, 0, 0, 0, (byte) body.length});
                    out.write(body);
                } catch (IOException closed) {
                    // the test closed the socket, or the client gave up on its question
                }
            }
        }

        String host() {
            return "127.0.0.1";
        }

        int port() {
            return socket.getLocalPort();
        }

        int questions() {
            return questions.get();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join();
        }
    }
}
