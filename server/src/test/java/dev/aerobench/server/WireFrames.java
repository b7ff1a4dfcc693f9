package dev.aerobench.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds request frames byte by byte and checks that what the server sends back is well framed:
 * for tests that talk to the server over raw sockets, below any client.
 */
final class WireFrames {

    static final int VERSION = 2;
    static final int TYPE_INFO = 1;
    static final int TYPE_MESSAGE = 3;
    static final int TYPE_COMPRESSED = 4;
    static final int HEADER_SIZE = 8;
    static final int MESSAGE_HEADER_SIZE = 22;
    /** The sync client refuses groups larger than this; no sane reply comes near it. */
    private static final long MAX_REPLY_BODY = 128L * 1024 * 1024;

    private WireFrames() {}

    /** The 8-byte proto header: version, type, 48-bit body size. */
    static byte[] header(int version, int type, long size) {
        return ByteBuffer.allocate(HEADER_SIZE)
                .putLong(size & 0xFFFF_FFFF_FFFFL)
                .put(0, (byte) version)
                .put(1, (byte) type)
                .array();
    }

    static byte[] frame(int version, int type, byte[] body) {
        return concat(header(version, type, body.length), body);
    }

    /** An info request: each command followed by a newline. */
    static byte[] info(String... commands) {
        StringBuilder body = new StringBuilder();
        for (String command : commands) {
            body.append(command).append('\n');
        }
        return frame(VERSION, TYPE_INFO, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A single-record read of all bins of {@code digest} in {@code namespace}. */
    static byte[] getAll(String namespace, byte[] digest) {
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        writeField(fields, 0, namespace.getBytes(StandardCharsets.UTF_8));
        writeField(fields, 4, digest);
        return message(0x03, 0, 2, 0, fields.toByteArray());
    }

    /** A scan of every partition of {@code namespace}: its reply is a multi-record stream ending in LAST. */
    static byte[] scanAll(String namespace) {
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        writeField(fields, 0, namespace.getBytes(StandardCharsets.UTF_8));
        return message(0x01, 0, 1, 0, fields.toByteArray());
    }

    /** An AS_MSG frame with the given flags and counts and a body of already encoded fields and ops. */
    static byte[] message(int info1, int info2, int fieldCount, int opCount, byte[] fieldsAndOps) {
        ByteBuffer header = ByteBuffer.allocate(MESSAGE_HEADER_SIZE)
                .put((byte) MESSAGE_HEADER_SIZE)
                .put((byte) info1)
                .put((byte) info2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .putInt(0)
                .putInt(0)
                .putInt(1000)
                .putShort((short) fieldCount)
                .putShort((short) opCount);
        return frame(VERSION, TYPE_MESSAGE, concat(header.array(), fieldsAndOps));
    }

    private static void writeField(ByteArrayOutputStream out, int type, byte[] data) {
        out.writeBytes(
                ByteBuffer.allocate(5).putInt(data.length + 1).put((byte) type).array());
        out.writeBytes(data);
    }

    static byte[] concat(byte[] first, byte[] second) {
        return ByteBuffer.allocate(first.length + second.length)
                .put(first)
                .put(second)
                .array();
    }

    static String hex(byte[] bytes, int limit) {
        int shown = Math.min(bytes.length, limit);
        String text = HexFormat.of().formatHex(bytes, 0, shown);
        return shown < bytes.length ? text + "... (" + bytes.length + " bytes)" : text;
    }

    /** One frame the server sent. */
    record Frame(int version, int type, byte[] body) {

        /** The result code of the first AS_MSG in a type-3 body. */
        int resultCode() {
            return body[5] & 0xFF;
        }

        /** Whether the last AS_MSG of this group carries info3 LAST, ending a multi-record stream. */
        boolean endsStream() {
            return body.length >= MESSAGE_HEADER_SIZE && (body[body.length - MESSAGE_HEADER_SIZE + 3] & 0x01) != 0;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Splits {@code bytes} into frames, checking what any client relies on: version 2, a type it
     * knows, a size it accepts, a complete body, and for messages a sequence of complete AS_MSGs.
     *
     * @throws AssertionError naming the first thing that is malformed
     */
    static List<Frame> parseReply(byte[] bytes) {
        List<Frame> frames = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        while (in.hasRemaining()) {
            if (in.remaining() < HEADER_SIZE) {
                throw new AssertionError("reply ends inside a proto header: " + hex(bytes, 64));
            }
            long word = in.getLong();
            int version = (int) (word >>> 56);
            int type = (int) (word >>> 48) & 0xFF;
            long size = word & 0xFFFF_FFFF_FFFFL;
            if (version != VERSION || type < TYPE_INFO || type > TYPE_COMPRESSED || size > MAX_REPLY_BODY) {
                throw new AssertionError("malformed reply header version=" + version + " type=" + type + " size=" + size
                        + ": " + hex(bytes, 64));
            }
            if (in.remaining() < size) {
                throw new AssertionError("reply body of " + size + " bytes is cut after " + in.remaining());
            }
            byte[] body = new byte[(int) size];
            in.get(body);
            if (type == TYPE_MESSAGE) {
                checkMessages(body);
            }
            frames.add(new Frame(version, type, body));
        }
        return frames;
    }

    private static void checkMessages(byte[] body) {
        ByteBuffer in = ByteBuffer.wrap(body);
        while (in.hasRemaining()) {
            if (in.remaining() < MESSAGE_HEADER_SIZE) {
                throw new AssertionError("AS_MSG shorter than its header in reply group: " + hex(body, 64));
            }
            int start = in.position();
            int fieldCount = in.getShort(start + 18) & 0xFFFF;
            int opCount = in.getShort(start + 20) & 0xFFFF;
            in.position(start + MESSAGE_HEADER_SIZE);
            for (int i = 0; i < fieldCount + opCount; i++) {
                if (in.remaining() < 4) {
                    throw new AssertionError("AS_MSG field/op size cut in reply group: " + hex(body, 64));
                }
                int size = in.getInt();
                if (size < 1 || size > in.remaining()) {
                    throw new AssertionError("AS_MSG field/op of " + size + " bytes overruns the reply group");
                }
                in.position(in.position() + size);
            }
        }
    }
}
