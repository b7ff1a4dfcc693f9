package dev.aerobench.server;

import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Entry;
import dev.aerobench.server.MsgValue.Ext;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.Kind;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import dev.aerobench.server.MsgValue.Nil;
import dev.aerobench.server.MsgValue.Special;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes {@link MsgValue}s: the msgpack subset the official clients send and a node
 * stores (wire-protocol notes §6.3), with Aerospike's ext headers on ordered lists and maps and
 * its wildcard and infinity ext values. Writing uses the shortest encoding, as the server's
 * packer does.
 *
 * <pre>{@code
 * MsgValue list = MsgCodec.unpack(bin.value());          // a list or map particle
 * byte[] stored = MsgCodec.pack(MList.of(List.of(MsgValue.of(1))));
 * }</pre>
 */
final class MsgCodec {

    /** Deeper nesting than any client sends; a bound so that a hostile payload cannot overflow the stack. */
    static final int MAX_DEPTH = 256;

    static final int CMP_EXT_TYPE = 0xff;
    private static final int CMP_WILDCARD = 0x00;
    private static final int CMP_INF = 0x01;

    private MsgCodec() {}

    /** A payload that is not one well-formed msgpack value. */
    static final class MsgFormatException extends RuntimeException {
        MsgFormatException(String message) {
            super(message, null, false, false);
        }
    }

    /** Exactly one value filling {@code bytes}. */
    static MsgValue unpack(byte[] bytes) {
        return unpack(bytes, 0, bytes.length);
    }

    /** Exactly one value filling {@code length} bytes of {@code bytes} from {@code offset}. */
    static MsgValue unpack(byte[] bytes, int offset, int length) {
        Reader reader = new Reader(bytes, offset, offset + length);
        MsgValue value = reader.read(0);
        if (reader.position != offset + length) {
            throw new MsgFormatException((offset + length - reader.position) + " bytes after the value");
        }
        return value;
    }

    /** The value read from the start of {@code bytes} and where it ends. */
    static Reader reader(byte[] bytes, int offset, int end) {
        return new Reader(bytes, offset, end);
    }

    /** Reads values one after another. */
    static final class Reader {
        private final byte[] bytes;
        private final int end;
        private int position;

        private Reader(byte[] bytes, int offset, int end) {
            if (offset < 0 || end > bytes.length || offset > end) {
                throw new MsgFormatException("bad range");
            }
            this.bytes = bytes;
            this.position = offset;
            this.end = end;
        }

        boolean hasMore() {
            return position < end;
        }

        int position() {
            return position;
        }

        MsgValue next() {
            return read(0);
        }

        private MsgValue read(int depth) {
            if (depth > MAX_DEPTH) {
                throw new MsgFormatException("nested deeper than " + MAX_DEPTH);
            }
            int b = u8();
            if (b <= 0x7f) {
                return new Int(b);
            }
            if (b >= 0xe0) {
                return new Int((byte) b);
            }
            if ((b & 0xe0) == 0xa0) {
                return bytes(b & 0x1f);
            }
            if ((b & 0xf0) == 0x90) {
                return list(b & 0x0f, depth);
            }
            if ((b & 0xf0) == 0x80) {
                return map(b & 0x0f, depth);
            }
            return switch (b) {
                case 0xc0 -> MsgValue.NIL;
                case 0xc2 -> MsgValue.FALSE;
                case 0xc3 -> MsgValue.TRUE;
                case 0xcc -> new Int(u8());
                case 0xcd -> new Int(uint(2));
                case 0xce -> new Int(uint(4));
                case 0xcf, 0xd3 -> new Int(uint(8));
                case 0xd0 -> new Int((byte) u8());
                case 0xd1 -> new Int((short) uint(2));
                case 0xd2 -> new Int((int) uint(4));
                case 0xca -> new Dbl(Float.intBitsToFloat((int) uint(4)));
                case 0xcb -> new Dbl(Double.longBitsToDouble(uint(8)));
                case 0xc4, 0xd9 -> bytes(length(1));
                case 0xc5, 0xda -> bytes(length(2));
                case 0xc6, 0xdb -> bytes(length(4));
                case 0xdc -> list(length(2), depth);
                case 0xdd -> list(length(4), depth);
                case 0xde -> map(length(2), depth);
                case 0xdf -> map(length(4), depth);
                case 0xd4 -> ext(1);
                case 0xd5 -> ext(2);
                case 0xd6 -> ext(4);
                case 0xd7 -> ext(8);
                case 0xd8 -> ext(16);
                case 0xc7 -> ext(length(1));
                case 0xc8 -> ext(length(2));
                case 0xc9 -> ext(length(4));
                default -> throw new MsgFormatException("no msgpack type 0x" + Integer.toHexString(b));
            };
        }

