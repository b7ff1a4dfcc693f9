package dev.aerobench.server;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One client connection, served by its own thread: strict request/response, as the clients speak.
 * A frame whose header is broken (bad version or type, oversize length) or whose body ends early
 * closes this connection only; an AS_MSG that cannot be parsed inside an intact frame is answered
 * with PARAMETER_ERROR and the connection goes on.
 */
final class ClientConnection implements Runnable, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClientConnection.class.getName());
    private static final int COMPRESSED_SIZE_PREFIX = 8;
    private static final int INITIAL_BODY = 16 * 1024;
    private static final int SHRINK_ABOVE = 1024 * 1024;

    private final Socket socket;
    private final ServerState state;
    private final InfoCommands info;
    private final CpuWarmer warmer;
    private final Runnable onClose;
    private final MessageHandler messages;
    private final ResponseWriter out = new ResponseWriter();
    private final byte[] header = new byte[Wire.PROTO_HEADER_SIZE];
    private byte[] body = new byte[INITIAL_BODY];

    ClientConnection(Socket socket, ServerState state, InfoCommands info, CpuWarmer warmer, Runnable onClose) {
        this.socket = socket;
        this.warmer = warmer;
        this.state = state;
        this.info = info;
        this.onClose = onClose;
        this.messages = new MessageHandler(state);
    }

    @Override
    public void run() {
        try (socket) {
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream socketOut = socket.getOutputStream();
            while (readFully(in, header, Wire.PROTO_HEADER_SIZE, true)) {
                warmer.requestArrived();
                serve(in, socketOut);
            }
        } catch (ProtocolException broken) {
            LOG.log(Level.FINE, () -> "closing " + socket.getRemoteSocketAddress() + ": " + broken.getMessage());
        } catch (IOException gone) {
            LOG.log(Level.FINEST, gone, () -> "connection " + socket.getRemoteSocketAddress() + " ended");
        } finally {
            onClose.run();
        }
    }

    private void serve(InputStream in, OutputStream socketOut) throws IOException, ProtocolException {
        int version = header[0] & 0xFF;
        int type = header[1] & 0xFF;
        long size = ((long) Wire.readShort(header, 2) << 32) | (Wire.readInt(header, 4) & 0xFFFF_FFFFL);
        if (version != Wire.PROTO_VERSION) {
            throw new ProtocolException("proto version " + version + ", expected 2");
        }
        if (type < Wire.TYPE_INFO || type > Wire.TYPE_COMPRESSED) {
            throw new ProtocolException("proto type " + type + " is not info, admin or message");
        }
        if (size > state.config().maxRequestBytes()) {
            throw new ProtocolException("request of " + size + " bytes exceeds " + state.config().maxRequestBytes());
        }
        int length = (int) size;
        readBody(in, length);
        out.reset();
        switch (type) {
            case Wire.TYPE_INFO -> info(length);
            case Wire.TYPE_ADMIN -> admin();
            case Wire.TYPE_MESSAGE -> message(body, length, socketOut);
            default -> compressed(length, socketOut);
        }
        out.writeTo(socketOut);
    }

    private void info(int length) {
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
            LOG.log(Level.FINE, () -> "malformed message from " + socket.getRemoteSocketAddress() + ": "
                    + malformed.getMessage());
            out.reset();
            out.beginGroup(Wire.TYPE_MESSAGE);
            out.messageHeader(Wire.INFO3_LAST, ResultCode.PARAMETER_ERROR, 0, 0, 0, 0, 0);
            out.endGroup();
        }
    }

    /** Type 4: 8-byte uncompressed size, then a zlib stream of a whole type-3 message with its proto header. */
    private void compressed(int length, OutputStream socketOut) throws IOException, ProtocolException {
        if (length < COMPRESSED_SIZE_PREFIX) {
            throw new ProtocolException("compressed message shorter than its size prefix");
        }
        long inflatedSize = Wire.readLong(body, 0);
        if (inflatedSize < Wire.PROTO_HEADER_SIZE || inflatedSize > state.config().maxRequestBytes()) {
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
        byte[] inner = java.util.Arrays.copyOfRange(inflated, Wire.PROTO_HEADER_SIZE, inflated.length);
        message(inner, inner.length, socketOut);
    }

    /** Reads a body of {@code length} bytes, growing the buffer as bytes arrive, not on a declared size. */
    private void readBody(InputStream in, int length) throws IOException {
        if (body.length > SHRINK_ABOVE && length <= INITIAL_BODY) {
            body = new byte[INITIAL_BODY];
        }
        byte[] buffer = body;
        int read = 0;
        while (read < length) {
            if (read == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(length, buffer.length * 2L));
            }
            int n = in.read(buffer, read, Math.min(buffer.length, length) - read);
            if (n < 0) {
                throw new EOFException("connection closed after " + read + " of " + length + " body bytes");
            }
            read += n;
        }
        body = buffer;
    }

    /** Reads exactly {@code length} bytes; {@code false} on a clean end of stream before any byte. */
    private static boolean readFully(InputStream in, byte[] target, int length, boolean endAllowed) throws IOException {
        int read = 0;
        while (read < length) {
            int n = in.read(target, read, length - read);
            if (n < 0) {
                if (read == 0 && endAllowed) {
                    return false;
                }
                throw new EOFException("connection closed after " + read + " of " + length + " bytes");
            }
            read += n;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
