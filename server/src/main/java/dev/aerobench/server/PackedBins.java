package dev.aerobench.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bins packed in wire format, one READ operation per bin:
 * {@code size(4) op(1) particleType(1) flags(1) nameLength(1) name value}, size = 4 + name + value.
 */
final class PackedBins {

    static final byte[] EMPTY = new byte[0];
    private static final int OP_HEADER = 8;

    private PackedBins() {}

    static List<Bin> unpack(byte[] packed) {
        List<Bin> bins = new ArrayList<>();
        int offset = 0;
        while (offset < packed.length) {
            int size = Wire.readInt(packed, offset);
            int type = packed[offset + 5] & 0xFF;
            int nameLength = packed[offset + 7] & 0xFF;
            int nameStart = offset + OP_HEADER;
            byte[] name = Arrays.copyOfRange(packed, nameStart, nameStart + nameLength);
            byte[] value = Arrays.copyOfRange(packed, nameStart + nameLength, offset + 4 + size);
            bins.add(new Bin(name, type, value));
            offset += 4 + size;
        }
        return bins;
    }

    static byte[] pack(List<Bin> bins) {
        int total = 0;
        for (Bin bin : bins) {
            total += OP_HEADER + bin.name().length + bin.value().length;
        }
        byte[] packed = new byte[total];
        int offset = 0;
        for (Bin bin : bins) {
            offset = writeOp(packed, offset, bin.particleType(), bin.name(), bin.value());
        }
        return packed;
    }

    static int writeOp(byte[] buf, int offset, int particleType, byte[] name, byte[] value) {
        Wire.writeInt(buf, offset, 4 + name.length + value.length);
        buf[offset + 4] = Wire.OP_READ;
        buf[offset + 5] = (byte) particleType;
        buf[offset + 6] = 0;
        buf[offset + 7] = (byte) name.length;
        System.arraycopy(name, 0, buf, offset + OP_HEADER, name.length);
        System.arraycopy(value, 0, buf, offset + OP_HEADER + name.length, value.length);
        return offset + OP_HEADER + name.length + value.length;
    }

    /**
     * Finds the bin with the given name (bytes {@code name[nameOffset, nameOffset + nameLength)}).
     *
     * @return offset of that bin's operation in {@code packed}, or -1
     */
    static int find(byte[] packed, byte[] name, int nameOffset, int nameLength) {
        int offset = 0;
        while (offset < packed.length) {
            int size = Wire.readInt(packed, offset);
            if ((packed[offset + 7] & 0xFF) == nameLength
                    && Arrays.equals(
                            packed,
                            offset + OP_HEADER,
                            offset + OP_HEADER + nameLength,
                            name,
                            nameOffset,
                            nameOffset + nameLength)) {
                return offset;
            }
            offset += 4 + size;
        }
        return -1;
    }

    /** Length in bytes of the bin operation at {@code offset}. */
    static int opLength(byte[] packed, int offset) {
        return 4 + Wire.readInt(packed, offset);
    }
}
