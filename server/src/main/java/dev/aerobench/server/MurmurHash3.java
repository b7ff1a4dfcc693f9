package dev.aerobench.server;

/**
 * MurmurHash3 x64-128 with seed 0, the hash the real server gives HLL elements. Written here
 * because the server module has no run-time dependencies.
 */
final class MurmurHash3 {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private MurmurHash3() {}

    /** The two 64-bit halves, as the real server reads them from the 16 output bytes. */
    static long[] hash128(byte[] data) {
        long h1 = 0;
        long h2 = 0;
        int blocks = data.length / 16;
        for (int i = 0; i < blocks; i++) {
            long k1 = littleEndian(data, i * 16, 8);
            long k2 = littleEndian(data, i * 16 + 8, 8);
            h1 ^= mixK1(k1);
            h1 = Long.rotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(k2);
            h2 = Long.rotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int tail = blocks * 16;
        int remaining = data.length - tail;
        if (remaining > 8) {
            h2 ^= mixK2(littleEndian(data, tail + 8, remaining - 8));
        }
        if (remaining > 0) {
            h1 ^= mixK1(littleEndian(data, tail, Math.min(remaining, 8)));
        }
        h1 ^= data.length;
        h2 ^= data.length;
        h1 += h2;
        h2 += h1;
        h1 = finalMix(h1);
        h2 = finalMix(h2);
        h1 += h2;
        h2 += h1;
        return new long[] {h1, h2};
    }

    private static long mixK1(long k1) {
        return Long.rotateLeft(k1 * C1, 31) * C2;
    }

    private static long mixK2(long k2) {
        return Long.rotateLeft(k2 * C2, 33) * C1;
    }

    private static long littleEndian(byte[] data, int offset, int length) {
        long value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (data[offset + i] & 0xFF);
        }
        return value;
    }

    private static long finalMix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
