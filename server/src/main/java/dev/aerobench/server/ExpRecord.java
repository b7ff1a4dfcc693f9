package dev.aerobench.server;

import dev.aerobench.server.Expression.Type;
import dev.aerobench.server.MsgValue.Bool;
import dev.aerobench.server.MsgValue.Bytes;
import dev.aerobench.server.MsgValue.Dbl;
import dev.aerobench.server.MsgValue.Int;
import dev.aerobench.server.MsgValue.MList;
import dev.aerobench.server.MsgValue.MMap;
import java.util.List;

/**
 * What an expression sees of a record: its bins (as earlier operations of the command left them)
 * and metadata.
 *
 * @param bins the record's bins
 * @param stored the record as stored, or {@code null} while a write creates it
 * @param digest the record's digest
 * @param set the set name ("" for none)
 * @param nowMillis the server clock, Unix milliseconds
 */
record ExpRecord(List<Bin> bins, StoredRecord stored, Digest digest, String set, long nowMillis) {

    /** The view of a stored record for a filter. */
    static ExpRecord of(StoredRecord record, Digest digest, long nowMillis) {
        return new ExpRecord(PackedBins.unpack(record.bins()), record, digest, record.set(), nowMillis);
    }

    Bin bin(byte[] name) {
        for (Bin bin : bins) {
            if (bin.hasName(name)) {
                return bin;
            }
        }
        return null;
    }

    /** Bytes 16-19 of the digest as the real server reads them (a little-endian word). */
    int digestWord() {
        return Integer.reverseBytes(digest.low());
    }

    byte[] userKey() {
        return stored == null ? null : stored.userKey();
    }

    long lastUpdateMillis() {
        return stored == null ? nowMillis : stored.lastUpdateMillis();
    }

    long voidTime() {
        return stored == null ? 0 : Integer.toUnsignedLong(stored.voidTime());
    }

    /** Seconds until expiry, -1 for never (the real server's {@code ttl} expression). */
    long ttlSeconds() {
        long voidTime = voidTime();
        if (voidTime == 0) {
            return -1;
        }
        long now = nowMillis / 1000 - Wire.CITRUSLEAF_EPOCH_SECONDS;
        return Math.max(0, voidTime - now);
    }

    /** The record's size as this server counts it for {@code RECORD_TOO_BIG}. */
    long size() {
        byte[] key = userKey();
        return PackedBins.pack(bins).length + (key == null ? 0 : key.length) + set.length();
    }

    /** Whether a bin of {@code particleType} has expression type {@code type}. */
    static boolean isType(int particleType, Type type) {
        return switch (type) {
            case INT -> particleType == Wire.PARTICLE_INTEGER;
            case FLOAT -> particleType == Wire.PARTICLE_DOUBLE;
            case STR -> particleType == Wire.PARTICLE_STRING;
            case BLOB -> particleType == Wire.PARTICLE_BLOB;
            case BOOL -> particleType == ParticleCheck.PARTICLE_BOOL;
            case HLL -> particleType == ParticleCheck.PARTICLE_HLL;
            case MAP -> particleType == ParticleCheck.PARTICLE_MAP;
            case LIST -> particleType == ParticleCheck.PARTICLE_LIST;
            case GEO -> particleType == ParticleCheck.PARTICLE_GEOJSON;
            default -> false;
        };
    }

    /** Whether an evaluated value has expression type {@code type}. */
    static boolean valueIsType(MsgValue value, Type type) {
        return switch (type) {
            case NIL -> value instanceof MsgValue.Nil;
            case INT -> value instanceof Int;
            case FLOAT -> value instanceof Dbl;
            case BOOL -> value instanceof Bool;
            case LIST -> value instanceof MList;
            case MAP -> value instanceof MMap;
            case STR, BLOB, HLL, GEO -> value instanceof Bytes bytes && isType(bytes.particleType(), type);
            default -> true;
        };
    }

    /** A bin's value as an expression sees it (HLLs as bytes of particle type 18). */
    static MsgValue value(Bin bin) {
        if (bin.particleType() == ParticleCheck.PARTICLE_HLL) {
            return Bytes.withType(ParticleCheck.PARTICLE_HLL, bin.value());
        }
        return MsgCodec.fromParticle(bin.particleType(), bin.value());
    }
}
