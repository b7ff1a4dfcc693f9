package dev.aerobench.server;

/**
 * The 64-bit hash a real node turns an indexed string or blob into (its {@code cf_wyhash64}, wyhash
 * final version 3 with Aerospike's seed). A query's results are ordered by it within a partition and
 * the client hands it back to resume a query, so it must be the node's own function; no JDK or
 * common library has it, hence this implementation from the algorithm's description.
 */
final class Wyhash {

    private static final long SECRET0 = 0xa0761d6478bd642fL;
    private static final long SECRET1 = 0xe7037ed1a0b428dbL;
    private static final long SECRET2 = 0x8ebc6af09c88c6e3L;
    private static final long SECRET3 = 0x589965cc75374cc3L;
    private static final long SEED = 0x29FBB14cc886fL ^ SECRET0;

    private Wyhash() {}

    static long hash64(byte[] data, int offset, int length) {
        long seed = SEED;
        long a;
        long b;
        if (length <= 16) {
            if (length >= 4) {
                int shift = (length >>> 3) << 2;
                a = (read4(data, offset) << 32) | read4(data, offset + shift);
                b = (read4(data, offset + length - 4) << 32) | read4(data, offset + length - 4 - shift);
            } else if (length > 0) {
                a = ((long) (data[offset] & 0xFF) << 16)
                        | ((long) (data[offset + (length >>> 1)] & 0xFF) << 8)
                        | (data[offset + length - 1] & 0xFF);
                b = 0;
            } else {
                a = 0;
                b = 0;
            }
        } else {
            int p = offset;
            int i = length;
            if (i > 48) {
                long see1 = seed;
                long see2 = seed;
                do {
                    seed = mix(read8(data, p) ^ SECRET1, read8(data, p + 8) ^ seed);
                    see1 = mix(read8(data, p + 16) ^ SECRET2, read8(data, p + 24) ^ see1);
                    see2 = mix(read8(data, p + 32) ^ SECRET3, read8(data, p + 40) ^ see2);
                    p += 48;
                    i -= 48;
                } while (i > 48);
                seed ^= see1 ^ see2;
            }
            while (i > 16) {
                seed = mix(read8(data, p) ^ SECRET1, read8(data, p + 8) ^ seed);
                i -= 16;
                p += 16;
            }
            a = read8(data, p + i - 16);
            b = read8(data, p + i - 8);
        }
        return mix(SECRET1 ^ length, mix(a ^ SECRET1, b ^ seed));
    }

    /** The low and high halves of the unsigned 128-bit product, xored. */
    private static long mix(long a, long b) {
        return (a * b) ^ Math.unsignedMultiplyHigh(a, b);
    }

    private static long read8(byte[] data, int offset) {
        return (read4(data, offset + 4) << 32) | read4(data, offset);
    }

    private static long read4(byte[] data, int offset) {
        return (data[offset] & 0xFFL)
                | ((data[offset + 1] & 0xFFL) << 8)
                | ((data[offset + 2] & 0xFFL) << 16)
                | ((data[offset + 3] & 0xFFL) << 24);
    }
}