        private MsgValue bytes(int length) {
            need(length);
            byte[] data = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            return new Bytes(data);
        }

        private MsgValue list(int count, int depth) {
            need(count); // every element takes at least one byte
            List<MsgValue> items = new ArrayList<>(count);
            int flags = 0;
            for (int i = 0; i < count; i++) {
                MsgValue item = read(depth + 1);
                if (i == 0 && item instanceof Ext header) {
                    flags = header.type(); // an ext first element is the list's header, not an item
                } else {
                    items.add(item);
                }
            }
            return new MList(items, flags);
        }

        private MsgValue map(int count, int depth) {
            need(count * 2L);
            List<Entry> entries = new ArrayList<>(count);
            int flags = 0;
            for (int i = 0; i < count; i++) {
                MsgValue key = read(depth + 1);
                MsgValue value = read(depth + 1);
                if (i == 0 && key instanceof Ext header) {
                    flags = header.type(); // the header pair: ext and nil
                } else {
                    entries.add(new Entry(key, value));
                }
            }
            return new MMap(entries, flags);
        }

        private MsgValue ext(int length) {
            int type = u8();
            need(length);
            byte[] data = Arrays.copyOfRange(bytes, position, position + length);
            position += length;
            if (type == CMP_EXT_TYPE && length == 1) {
                if (data[0] == CMP_WILDCARD) {
                    return MsgValue.WILDCARD;
                }
                if (data[0] == CMP_INF) {
                    return MsgValue.INFINITY;
                }
            }
            return new Ext(type, data);
        }

        private int length(int size) {
            long length = uint(size);
            if (length > end - position) {
                throw new MsgFormatException("length " + length + " beyond the payload");
            }
            return (int) length;
        }

        private long uint(int size) {
            need(size);
            long value = 0;
            for (int i = 0; i < size; i++) {
                value = (value << 8) | (bytes[position++] & 0xFF);
            }
            return value;
        }

        private int u8() {
            need(1);
            return bytes[position++] & 0xFF;
        }

        private void need(long count) {
            if (count > end - position) {
                throw new MsgFormatException("value cut off at byte " + position);
            }
        }
    }

    /** The shortest encoding of {@code value}, ext headers included. */
    static byte[] pack(MsgValue value) {
        Writer writer = new Writer();
        writer.write(value);
        return writer.toByteArray();
    }

    /** Writes values one after another. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        byte[] toByteArray() {
            return out.toByteArray();
        }

        Writer write(MsgValue value) {
            switch (value) {
                case Nil nil -> out.write(0xc0);
                case Bool bool -> out.write(bool.value() ? 0xc3 : 0xc2);
                case Int i -> writeInt(i.value());
                case Dbl d -> {
                    out.write(0xcb);
                    writeBigEndian(Double.doubleToRawLongBits(d.value()), 8);
                }
                case Bytes b -> writeBytes(b.data());
                case MList list -> {
                    int header = list.flags() != 0 ? 1 : 0;
                    arrayHeader(list.items().size() + header);
                    if (header != 0) {
                        extHeader(list.flags());
                    }
                    list.items().forEach(this::write);
                }
                case MMap map -> {
                    int header = map.flags() != 0 ? 1 : 0;
                    mapHeader(map.entries().size() + header);
                    if (header != 0) {
                        extHeader(map.flags());
                        out.write(0xc0);
                    }
                    for (Entry entry : map.entries()) {
                        write(entry.key());
                        write(entry.value());
                    }
                }
                case Ext ext -> writeExt(ext.type(), ext.data());
                case Special special ->
                    writeExt(CMP_EXT_TYPE, new byte[] {(byte) (special.kind() == Kind.WILDCARD ? CMP_WILDCARD : CMP_INF)
                    });
            }
            return this;
        }

        /** An array header for {@code count} values the caller writes next. */
        Writer arrayHeader(int count) {
            if (count < 16) {
                out.write(0x90 | count);
            } else if (count < 0x10000) {
                out.write(0xdc);
                writeBigEndian(count, 2);
            } else {
                out.write(0xdd);
                writeBigEndian(count, 4);
            }
            return this;
        }

        /** A map header for {@code count} key-value pairs the caller writes next. */
        Writer mapHeader(int count) {
            if (count < 16) {
                out.write(0x80 | count);
            } else if (count < 0x10000) {
                out.write(0xde);
                writeBigEndian(count, 2);
            } else {
                out.write(0xdf);
                writeBigEndian(count, 4);
            }
            return this;
        }

        private void extHeader(int flags) {
            out.write(0xc7);
            out.write(0);
            out.write(flags);
        }

