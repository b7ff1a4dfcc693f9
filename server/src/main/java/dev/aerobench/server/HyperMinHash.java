package dev.aerobench.server;

import java.util.List;

/**
 * The HyperLogLog / HyperMinHash sketch of an Aerospike HLL bin (particle type 18), laid out
 * byte for byte as the real server's {@code particle_hll.c} keeps it, so that a client can move
 * sketches between this server and a real one and get the same counts: a flags byte (0), the
 * index bit count (4-16), the minhash bit count (0 or 4-51), an 8-byte little-endian cached count
 * (0: not computed) and {@code 2^indexBits} registers of {@code 6 + minhashBits} bits each, packed
 * big-endian. An element is hashed with MurmurHash3 x64-128 over its compact msgpack form; the low
 * bits of the first half pick the register, the next bits are the minhash, and the trailing zeros
 * of the second half (plus one) the HLL value. Counts follow Ertl's improved estimator
 * (arXiv:1702.01284, algorithm 6), similarity and intersections HyperMinHash (arXiv:1710.08436),
 * as the real server does.
 */
final class HyperMinHash {

    static final int HEADER_BYTES = 11;
    static final int HLL_BITS = 6;
    static final int HLL_MAX_VALUE = 1 << HLL_BITS;
    static final int MIN_INDEX_BITS = 4;
    static final int MAX_INDEX_BITS = 16;
    static final int MIN_MINHASH_BITS = 4;
    static final int MAX_MINHASH_BITS = 64 - HLL_BITS - 7;
    private static final int CACHE_OFFSET = 3;
    private static final int REGISTERS_BIT_OFFSET = HEADER_BYTES * 8;

    final byte[] data;

    private HyperMinHash(byte[] data) {
        this.data = data;
    }

    /** An empty sketch. */
    static HyperMinHash create(int indexBits, int minhashBits) {
        byte[] data = new byte[requiredSize(indexBits, minhashBits)];
        data[1] = (byte) indexBits;
        data[2] = (byte) minhashBits;
        return new HyperMinHash(data);
    }

    /** A copy of a stored or sent sketch, whose layout has been checked with {@link #isValid}. */
    static HyperMinHash copyOf(byte[] bytes) {
        return new HyperMinHash(bytes.clone());
    }

    static boolean validIndexBits(long bits) {
        return bits >= MIN_INDEX_BITS && bits <= MAX_INDEX_BITS;
    }

    static boolean validMinhashBits(long bits) {
        return bits == 0 || (bits >= MIN_MINHASH_BITS && bits <= MAX_MINHASH_BITS);
    }

    static boolean validCombination(long indexBits, long minhashBits) {
        return validIndexBits(indexBits) && validMinhashBits(minhashBits) && indexBits + minhashBits <= 64;
    }

    static int requiredSize(int indexBits, int minhashBits) {
        return HEADER_BYTES + (int) (((long) (HLL_BITS + minhashBits) * (1L << indexBits) + 7) / 8);
    }

    /** Whether {@code bytes} is a sketch the server would accept as one. */
    static boolean isValid(byte[] bytes) {
        return bytes.length >= HEADER_BYTES
                && bytes[0] == 0
                && validCombination(bytes[1] & 0xFF, bytes[2] & 0xFF)
                && bytes.length == requiredSize(bytes[1] & 0xFF, bytes[2] & 0xFF);
    }

    int indexBits() {
        return data[1] & 0xFF;
    }

    int minhashBits() {
        return data[2] & 0xFF;
    }

    private int registerCount() {
        return 1 << indexBits();
    }

    private int registerBits() {
        return HLL_BITS + minhashBits();
    }

    long register(int r) {
        return BitField.readInt(data, REGISTERS_BIT_OFFSET + (long) r * registerBits(), registerBits());
    }

    void setRegister(int r, long value) {
        BitField.writeInt(data, REGISTERS_BIT_OFFSET + (long) r * registerBits(), registerBits(), value);
    }

    private int hllValue(long register) {
        return (int) (register >>> minhashBits());
    }

    long cache() {
        long value = 0;
        for (int i = 7; i >= 0; i--) {
            value = (value << 8) | (data[CACHE_OFFSET + i] & 0xFF);
        }
        return value;
    }

