package dev.aerobench.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One client connection, served by the server's single service thread: strict request/response,
 * as the clients speak. Bytes are read as they arrive; each complete frame is served in order, and
 * its response written before the next frame is looked at. A response the socket cannot take at
 * once waits in memory, and this connection reads nothing more until it has gone out.
 *
 * <p>A frame whose header is broken (bad version or type, oversize length) or whose body ends early
 * closes this connection only; an AS_MSG that cannot be parsed inside an intact frame is answered
 * with PARAMETER_ERROR and the connection goes on.
 */
final class ClientConnection {

    private static final Logger LOG = Logger.getLogger(ClientConnection.class.getName());
    private static final int COMPRESSED_SIZE_PREFIX = 8;
    /** Room for a typical request; a larger one grows the buffer as its bytes arrive. */
    private static final int INITIAL_INBOUND = 1024;

    private static final int SHRINK_ABOVE = 1024 * 1024;

    private final SocketChannel channel;
    /** Which accepted connection this is, from 1: what a {@link RequestHook} is told. */
    private final long number;

    private final SocketAddress remote;
    private final ServerState state;
    private final InfoCommands info;
    private final CpuWarmer warmer;
    private final MessageHandler messages;
    private final ResponseWriter out;
    private final ServiceBuffers shared;
    private final PendingOutput socketOut = new PendingOutput();
    private ByteBuffer inbound = ByteBuffer.allocate(INITIAL_INBOUND);
    private SelectionKey key;

    /** {@code shared}: the service thread's buffers, used only while this connection's request is served. */
    ClientConnection(
            SocketChannel channel,
            long number,
            ServerState state,
            InfoCommands info,
            CpuWarmer warmer,
            ServiceBuffers shared)
            throws IOException {
        this.channel = channel;
        this.number = number;
        this.remote = channel.getRemoteAddress();
        this.state = state;
        this.info = info;
        this.warmer = warmer;
        this.shared = shared;
        this.messages = shared.messages();
        this.out = shared.out();
    }

    /** The selection key this connection was registered with. */
    void registeredAs(SelectionKey key) {
        this.key = key;
    }

    /**
     * Reads what has arrived and serves every complete frame.
     *
     * @return {@code false} when the client closed the connection cleanly between frames
     * @throws IOException when the connection broke, or closed inside a frame
     * @throws ProtocolException when a frame header is broken: the connection must be closed
     */
    boolean onReadable() throws IOException, ProtocolException {
        int read = channel.read(inbound);
        if (read < 0) {
            if (inbound.position() > 0) {
                throw new IOException("connection closed inside a frame, after " + inbound.position() + " bytes");
            }
            return false;
        }
        serveBufferedFrames();
        return true;
    }

    /** Writes what a response left pending; once all has gone out, serves frames read meanwhile. */
    void onWritable() throws IOException, ProtocolException {
        if (socketOut.writePending()) {
            key.interestOps(SelectionKey.OP_READ);
            serveBufferedFrames();
        }
    }

    private void serveBufferedFrames() throws IOException, ProtocolException {
        while (!socketOut.isPending() && inbound.position() >= Wire.PROTO_HEADER_SIZE) {
            byte[] buffered = inbound.array();
            int length = frameLength(buffered);
            int frameEnd = Wire.PROTO_HEADER_SIZE + length;
            if (inbound.position() < frameEnd) {
                if (inbound.position() == inbound.capacity()) {
                    // Grow as bytes arrive, never just on a declared size.
                    inbound = ByteBuffer.allocate((int) Math.min(frameEnd, inbound.capacity() * 2L))
                            .put(inbound.flip());
                }
                return;
            }
            warmer.requestArrived();
            byte[] body = shared.body(length);
            System.arraycopy(buffered, Wire.PROTO_HEADER_SIZE, body, 0, length);
            int type = buffered[1] & 0xFF;
            inbound.flip().position(frameEnd);
            inbound.compact();
            if (inbound.capacity() > SHRINK_ABOVE && inbound.position() <= INITIAL_INBOUND) {
                inbound = ByteBuffer.allocate(INITIAL_INBOUND).put(inbound.flip());
            }
            serve(type, body, length);
        }
        if (socketOut.isPending()) {
            key.interestOps(SelectionKey.OP_WRITE);
        }
    }

    /** Validates the proto header at the start of {@code buffered} and returns its body length. */
    private int frameLength(byte[] buffered) throws ProtocolException {
        int version = buffered[0] & 0xFF;
        int type = buffered[1] & 0xFF;
        long size = ((long) Wire.readShort(buffered, 2) << 32) | (Wire.readInt(buffered, 4) & 0xFFFF_FFFFL);
        if (version != Wire.PROTO_VERSION) {
            throw new ProtocolException("proto version " + version + ", expected 2");
        }
        if (type < Wire.TYPE_INFO || type > Wire.TYPE_COMPRESSED) {
            throw new ProtocolException("proto type " + type + " is not info, admin or message");
        }
        if (size > state.config().maxRequestBytes()) {
            // Say how to allow a big request, once per server: after that, and for garbage sizes
            // beyond any limit, a FINE line is enough.
            boolean plausible = size <= EmbeddedAerospikeServer.Builder.MAX_REQUEST_BYTES_LIMIT;
            Level level = plausible && state.firstOversizeRequest() ? Level.WARNING : Level.FINE;
            LOG.log(
                    level,
                    () -> "closing " + remote + ": a request of " + size + " bytes exceeds the "
                            + state.config().maxRequestBytes() + " bytes this server accepts; raise "
                            + "EmbeddedAerospikeServer.Builder.maxRequestBytes if the client meant it");
            throw new ProtocolException(
                    "request of " + size + " bytes exceeds " + state.config().maxRequestBytes());
        }
        return (int) size;
    }