        private void writeExt(int type, byte[] data) {
            switch (data.length) {
                case 1 -> out.write(0xd4);
                case 2 -> out.write(0xd5);
                case 4 -> out.write(0xd6);
                case 8 -> out.write(0xd7);
                case 16 -> out.write(0xd8);
                default -> {
                    if (data.length < 0x100) {
                        out.write(0xc7);
                        writeBigEndian(data.length, 1);
                    } else if (data.length < 0x10000) {
                        out.write(0xc8);
                        writeBigEndian(data.length, 2);
                    } else {
                        out.write(0xc9);
                        writeBigEndian(data.length, 4);
                    }
                }
            }
            out.write(type);
            out.writeBytes(data);
        }

        private void writeBytes(byte[] data) {
            int n = data.length;
            if (n < 32) {
                out.write(0xa0 | n);
            } else if (n < 0x100) {
                out.write(0xd9);
                writeBigEndian(n, 1);
            } else if (n < 0x10000) {
                out.write(0xda);
                writeBigEndian(n, 2);
            } else {
                out.write(0xdb);
                writeBigEndian(n, 4);
            }
            out.writeBytes(data);
        }

        private void writeInt(long v) {
            if (v >= 0) {
                if (v < 0x80) {
                    out.write((int) v);
                } else if (v < 0x100) {
                    out.write(0xcc);
                    writeBigEndian(v, 1);
                } else if (v < 0x10000) {
                    out.write(0xcd);
                    writeBigEndian(v, 2);
                } else if (v < 0x1_0000_0000L) {
                    out.write(0xce);
                    writeBigEndian(v, 4);
                } else {
                    out.write(0xcf);
                    writeBigEndian(v, 8);
                }
            } else if (v >= -32) {
                out.write((int) v & 0xff);
            } else if (v >= Byte.MIN_VALUE) {
                out.write(0xd0);
                writeBigEndian(v, 1);
            } else if (v >= Short.MIN_VALUE) {
                out.write(0xd1);
                writeBigEndian(v, 2);
            } else if (v >= Integer.MIN_VALUE) {
                out.write(0xd2);
                writeBigEndian(v, 4);
            } else {
                out.write(0xd3);
                writeBigEndian(v, 8);
            }
        }

        private void writeBigEndian(long v, int size) {
            for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
                out.write((int) (v >>> shift) & 0xff);
            }
        }
    }

    /**
     * A bin value as a msgpack value, as the node sees a bin inside list and map code and
     * expressions; {@code null} for a particle type that has no msgpack form (HLL).
     */
    static MsgValue fromParticle(int particleType, byte[] value) {
        return switch (particleType) {
            case Wire.PARTICLE_NULL -> MsgValue.NIL;
            case Wire.PARTICLE_INTEGER -> new Int(Wire.readLong(value, 0));
            case Wire.PARTICLE_DOUBLE -> new Dbl(Double.longBitsToDouble(Wire.readLong(value, 0)));
            case ParticleCheck.PARTICLE_BOOL -> MsgValue.of(value[0] != 0);
            case ParticleCheck.PARTICLE_LIST, ParticleCheck.PARTICLE_MAP -> unpack(value);
            case ParticleCheck.PARTICLE_HLL -> null;
            default -> Bytes.withType(particleType, value); // strings, blobs, language blobs
        };
    }

    /** The particle type a msgpack value is stored as in a bin; -1 if it cannot be a bin value. */
    static int particleType(MsgValue value) {
        return switch (value) {
            case Nil nil -> Wire.PARTICLE_NULL;
            case Bool bool -> ParticleCheck.PARTICLE_BOOL;
            case Int i -> Wire.PARTICLE_INTEGER;
            case Dbl d -> Wire.PARTICLE_DOUBLE;
            case Bytes b -> b.particleType();
            case MList list -> ParticleCheck.PARTICLE_LIST;
            case MMap map -> ParticleCheck.PARTICLE_MAP;
            case Ext ext -> -1;
            case Special special -> -1;
        };
    }

    /** The bytes of a bin holding {@code value} (see {@link #particleType}). */
    static byte[] particleBytes(MsgValue value) {
        return switch (value) {
            case Nil nil -> new byte[0];
            case Bool bool -> new byte[] {(byte) (bool.value() ? 1 : 0)};
            case Int i -> {
                byte[] bytes = new byte[8];
                Wire.writeLong(bytes, 0, i.value());
                yield bytes;
            }
            case Dbl d -> {
                byte[] bytes = new byte[8];
                Wire.writeLong(bytes, 0, Double.doubleToRawLongBits(d.value()));
                yield bytes;
            }
            case Bytes b -> b.content();
            case MList list -> pack(list);
            case MMap map -> pack(map);
            case Ext ext -> throw new IllegalArgumentException("an ext value cannot be a bin");
            case Special special -> throw new IllegalArgumentException(special + " cannot be a bin");
        };
    }
}
