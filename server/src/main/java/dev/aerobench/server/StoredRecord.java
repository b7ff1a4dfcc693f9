package dev.aerobench.server;

/**
 * One immutable stored record. Its bins are kept packed exactly as the wire protocol sends them in
 * a response (one READ operation per bin), so a read of all bins is a single array copy and a
 * record of three small bins costs two objects on the heap.
 *
 * @param set set name (interned per namespace), empty string when the record has no set
 * @param userKey the KEY field as sent (particle type byte + key bytes), or {@code null} when not sent
 * @param bins packed bins, see {@link PackedBins}
 * @param binCount number of bins in {@code bins}
 * @param generation record generation, 1..65535
 * @param voidTime expiry in seconds since the Aerospike epoch (2010-01-01), 0 = never
 * @param lastUpdateMillis Unix milliseconds of the last write, for truncation with a cut-off time
 */
record StoredRecord(
        String set, byte[] userKey, byte[] bins, int binCount, int generation, int voidTime, long lastUpdateMillis) {

    boolean isExpired(long nowCitrusleafSeconds) {
        return voidTime != 0 && Integer.toUnsignedLong(voidTime) <= nowCitrusleafSeconds;
    }
}
