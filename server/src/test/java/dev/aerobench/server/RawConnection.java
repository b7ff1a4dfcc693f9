package dev.aerobench.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

/** A plain socket to the server for sending arbitrary bytes and observing exactly what comes back. */
final class RawConnection implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
    }

    static RawConnection open(EmbeddedAerospikeServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(server.host(), server.port()), 2_000);
        socket.setTcpNoDelay(true);
        return new RawConnection(socket);
    }

    /** Writes {@code bytes}; a server that already closed the connection may refuse them. */
    void send(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    /** Like {@link #send} but ignores a connection the server already closed. */
    void sendIgnoringClose(byte[] bytes) {
        try {
            send(bytes);
        } catch (IOException closedByServer) {
            // The server may hang up as soon as it has seen a bad header; that is allowed.
        }
    }

    /** Half-closes: the server reads end-of-stream after what was sent. */
    void endOutput() {
        try {
            socket.shutdownOutput();
        } catch (IOException alreadyClosed) {
            // Nothing left to signal.
        }
    }

    /** Reads one whole reply frame, waiting at most {@code timeout}. */
    WireFrames.Frame readFrame(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        byte[] header = in.readNBytes(WireFrames.HEADER_SIZE);
        if (header.length < WireFrames.HEADER_SIZE) {
            throw new AssertionError("connection closed instead of answering (" + header.length + " header bytes)");
        }
        long size = ByteBuffer.wrap(header).getLong() & 0xFFFF_FFFF_FFFFL;
        byte[] body = in.readNBytes(Math.toIntExact(size));
        return WireFrames.parseReply(WireFrames.concat(header, body)).getFirst();
    }

    /** What the server did within a time limit: the bytes it sent, and whether it closed the connection. */
    record Outcome(byte[] received, boolean closed) {
        List<WireFrames.Frame> frames() {
            return WireFrames.parseReply(received);
        }
    }

    /** Reads until the server closes the connection or {@code timeout} passes. */
    Outcome readUntilClosed(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            long leftMillis = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMillis <= 0) {
                return new Outcome(received.toByteArray(), false);
            }
            socket.setSoTimeout((int) leftMillis);
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    return new Outcome(received.toByteArray(), true);
                }
                received.write(buffer, 0, n);
            } catch (SocketTimeoutException stillOpen) {
                return new Outcome(received.toByteArray(), false);
            } catch (SocketException reset) {
                return new Outcome(received.toByteArray(), true);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
