package dev.aerobench.server;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;

/**
 * A TCP proxy between an official client and the server that understands the 8-byte proto header:
 * it records every request frame and may rewrite info replies. Used to make the
 * client take paths the server alone would not trigger (the legacy batch format when
 * {@code batch-any} is hidden) and to see what really went over the wire (compressed frames).
 */
public final class FrameProxy implements AutoCloseable {

    private static final int HEADER_SIZE = 8;
    private static final int TYPE_INFO = 1;

    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final UnaryOperator<String> infoReplyRewriter;
    private final Queue<byte[]> requests = new ConcurrentLinkedQueue<>();
    private final Queue<Socket> sockets = new ConcurrentLinkedQueue<>();

    private FrameProxy(ServerSocket listener, InetSocketAddress target, UnaryOperator<String> infoReplyRewriter) {
        this.listener = listener;
        this.target = target;
        this.infoReplyRewriter = infoReplyRewriter;
    }

    /** Starts a proxy on an ephemeral loopback port that forwards to {@code host:port}. */
    public static FrameProxy start(String host, int port, UnaryOperator<String> infoReplyRewriter) throws IOException {
        ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        FrameProxy proxy = new FrameProxy(listener, new InetSocketAddress(host, port), infoReplyRewriter);
        Thread.ofPlatform().daemon().name("frame-proxy-accept").start(proxy::acceptLoop);
        return proxy;
    }

    /** Removes one {@code ;}-separated token from the value of the {@code features} info reply. */
    public static UnaryOperator<String> hidingFeature(String feature) {
        return reply -> reply.lines()
                .map(line ->
                        line.startsWith("features\t") ? "features\t" + withoutToken(line.substring(9), feature) : line)
                .reduce(new StringBuilder(), (text, line) -> text.append(line).append('\n'), StringBuilder::append)
                .toString();
    }

    private static String withoutToken(String tokens, String token) {
        return String.join(
                ";",
                List.of(tokens.split(";")).stream()
                        .filter(t -> !t.equals(token))
                        .toList());
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Proto types of every request frame forwarded so far, in order. */
    public List<Integer> requestTypes() {
        return requests.stream().map(frame -> (int) frame[1]).toList();
    }

    /** Every request frame forwarded so far (proto header included), in order. */
    public List<byte[]> requestFrames() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        try {
            while (!listener.isClosed()) {
                Socket client = listener.accept();
                Socket server = new Socket(target.getAddress(), target.getPort());
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                sockets.add(client);
                sockets.add(server);
                pump("frame-proxy-up", client, server, true);
                pump("frame-proxy-down", server, client, false);
            }
        } catch (IOException closed) {
            // close() was called, or the server is gone: the proxy stops accepting.
        }
    }

    private void pump(String name, Socket from, Socket to, boolean fromClient) {
        Thread.ofPlatform().daemon().name(name).start(() -> {
            try (from;
                    to) {
                DataInputStream in = new DataInputStream(from.getInputStream());
                OutputStream out = to.getOutputStream();
                while (true) {
                    out.write(nextFrame(in, fromClient));
                    out.flush();
                }
            } catch (IOException endOfConnection) {
                // Either side closed: closing both (try-with-resources) propagates the close.
            }
        });
    }

    private byte[] nextFrame(DataInputStream in, boolean request) throws IOException {
        byte[] header = readFully(in, HEADER_SIZE);
        long size = ByteBuffer.wrap(header).getLong() & 0xFFFF_FFFF_FFFFL;
        byte[] body = readFully(in, Math.toIntExact(size));
        int type = header[1];
        if (request) {
            byte[] frame = concat(header, body);
            requests.add(frame);
            return frame;
        }
        if (type != TYPE_INFO) {
            return concat(header, body);
        }
        byte[] rewritten = infoReplyRewriter
                .apply(new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = ByteBuffer.allocate(HEADER_SIZE + rewritten.length);
        frame.put(header[0]).put(header[1]).putShort((short) 0).putInt(rewritten.length);
        return frame.put(rewritten).array();
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("connection closed inside a frame");
        }
        return bytes;
    }

    private static byte[] concat(byte[] header, byte[] body) {
        return ByteBuffer.allocate(header.length + body.length)
                .put(header)
                .put(body)
                .array();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