    void setCache(long value) {
        for (int i = 0; i < 8; i++) {
            data[CACHE_OFFSET + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Adds an element given as its compact msgpack bytes; whether a register grew. */
    boolean add(byte[] element) {
        long[] hash = MurmurHash3.hash128(element);
        int r = registerIndex(hash);
        long value = registerValue(hash);
        if (Long.compareUnsigned(register(r), value) < 0) {
            setRegister(r, value);
            setCache(0);
            return true;
        }
        return false;
    }

    /** Whether the sketch may hold the element (its register is at least the element's value). */
    boolean mayContain(byte[] element) {
        long[] hash = MurmurHash3.hash128(element);
        return Long.compareUnsigned(registerValue(hash), register(registerIndex(hash))) <= 0;
    }

    private int registerIndex(long[] hash) {
        return (int) (hash[0] & ((1L << indexBits()) - 1));
    }

    private long registerValue(long[] hash) {
        long minhashMask = (1L << minhashBits()) - 1;
        long minhash = (hash[0] >>> indexBits()) & minhashMask;
        long hll = (Long.numberOfTrailingZeros(hash[1]) + 1) & 0xFF;
        return (hll << minhashBits()) | minhash;
    }

    /** The cached count, or Ertl's estimate when none is cached. */
    long estimate() {
        long cached = cache();
        if (cached != 0) {
            return cached;
        }
        int registers = registerCount();
        int[] counts = new int[HLL_MAX_VALUE + 1];
        for (int r = 0; r < registers; r++) {
            counts[hllValue(register(r)) & 0xFF]++;
        }
        double z = registers * tau(counts[HLL_MAX_VALUE] / (double) registers);
        for (int k = HLL_MAX_VALUE; k > 0; k--) {
            z = 0.5 * (z + counts[k]);
        }
        z += registers * sigma(counts[0] / (double) registers);
        return Math.round(alpha() * registers * registers / z);
    }

    private static double tau(double value) {
        if (value == 0.0 || value == 1.0) {
            return 0.0;
        }
        double y = 1.0;
        double z = 1 - value;
        double previous;
        do {
            value = Math.sqrt(value);
            previous = z;
            y *= 0.5;
            z -= Math.pow(1 - value, 2) * y;
        } while (previous != z);
        return z / 3;
    }

    private static double sigma(double value) {
        if (value == 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        double y = 1;
        double z = value;
        double previous;
        do {
            value *= value;
            previous = z;
            z += value * y;
            y += y;
        } while (previous != z);
        return z;
    }

    private double alpha() {
        return switch (indexBits()) {
            case 4 -> 0.673;
            case 5 -> 0.697;
            case 6 -> 0.709;
            default -> 0.7213 / (1.0 + 1.079 / (1 << indexBits()));
        };
    }

    /** The smallest index bits of all, and their common minhash bits (0 when they differ). */
    static HyperMinHash template(List<HyperMinHash> sketches) {
        int indexBits = sketches.get(0).indexBits();
        int minhashBits = sketches.get(0).minhashBits();
        for (HyperMinHash sketch : sketches.subList(1, sketches.size())) {
            indexBits = Math.min(indexBits, sketch.indexBits());
            if (minhashBits != 0 && minhashBits != sketch.minhashBits()) {
                minhashBits = 0;
            }
        }
        return create(indexBits, minhashBits);
    }

    /** Folds {@code other}, with at least as many index bits, into this sketch. */
    void union(HyperMinHash other) {
        int mask = registerCount() - 1;
        int otherRegisters = other.registerCount();
        boolean plainHll = minhashBits() == 0;
        for (int r = 0; r < otherRegisters; r++) {
            int target = r & mask;
            long mine = plainHll ? hllValue(register(target)) & 0xFF : register(target);
            long theirs = plainHll ? other.hllValue(other.register(r)) & 0xFF : other.register(r);
            if (Long.compareUnsigned(mine, theirs) < 0) {
                setRegister(target, theirs);
            }
        }
        if (!plainHll) {
            setCache(0);
        }
    }

    static HyperMinHash unionOf(List<HyperMinHash> sketches) {
        HyperMinHash union = template(sketches);
        sketches.forEach(union::union);
        return union;
    }

    static long unionCount(List<HyperMinHash> sketches) {
        return unionOf(sketches).estimate();
    }

    static long intersectCount(List<HyperMinHash> sketches) {
        if (template(sketches).minhashBits() == 0) {
            return hllIntersectCount(sketches);
        }
        double similarity = similarity(sketches);
        if (Double.isNaN(similarity)) {
            return 0;
        }
        return Math.round(unionCount(sketches) * similarity);
    }

    private static long hllIntersectCount(List<HyperMinHash> sketches) {
        long union = unionCount(sketches);
        long sum = 0;
        for (HyperMinHash sketch : sketches) {
            long count = sketch.estimate();
            if (Long.compareUnsigned(sum + count, sum) < 0) {
                sum = -1L;
                break;
            }
            sum += count;
        }
        if (sketches.size() == 2) {
            return Long.compareUnsigned(sum, union) > 0 ? sum - union : 0;
        }
        long pairs = intersectCount(sketches.subList(0, 2))
                + intersectCount(sketches.subList(1, 3))
                + intersectCount(List.of(sketches.get(0), sketches.get(2)));
        long result = union - (sum - pairs);
        return result < 0 ? 0 : result;
    }

    static double similarity(List<HyperMinHash> sketches) {
        HyperMinHash template = template(sketches);
        if (template.minhashBits() == 0) {
            return (double) hllIntersectCount(sketches) / (double) unionCount(sketches);
        }
        boolean oneHasData = false;
        boolean oneIsEmpty = false;
        for (HyperMinHash sketch : sketches) {
            if (sketch.hasData()) {
                oneHasData = true;
            } else {
                oneIsEmpty = true;
            }
        }
        if (oneIsEmpty) {
            return oneHasData ? 0.0 : Double.NaN;
        }
        HyperMinHash aggregate = create(template.indexBits(), template.minhashBits());
        sketches.forEach(aggregate::union);
        int unionUsed = aggregate.usedRegisters();
        aggregate = create(template.indexBits(), template.minhashBits());
        aggregate.union(sketches.get(0));
        for (HyperMinHash sketch : sketches.subList(1, sketches.size())) {
            aggregate.intersectOne(sketch);
        }
        int intersectUsed = aggregate.usedRegisters();
        double collisions = 0.0;
        if (sketches.size() == 2) {
            collisions = template.expectedCollisions(
                    sketches.get(0).estimate(), sketches.get(1).estimate());
        }
        double result = (intersectUsed - collisions) / unionUsed;
        return Math.max(result, 0.0);
    }

    /**
     * Like the real server, looks at the first {@code 2^indexBits} bytes of the registers only
     * (its word count is registers / 8, words of 8 bytes).
     */
    private boolean hasData() {
        int bytes = registerCount();
        for (int i = 0; i < bytes; i++) {
            if (data[HEADER_BYTES + i] != 0) {
                return true;
            }
        }
        return false;
    }

    private void intersectOne(HyperMinHash other) {
        int mask = registerCount() - 1;
        for (int r = 0; r < other.registerCount(); r++) {
            int target = r & mask;
            long mine = register(target);
            setRegister(target, mine == other.register(r) ? mine : 0);
        }
    }

    private int usedRegisters() {
        int used = 0;
        for (int r = 0; r < registerCount(); r++) {
            used += register(r) != 0 ? 1 : 0;
        }
        return used;
    }

    private double expectedCollisions(long count0, long count1) {
        double probability = 0.0;
        int registers = registerCount();
        for (int i = 1; i <= HLL_MAX_VALUE; i++) {
            double b1 = i != HLL_MAX_VALUE ? Math.pow(2, -i) : 0.0;
            double b2 = Math.pow(2, -i + 1);
            b1 /= registers;
            b2 /= registers;
            double x = Math.pow(1 - b1, (double) count0) - Math.pow(1 - b2, (double) count0);
            double y = Math.pow(1 - b1, (double) count1) - Math.pow(1 - b2, (double) count1);
            probability += x * y;
        }
        return probability * registers / Math.pow(2, minhashBits());
    }
}
