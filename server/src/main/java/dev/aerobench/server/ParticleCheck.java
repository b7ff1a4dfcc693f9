package dev.aerobench.server;

/**
 * Checks that a bin value a client writes is well formed for its particle type, as a real server
 * does before storing it: a malformed value would be returned verbatim later and break every
 * client that reads it (a scan of the whole set included).
 */
final class ParticleCheck {

    static final int PARTICLE_BOOL = 17;
    static final int PARTICLE_HLL = 18;
    static final int PARTICLE_MAP = 19;
    static final int PARTICLE_LIST = 20;
    static final int PARTICLE_GEOJSON = 23;
    private static final int FIRST_LANGUAGE_BLOB = 7;
    private static final int LAST_LANGUAGE_BLOB = 12;
    private static final int GEOJSON_HEADER = 3;
    private static final int GEOJSON_CELL = 8;

    private ParticleCheck() {}

    /** Whether {@code value} is a well-formed value of {@code particleType}. */
    static boolean isValid(int particleType, byte[] value) {
        return switch (particleType) {
            case Wire.PARTICLE_INTEGER, Wire.PARTICLE_DOUBLE -> value.length == 8;
            case PARTICLE_BOOL -> value.length == 1;
            case Wire.PARTICLE_STRING, Wire.PARTICLE_BLOB, PARTICLE_HLL -> true;
            case PARTICLE_MAP, PARTICLE_LIST -> MsgPack.isOneValue(value);
            case PARTICLE_GEOJSON ->
                value.length >= GEOJSON_HEADER
                        && GEOJSON_HEADER + (long) Wire.readShort(value, 1) * GEOJSON_CELL <= value.length;
            default -> particleType >= FIRST_LANGUAGE_BLOB && particleType <= LAST_LANGUAGE_BLOB;
        };
    }

    /** Structural msgpack validation: exactly one complete value, containers nested to any depth. */
    static final class MsgPack {
        private MsgPack() {}

        static boolean isOneValue(byte[] bytes) {
            int offset = 0;
            long pending = 1;
            while (pending > 0) {
                if (offset >= bytes.length || pending > bytes.length - offset) {
                    return false; // every pending value needs at least one more byte
                }
                int type = bytes[offset] & 0xFF;
                long header = headerLength(type);
                long payload = payloadLength(type, bytes, offset);
                if (header < 0 || payload < 0 || offset + header + payload > bytes.length) {
                    return false;
                }
                pending += children(type, bytes, offset) - 1;
                offset += (int) (header + payload);
            }
            return offset == bytes.length;
        }

        /** Bytes of the type byte, its length or count field and its ext type; -1 for the unused 0xc1. */
        private static long headerLength(int type) {
            return switch (type) {
                case 0xc1 -> -1;
                case 0xc4, 0xd9 -> 2;
                case 0xc5, 0xda, 0xdc, 0xde, 0xc7 -> 3;
                case 0xc6, 0xdb, 0xdd, 0xdf -> 5;
                case 0xc8 -> 4;
                case 0xc9 -> 6;
                case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8 -> 2;
                default -> 1;
            };
        }

        /** Bytes after the header that belong to this value itself (not to its children). */
        private static long payloadLength(int type, byte[] bytes, int offset) {
            if (type >= 0xa0 && type <= 0xbf) {
                return type & 0x1f;
            }
            return switch (type) {
                case 0xc4, 0xd9 -> lengthField(bytes, offset + 1, 1);
                case 0xc5, 0xda -> lengthField(bytes, offset + 1, 2);
                case 0xc6, 0xdb -> lengthField(bytes, offset + 1, 4);
                case 0xc7 -> lengthField(bytes, offset + 1, 1);
                case 0xc8 -> lengthField(bytes, offset + 1, 2);
                case 0xc9 -> lengthField(bytes, offset + 1, 4);
                case 0xca, 0xd2, 0xce -> 4;
                case 0xcb, 0xcf, 0xd3 -> 8;
                case 0xcc, 0xd0 -> 1;
                case 0xcd, 0xd1 -> 2;
                case 0xd4 -> 1;
                case 0xd5 -> 2;
                case 0xd6 -> 4;
                case 0xd7 -> 8;
                case 0xd8 -> 16;
                default -> 0;
            };
        }

        /** Values nested directly in this one: array elements, or two per map entry. */
        private static long children(int type, byte[] bytes, int offset) {
            if (type >= 0x80 && type <= 0x8f) {
                return 2L * (type & 0x0f);
            }
            if (type >= 0x90 && type <= 0x9f) {
                return type & 0x0f;
            }
            return switch (type) {
                case 0xdc -> lengthField(bytes, offset + 1, 2);
                case 0xdd -> lengthField(bytes, offset + 1, 4);
                case 0xde -> 2 * lengthField(bytes, offset + 1, 2);
                case 0xdf -> 2 * lengthField(bytes, offset + 1, 4);
                default -> 0;
            };
        }

        /** A big-endian unsigned length of {@code size} bytes, or a huge number if it is cut off. */
        private static long lengthField(byte[] bytes, int offset, int size) {
            if (offset + size > bytes.length) {
                return Integer.MAX_VALUE;
            }
            long length = 0;
            for (int i = 0; i < size; i++) {
                length = (length << 8) | (bytes[offset + i] & 0xFF);
            }
            return length;
        }
    }
}
