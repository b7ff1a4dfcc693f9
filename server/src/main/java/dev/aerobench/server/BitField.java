package dev.aerobench.server;

/**
 * Bit-level reads and writes on a blob, bits numbered from the most significant bit of byte 0, as
 * Aerospike's bit operations number them. The real server shifts whole bytes and words for speed;
 * this works bit by bit because blobs in a test are small and the results are the same.
 */
final class BitField {

    private BitField() {}

    static boolean get(byte[] bytes, long bit) {
        return (bytes[(int) (bit >>> 3)] & (0x80 >>> (bit & 7))) != 0;
    }

    static void set(byte[] bytes, long bit, boolean value) {
        int index = (int) (bit >>> 3);
        int mask = 0x80 >>> (bit & 7);
        bytes[index] = (byte) (value ? bytes[index] | mask : bytes[index] & ~mask);
    }

    /** The {@code size} (1..64) bits from {@code offset} as an unsigned number. */
    static long readInt(byte[] bytes, long offset, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 1) | (get(bytes, offset + i) ? 1 : 0);
        }
        return value;
    }

    /** Writes the low {@code size} bits of {@code value} from {@code offset}. */
    static void writeInt(byte[] bytes, long offset, int size, long value) {
        for (int i = 0; i < size; i++) {
            set(bytes, offset + i, ((value >>> (size - 1 - i)) & 1) != 0);
        }
    }

    /** Bits {@code [offset, offset + size)} as {@code ceil(size / 8)} bytes, the last padded with zeros. */
    static byte[] extract(byte[] bytes, long offset, long size) {
        byte[] out = new byte[(int) ((size + 7) / 8)];
        for (long i = 0; i < size; i++) {
            set(out, i, get(bytes, offset + i));
        }
        return out;
    }

    static long count(byte[] bytes, long offset, long size) {
        long count = 0;
        for (long i = 0; i < size; i++) {
            count += get(bytes, offset + i) ? 1 : 0;
        }
        return count;
    }

    /** Shifts bits {@code [offset, offset + size)} towards {@code offset} by {@code shift}, filling with zeros. */
    static void shiftLeft(byte[] bytes, long offset, long size, long shift) {
        for (long i = 0; i < size; i++) {
            set(bytes, offset + i, i + shift < size && get(bytes, offset + i + shift));
        }
    }

    /** Shifts bits {@code [offset, offset + size)} away from {@code offset} by {@code shift}, filling with zeros. */
    static void shiftRight(byte[] bytes, long offset, long size, long shift) {
        for (long i = size - 1; i >= 0; i--) {
            set(bytes, offset + i, i >= shift && get(bytes, offset + i - shift));
        }
    }
}
