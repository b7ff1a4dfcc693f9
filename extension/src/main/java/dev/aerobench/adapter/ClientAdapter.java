package dev.aerobench.adapter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A client-neutral view of one Aerospike client: the operations aerobench measures.
 *
 * <p>Only JDK types cross this interface, so an implementation can live in a class loader of its
 * own, next to the client jar it drives, while the extension that measures it sees only this
 * interface. Bin values are {@link Long}, {@link Double}, {@link String}, {@code byte[]} or
 * {@link Boolean}. Every key is a string user key in the namespace the adapter was opened for.
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

    /** Closes the client and every thread it started (async event loops are non-daemon). Idempotent. */
    @Override
    void close();
}
