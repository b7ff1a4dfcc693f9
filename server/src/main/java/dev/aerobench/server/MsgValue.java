package dev.aerobench.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * One msgpack value as an Aerospike node's list, map and expression code sees it, ordered as the
 * node orders values ({@code msgpack_cmp} in the server's {@code cf/src/msgpack_in.c}): first by
 * {@link Kind} in the order of its constants (so every integer sorts before every string, and
 * every list before every double), then within a kind: integers by value, strings and blobs
 * byte-wise with their particle-type byte and then by length, lists element by element (a prefix
 * first), maps by entry count and then entry by entry in stored order, doubles by value.
 * {@link #WILDCARD} equals everything; {@link #INFINITY} is greater than everything else.
 *
 * <p>Hand-written rather than taken from msgpack-java because the server module has no run-time
 * dependency (its jar is the standalone server) and because almost everything here is
 * Aerospike's own: the ordering, strings carrying a particle-type byte, the ext headers that mark
 * ordered lists and maps, and the wildcard and infinity values of range and relative operations.
 */
sealed interface MsgValue extends Comparable<MsgValue> {

    /** Kinds in Aerospike's sort order. */
    enum Kind {
        NIL,
        FALSE,
        TRUE,
        NEGINT,
        INT,
        STRING,
        LIST,
        MAP,
        BYTES,
        DOUBLE,
        GEOJSON,
        EXT,
        WILDCARD,
        INFINITY
    }

    /** Particle-type byte that starts a string's msgpack payload. */
    int STRING_TYPE = Wire.PARTICLE_STRING;

    /** Particle-type byte that starts a blob's msgpack payload. */
    int BLOB_TYPE = Wire.PARTICLE_BLOB;

    /** Particle-type byte that starts a GeoJSON string's msgpack payload. */
    int GEOJSON_TYPE = ParticleCheck.PARTICLE_GEOJSON;

    MsgValue NIL = new Nil();
    MsgValue TRUE = new Bool(true);
    MsgValue FALSE = new Bool(false);
    MsgValue WILDCARD = new Special(Kind.WILDCARD);
    MsgValue INFINITY = new Special(Kind.INFINITY);

    Kind kind();

    @Override
    default int compareTo(MsgValue other) {
        return MsgOrder.compare(this, other);
    }

    /** Whether this value equals {@code other} in Aerospike's order (a wildcard equals anything). */
    default boolean sameAs(MsgValue other) {
        return compareTo(other) == 0;
    }

    static MsgValue of(long value) {
        return new Int(value);
    }

    static MsgValue of(double value) {
        return new Dbl(value);
    }

    static MsgValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** A string as clients send it: particle type 3 and UTF-8. */
    static MsgValue string(String text) {
        return Bytes.withType(STRING_TYPE, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A blob as clients send a {@code byte[]}: particle type 4 and the bytes. */
    static MsgValue blob(byte[] bytes) {
        return Bytes.withType(BLOB_TYPE, bytes);
    }

    /** The msgpack nil. */
    record Nil() implements MsgValue {
        @Override
        public Kind kind() {
            return Kind.NIL;
        }

        @Override
        public String toString() {
            return "nil";
        }
    }

    /** A msgpack boolean. */
    record Bool(boolean value) implements MsgValue {
        @Override
        public Kind kind() {
            return value ? Kind.TRUE : Kind.FALSE;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A msgpack integer. An unsigned 64-bit value of 2^63 or more (which no Java client sends) is
     * read as the negative {@code long} with the same bits, and sorts as one.
     */
    record Int(long value) implements MsgValue {
        @Override
        public Kind kind() {
            return value < 0 ? Kind.NEGINT : Kind.INT;
        }

        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** A msgpack float or double (a float is widened, as the server does). */
    record Dbl(double value) implements MsgValue {
        @Override
        public Kind kind() {
            return Kind.DOUBLE;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * A msgpack str or bin: {@code data} is the whole payload, whose first byte is the particle type
     * (3 string, 4 blob, 23 GeoJSON, other language blobs); an empty payload is a blob.
     */
    record Bytes(byte[] data) implements MsgValue {

        static Bytes withType(int particleType, byte[] content) {
            byte[] data = new byte[content.length + 1];
            data[0] = (byte) particleType;
            System.arraycopy(content, 0, data, 1, content.length);
            return new Bytes(data);
        }

        @Override
        public Kind kind() {
            if (data.length == 0) {
                return Kind.BYTES;
            }
            return switch (data[0]) {
                case STRING_TYPE -> Kind.STRING;
                case GEOJSON_TYPE -> Kind.GEOJSON;
                default -> Kind.BYTES;
            };
        }

        /** The particle type of the payload, or {@link Wire#PARTICLE_BLOB} for an empty payload. */
        int particleType() {
            return data.length == 0 ? BLOB_TYPE : data[0] & 0xFF;
        }

        /** The payload without its particle-type byte. */
        byte[] content() {
            return data.length == 0 ? data : Arrays.copyOfRange(data, 1, data.length);
        }

        /** The content as UTF-8 text. */
        String text() {
            return data.length == 0 ? "" : new String(data, 1, data.length - 1, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return kind() == Kind.STRING ? '"' + text() + '"' : "bytes" + Arrays.toString(content());
        }
    }

    /**
     * A msgpack array. {@code flags} are those of its ext header (1 = ordered); 0 means it has none
     * (an unordered list).
     */
    record MList(List<MsgValue> items, int flags) implements MsgValue {
        static final int ORDERED = 0x01;

        public MList {
            items = List.copyOf(items);
        }

        static MList of(List<MsgValue> items) {
            return new MList(items, 0);
        }

        boolean ordered() {
            return (flags & ORDERED) != 0;
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }

        @Override
        public String toString() {
            return (ordered() ? "ordered" : "") + items;
        }
    }

    /**
     * A msgpack map, entries in stored order. {@code flags} are those of its ext header
     * (1 = key-ordered, 3 = key-value-ordered); 0 means it has none (an unordered map).
     */
    record MMap(List<Entry> entries, int flags) implements MsgValue {
        static final int KEY_ORDERED = 0x01;
        static final int KEY_VALUE_ORDERED = 0x03;

        public MMap {
            entries = List.copyOf(entries);
        }

        boolean keyOrdered() {
            return (flags & KEY_ORDERED) != 0;
        }

        @Override
        public Kind kind() {
            return Kind.MAP;
        }

        @Override
        public String toString() {
            return (keyOrdered() ? "ordered" : "") + entries;
        }
    }

    /** One map entry. */
    record Entry(MsgValue key, MsgValue value) {
        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** A msgpack ext value other than the wildcard and infinity, kept as it came. */
    record Ext(int type, byte[] data) implements MsgValue {
        @Override
        public Kind kind() {
            return Kind.EXT;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Ext that && type == that.type && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return 31 * type + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "ext" + type + Arrays.toString(data);
        }
    }

    /** The wildcard or infinity of range and relative operations: ext type 0xff with one byte 0 or 1. */
    record Special(Kind kind) implements MsgValue {
        @Override
        public String toString() {
            return kind == Kind.WILDCARD ? "*" : "inf";
        }
    }
}
