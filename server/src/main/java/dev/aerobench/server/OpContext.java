package dev.aerobench.server;

import java.util.List;

/**
 * What an operate operation other than a plain bin read or write (list, map, bit, HLL and
 * expression operations) sees of its record, and what it gives back: it reads and changes
 * {@link #bins} in place (a read-only command's changes are never stored) and sets
 * {@link #response} when it returns a value.
 */
final class OpContext {

    /** The record's bins as earlier operations of this command left them. */
    final List<Bin> bins;

    /** The record as stored before this command, or {@code null} when it does not exist. */
    final StoredRecord stored;

    final Digest digest;

    /** The record's set name ("" for none). */
    final String set;

    /** Seconds since the Aerospike epoch, by the server's clock. */
    final long nowCitrusleafSeconds;

    /** Whether the command may change the record (a write); reads refuse modify operations. */
    final boolean writable;

    /** The value this operation returns, or {@code null} for none. */
    Bin response;

    OpContext(
            List<Bin> bins,
            StoredRecord stored,
            Digest digest,
            String set,
            long nowCitrusleafSeconds,
            boolean writable) {
        this.bins = bins;
        this.stored = stored;
        this.digest = digest;
        this.set = set;
        this.nowCitrusleafSeconds = nowCitrusleafSeconds;
        this.writable = writable;
    }

    /** The index of the bin named {@code name} in {@link #bins}, or -1. */
    int indexOf(byte[] name) {
        for (int i = 0; i < bins.size(); i++) {
            if (bins.get(i).hasName(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The bin named {@code name}, or {@code null}. */
    Bin bin(byte[] name) {
        int index = indexOf(name);
        return index < 0 ? null : bins.get(index);
    }

    /** Stores {@code bin}, replacing a bin of the same name; a null particle removes the bin. */
    void put(Bin bin) {
        int index = indexOf(bin.name());
        if (bin.particleType() == Wire.PARTICLE_NULL) {
            if (index >= 0) {
                bins.remove(index);
            }
        } else if (index >= 0) {
            bins.set(index, bin);
        } else {
            bins.add(bin);
        }
    }
}
