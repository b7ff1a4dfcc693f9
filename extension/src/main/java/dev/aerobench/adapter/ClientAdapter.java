package dev.aerobench.adapter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A client-neutral view of one Aerospike client: the operations aerobench measures.
 *
 * <p>Only JDK types cross this interface, so an implementation can live in a class loader of its
 * own, next to the client jar it drives, while the extension that measures it sees only this
 * interface. Bin values are {@link Long}, {@link Double}, {@link String}, {@code byte[]},
 * {@link Boolean}, or a {@link List} or {@link Map} of those (list and map bins). Every key is a string user key in the namespace the adapter was opened for.
 *
 * <p>Implementations are thread-safe: sync operations may be called from many threads and async
 * operations may have many commands in flight.
 */
public interface ClientAdapter extends AutoCloseable {

    /** What this adapter drives, for reports: e.g. {@code aerospike-client-jdk21 9.0.4}. */
    String identity();

    /** Writes (creates or updates) the record {@code set/key} with the given bins. */
    void put(String set, String key, Map<String, Object> bins);

    /** Reads all bins of {@code set/key}; {@code null} when the record does not exist. */
    Map<String, Object> get(String set, String key);

    /**
     * Reads many records in one batch; the result has one entry per key, in key order, {@code null}
     * where a record does not exist.
     */
    List<Map<String, Object>> getMany(String set, List<String> keys);

    /** Scans the whole set and returns how many records it saw. */
    long scan(String set);

    /** Deletes {@code set/key}; {@code true} if it existed. */
    boolean delete(String set, String key);

    /** Asynchronous {@link #put}: completes when the server has acknowledged the write. */
    CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins);

    /** Asynchronous {@link #get}. */
    CompletableFuture<Map<String, Object>> getAsync(String set, String key);

    /** Asynchronous {@link #getMany}. */
    CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys);

    /**
     * Adds {@code delta} to the integer at {@code mapKey} of the map bin {@code bin} of
     * {@code set/key} in one operate command, creating the record, the map (key-ordered) and the
     * entry as needed, and returns the entry's new value.
     *
     * @throws UnsupportedOperationException if this adapter does not implement it (the default)
     */
    default long mapIncrement(String set, String key, String bin, String mapKey, long delta) {
        throw notImplemented("mapIncrement");
    }

    /** Asynchronous {@link #mapIncrement}. */
    default CompletableFuture<Long> mapIncrementAsync(String set, String key, String bin, String mapKey, long delta) {
        throw notImplemented("mapIncrementAsync");
    }

    /**
     * Appends {@code value} (a bin value type) to the list bin {@code bin} of {@code set/key} in one
     * operate command, creating the record and the list as needed, and returns the list's new size.
     *
     * @throws UnsupportedOperationException if this adapter does not implement it (the default)
     */
    default long listAppend(String set, String key, String bin, Object value) {
        throw notImplemented("listAppend");
    }

    /** Asynchronous {@link #listAppend}. */
    default CompletableFuture<Long> listAppendAsync(String set, String key, String bin, Object value) {
        throw notImplemented("listAppendAsync");
    }

    /**
     * Reads all bins of {@code set/key} if its integer bin {@code bin} is at least {@code minimum},
     * decided on the server by a filter expression; {@code null} when the record does not exist or
     * does not pass.
     *
     * @throws UnsupportedOperationException if this adapter does not implement it (the default)
     */
    default Map<String, Object> getIfAtLeast(String set, String key, String bin, long minimum) {
        throw notImplemented("getIfAtLeast");
    }

    /** Asynchronous {@link #getIfAtLeast}. */
    default CompletableFuture<Map<String, Object>> getIfAtLeastAsync(String set, String key, String bin, long minimum) {
        throw notImplemented("getIfAtLeastAsync");
    }

    /**
     * Creates the numeric secondary index {@code name} on the integer bin {@code bin} of
     * {@code set} and waits until it is built.
     *
     * @throws UnsupportedOperationException if this adapter does not implement it (the default)
     */
    default void createIndex(String set, String bin, String name) {
        throw notImplemented("createIndex");
    }

    /**
     * Drops the secondary index {@code name} that {@link #createIndex} made; nothing happens if it
     * does not exist.
     *
     * @throws UnsupportedOperationException if this adapter does not implement it (the default)
     */
    default void dropIndex(String set, String name) {
        throw notImplemented("dropIndex");
    }

    /**
     * The records of {@code set} whose integer bin {@code bin} is between {@code from} and
     * {@code to} (both included), found through a secondary index on that bin.
     *
     * @throws UnsupportedOperationException if this adapter does not implement it (the default)
     */
    default List<Map<String, Object>> queryRange(String set, String bin, long from, long to) {
        throw notImplemented("queryRange");
    }

    /** Asynchronous {@link #queryRange}. */
    default CompletableFuture<List<Map<String, Object>>> queryRangeAsync(String set, String bin, long from, long to) {
        throw notImplemented("queryRangeAsync");
    }

    private UnsupportedOperationException notImplemented(String method) {
        return new UnsupportedOperationException(getClass().getName() + " does not implement ClientAdapter." + method
                + "; implement it, or remove the operation that needs it from @AerospikeBenchmark(operations)");
    }

    /** Closes the client and every thread it started (async event loops are non-daemon). Idempotent. */
    @Override
    void close();
}
