package dev.aerobench.server;

import java.util.HexFormat;

/**
 * A 20-byte record digest held in three primitive fields rather than an array: smaller on the heap
 * and cheap to hash and compare. Ordered as unsigned bytes; scans walk a partition in the reverse
 * of this order, as a real node does.
 */
record Digest(long high, long middle, int low) implements Comparable<Digest> {

    static Digest read(byte[] buf, int offset) {
        return new Digest(Wire.readLong(buf, offset), Wire.readLong(buf, offset + 8), Wire.readInt(buf, offset + 16));
    }

    void write(byte[] buf, int offset) {
        Wire.writeLong(buf, offset, high);
        Wire.writeLong(buf, offset + 8, middle);
        Wire.writeInt(buf, offset + 16, low);
    }

    int partitionId() {
        int first = (int) (high >>> 56) & 0xFF;
        int second = (int) (high >>> 48) & 0xFF;
        return (first | (second << 8)) & (Wire.PARTITIONS - 1);
    }

    @Override
    public int compareTo(Digest other) {
        int byHigh = Long.compareUnsigned(high, other.high);
        if (byHigh != 0) {
            return byHigh;
        }
        int byMiddle = Long.compareUnsigned(middle, other.middle);
        return byMiddle != 0 ? byMiddle : Integer.compareUnsigned(low, other.low);
    }

    @Override
    public int hashCode() {
        // The digest is a cryptographic hash already: any of its bits is a good hash code.
        return (int) (middle ^ (middle >>> 32)) ^ low;
    }

    @Override
    public String toString() {
        byte[] bytes = new byte[Wire.DIGEST_SIZE];
        write(bytes, 0);
        return HexFormat.of().formatHex(bytes);
    }
}
