package dev.aerobench.server;

import java.util.Locale;
import java.util.Objects;

/**
 * One secondary-index definition as a real node keeps it: what is indexed (namespace, optional set,
 * bin, element context) and how (value type, collection type), under a name.
 *
 * @param namespace namespace the index belongs to
 * @param set set whose records are indexed, or {@code null} for every record of the namespace
 * @param bin bin whose value (or whose elements) are indexed
 * @param keyType type of the indexed values
 * @param collectionType whether the bin value itself or the elements of a list / map are indexed
 * @param context base64 CDT context of a nested element as the client sent it, or {@code null}
 */
record SecondaryIndex(
        String namespace, String set, String bin, KeyType keyType, CollectionType collectionType, String context) {

    SecondaryIndex {
        Objects.requireNonNull(namespace);
        Objects.requireNonNull(bin);
        Objects.requireNonNull(keyType);
        Objects.requireNonNull(collectionType);
    }

    /** Type of the values an index holds, named as in {@code sindex-create}. */
    enum KeyType {
        NUMERIC(Wire.PARTICLE_INTEGER),
        STRING(Wire.PARTICLE_STRING),
        BLOB(Wire.PARTICLE_BLOB),
        GEO2DSPHERE(PARTICLE_GEOJSON);

        private final int particleType;

        KeyType(int particleType) {
            this.particleType = particleType;
        }

        /** The particle type a query's INDEX_RANGE names for this key type. */
        int particleType() {
            return particleType;
        }

        String infoName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The key type of that {@code sindex-create} name (case-insensitive), or {@code null}. */
        static KeyType fromInfoName(String name) {
            for (KeyType type : values()) {
                if (type.infoName().equalsIgnoreCase(name)) {
                    return type;
                }
            }
            return null;
        }

        static KeyType fromParticleType(int particleType) {
            for (KeyType type : values()) {
                if (type.particleType == particleType) {
                    return type;
                }
            }
            return null;
        }
    }

    static final int PARTICLE_GEOJSON = 23;

    /** What of the bin is indexed; the ordinal is the INDEX_TYPE byte of a query. */
    enum CollectionType {
        DEFAULT,
        LIST,
        MAPKEYS,
        MAPVALUES;

        String infoName() {
            return name().toLowerCase(Locale.ROOT);
        }

        static CollectionType fromInfoName(String name) {
            for (CollectionType type : values()) {
                if (type.infoName().equalsIgnoreCase(name)) {
                    return type;
                }
            }
            return null;
        }
    }
}