    private void serve(int type, byte[] body, int length) throws IOException, ProtocolException {
        injectedBeforeRequest(type);
        out.reset();
        switch (type) {
            case Wire.TYPE_INFO -> info(body, length);
            case Wire.TYPE_ADMIN -> admin();
            case Wire.TYPE_MESSAGE -> message(body, length, socketOut);
            default -> {
                if (state.config().edition() == Edition.COMMUNITY) {
                    enterpriseOnly();
                } else {
                    compressed(body, length, socketOut);
                }
            }
        }
        out.writeTo(socketOut);
    }

    /** The configured {@link RequestHook}; what it throws closes this connection, unanswered. */
    private void injectedBeforeRequest(int type) throws ProtocolException {
        RequestHook.Kind kind = switch (type) {
            case Wire.TYPE_INFO -> RequestHook.Kind.INFO;
            case Wire.TYPE_ADMIN -> RequestHook.Kind.ADMIN;
            case Wire.TYPE_MESSAGE -> RequestHook.Kind.MESSAGE;
            default -> RequestHook.Kind.COMPRESSED;
        };
        try {
            state.config().requestHook().beforeRequest(kind, number);
        } catch (Throwable injected) {
            // Whatever the hook throws (an assertion, an interrupt of its sleep) fails this request
            // only. An interrupt is not passed on: it would end the one thread that serves everyone.
            throw new ProtocolException("request hook failed the request: " + injected);
        }
    }

    private void info(byte[] body, int length) {
        byte[] reply = info.answer(body, length);
        out.beginGroup(Wire.TYPE_INFO);
        out.bytes(reply, 0, reply.length);
        out.endGroup();
    }

    /** Security is not enabled: every admin command (login first) is answered SECURITY_NOT_ENABLED. */
    private void admin() {
        out.beginGroup(Wire.TYPE_ADMIN);
        byte[] adminHeader = new byte[16];
        adminHeader[1] = (byte) ResultCode.SECURITY_NOT_ENABLED;
        out.bytes(adminHeader, 0, adminHeader.length);
        out.endGroup();
    }

    private void message(byte[] request, int length, OutputStream socketOut) throws IOException {
        try {
            messages.handle(request, length, out, socketOut);
        } catch (ProtocolException malformed) {
            LOG.log(Level.FINE, () -> "malformed message from " + remote + ": " + malformed.getMessage());
            out.reset();
            out.beginGroup(Wire.TYPE_MESSAGE);
            out.messageHeader(Wire.INFO3_LAST, ResultCode.PARAMETER_ERROR, 0, 0, 0, 0, 0);
            out.endGroup();
        }
    }

    /**
     * A Community Edition node cannot decompress: it answers any compressed request with one plain
     * message carrying 25 (ENTERPRISE_ONLY) and no flags, whatever command it held.
     */
    private void enterpriseOnly() {
        out.beginGroup(Wire.TYPE_MESSAGE);
        out.messageHeader(0, ResultCode.ENTERPRISE_ONLY, 0, 0, 0, 0, 0);
        out.endGroup();
    }

    /** Type 4: 8-byte uncompressed size, then a zlib stream of a whole type-3 message with its proto header. */
    private void compressed(byte[] body, int length, OutputStream socketOut) throws IOException, ProtocolException {
        if (length < COMPRESSED_SIZE_PREFIX) {
            throw new ProtocolException("compressed message shorter than its size prefix");
        }
        long inflatedSize = Wire.readLong(body, 0);
        if (inflatedSize < Wire.PROTO_HEADER_SIZE
                || inflatedSize > state.config().maxRequestBytes()) {
            throw new ProtocolException("compressed message declares " + inflatedSize + " bytes");
        }
        byte[] inflated = new byte[(int) inflatedSize];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(body, COMPRESSED_SIZE_PREFIX, length - COMPRESSED_SIZE_PREFIX);
            int produced = inflater.inflate(inflated);
            if (produced != inflated.length || (inflated[1] & 0xFF) != Wire.TYPE_MESSAGE) {
                throw new ProtocolException("compressed message does not hold one type-3 message");
            }
        } catch (DataFormatException corrupt) {
            throw new ProtocolException("compressed message is not a zlib stream: " + corrupt.getMessage());
        } finally {
            inflater.end();
        }
        byte[] inner = Arrays.copyOfRange(inflated, Wire.PROTO_HEADER_SIZE, inflated.length);
        message(inner, inner.length, socketOut);
    }

    /** The client's address, for log messages. */
    SocketAddress remote() {
        return remote;
    }

    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The connection is gone either way.
        }
    }

    /**
     * The socket as a stream: writes go straight to the channel while it takes them; what it cannot
     * take yet is kept, in order, and written by {@link #writePending()} when the channel is writable.
     */
    private final class PendingOutput extends OutputStream {
        private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();

        boolean isPending() {
            return !pending.isEmpty();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (pending.isEmpty()) {
                ByteBuffer direct = ByteBuffer.wrap(bytes, offset, length);
                channel.write(direct);
                if (direct.hasRemaining()) {
                    pending.add(ByteBuffer.wrap(Arrays.copyOfRange(bytes, direct.position(), offset + length)));
                }
            } else {
                pending.add(ByteBuffer.wrap(Arrays.copyOfRange(bytes, offset, offset + length)));
            }
        }

        /** Writes what is pending; {@code true} once nothing is left. */
        boolean writePending() throws IOException {
            while (!pending.isEmpty()) {
                ByteBuffer next = pending.peek();
                channel.write(next);
                if (next.hasRemaining()) {
                    return false;
                }
                pending.poll();
            }
            return true;
        }
    }
}
