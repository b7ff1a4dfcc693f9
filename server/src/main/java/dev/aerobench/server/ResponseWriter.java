package dev.aerobench.server;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Builds responses in one growing buffer, shared by the connections of the one service thread
 * (see {@link ServiceBuffers}): proto groups holding AS_MSG messages.
 * Multi-record responses (batch, scan) are written group by group once a group grows large, so
 * this buffer never grows with the stream. (What the socket cannot take at once waits in the
 * connection's pending output; a scan runs on the service thread from start to end.)
 */
final class ResponseWriter {

    /** A group is flushed to the socket once it holds this many bytes. */
    static final int FLUSH_THRESHOLD = 128 * 1024;

    private static final int SHRINK_ABOVE = 1024 * 1024;

    private byte[] buf = new byte[8 * 1024];
    private int position;
    private int groupStart = -1;

    void reset() {
        position = 0;
        groupStart = -1;
        if (buf.length > SHRINK_ABOVE) {
            buf = new byte[8 * 1024]; // give back what one huge record or batch needed
        }
    }

    /** Current write position, e.g. of a message header whose op count is patched later. */
    int position() {
        return position;
    }

    /** Overwrites the op count of the message header written at {@code headerPosition}. */
    void patchOpCount(int headerPosition, int opCount) {
        Wire.writeShort(buf, headerPosition + 20, opCount);
    }

    void beginGroup(int protoType) {
        ensure(Wire.PROTO_HEADER_SIZE);
        groupStart = position;
        buf[position] = Wire.PROTO_VERSION;
        buf[position + 1] = (byte) protoType;
        position += Wire.PROTO_HEADER_SIZE;
    }

    void endGroup() {
        long size = position - groupStart - Wire.PROTO_HEADER_SIZE;
        Wire.writeShort(buf, groupStart + 2, (int) (size >>> 32));
        Wire.writeInt(buf, groupStart + 4, (int) size);
        groupStart = -1;
    }

    /** Bytes in the group being built. */
    int groupSize() {
        return groupStart < 0 ? 0 : position - groupStart - Wire.PROTO_HEADER_SIZE;
    }

    void messageHeader(
            int info3, int resultCode, int generation, int voidTime, int batchIndex, int fieldCount, int opCount) {
        ensure(Wire.MSG_HEADER_SIZE);
        byte[] b = buf;
        int p = position;
        b[p] = Wire.MSG_HEADER_SIZE;
        b[p + 1] = 0;
        b[p + 2] = 0;
        b[p + 3] = (byte) info3;
        b[p + 4] = 0;
        b[p + 5] = (byte) resultCode;
        Wire.writeInt(b, p + 6, generation);
        Wire.writeInt(b, p + 10, voidTime);
        Wire.writeInt(b, p + 14, batchIndex);
        Wire.writeShort(b, p + 18, fieldCount);
        Wire.writeShort(b, p + 20, opCount);
        position = p + Wire.MSG_HEADER_SIZE;
    }

    void field(int type, byte[] data) {
        field(type, data, 0, data.length);
    }

    void field(int type, byte[] data, int offset, int length) {
        ensure(5 + length);
        Wire.writeInt(buf, position, length + 1);
        buf[position + 4] = (byte) type;
        System.arraycopy(data, offset, buf, position + 5, length);
        position += 5 + length;
    }

    void digestField(Digest digest) {
        ensure(5 + Wire.DIGEST_SIZE);
        Wire.writeInt(buf, position, Wire.DIGEST_SIZE + 1);
        buf[position + 4] = Wire.FIELD_DIGEST;
        digest.write(buf, position + 5);
        position += 5 + Wire.DIGEST_SIZE;
    }

    void bytes(byte[] data, int offset, int length) {
        ensure(length);
        System.arraycopy(data, offset, buf, position, length);
        position += length;
    }

    /** An operation carrying a bin (type READ, as the real server writes it). */
    void op(
            int particleType,
            byte[] nameSource,
            int nameOffset,
            int nameLength,
            byte[] valueSource,
            int valueOffset,
            int valueLength) {
        ensure(8 + nameLength + valueLength);
        Wire.writeInt(buf, position, 4 + nameLength + valueLength);
        buf[position + 4] = Wire.OP_READ;
        buf[position + 5] = (byte) particleType;
        buf[position + 6] = 0;
        buf[position + 7] = (byte) nameLength;
        System.arraycopy(nameSource, nameOffset, buf, position + 8, nameLength);
        System.arraycopy(valueSource, valueOffset, buf, position + 8 + nameLength, valueLength);
        position += 8 + nameLength + valueLength;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, position);
        position = 0;
    }

    /**
     * In a multi-record stream: once the message group being built holds {@link #FLUSH_THRESHOLD}
     * bytes, ends it, writes it out and begins the next, so no single buffer grows with the stream.
     */
    void flushGroupIfLarge(OutputStream out) throws IOException {
        if (groupSize() >= FLUSH_THRESHOLD) {
            endGroup();
            writeTo(out);
            beginGroup(Wire.TYPE_MESSAGE);
        }
    }

    private void ensure(int extra) {
        if (position + extra > buf.length) {
            byte[] bigger = new byte[Math.max(buf.length * 2, position + extra)];
            System.arraycopy(buf, 0, bigger, 0, position);
            buf = bigger;
        }
    }
}
