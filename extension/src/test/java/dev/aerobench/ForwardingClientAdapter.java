package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Forwards every operation to another adapter; the test adapters override what they change, and
 * {@link #beforeOperation()} runs before each timed operation (not before {@code delete}, which
 * only cleanup uses).
 */
abstract class ForwardingClientAdapter implements ClientAdapter {

    private final ClientAdapter delegate;

    ForwardingClientAdapter(ClientAdapter delegate) {
        this.delegate = delegate;
    }

    /** Runs before each operation a benchmark times; nothing by default. */
    void beforeOperation() {}

    @Override
    public String identity() {
        return delegate.identity();
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        beforeOperation();
        delegate.put(set, key, bins);
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        beforeOperation();
        return delegate.get(set, key);
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        beforeOperation();
        return delegate.getMany(set, keys);
    }

    @Override
    public long scan(String set) {
        beforeOperation();
        return delegate.scan(set);
    }

    @Override
    public boolean delete(String set, String key) {
        return delegate.delete(set, key);
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        beforeOperation();
        return delegate.putAsync(set, key, bins);
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        beforeOperation();
        return delegate.getAsync(set, key);
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        beforeOperation();
        return delegate.getManyAsync(set, keys);
    }

    @Override
    public long mapIncrement(String set, String key, String bin, String mapKey, long delta) {
        beforeOperation();
        return delegate.mapIncrement(set, key, bin, mapKey, delta);
    }

    @Override
    public CompletableFuture<Long> mapIncrementAsync(String set, String key, String bin, String mapKey, long delta) {
        beforeOperation();
        return delegate.mapIncrementAsync(set, key, bin, mapKey, delta);
    }

    @Override
    public long listAppend(String set, String key, String bin, Object value) {
        beforeOperation();
        return delegate.listAppend(set, key, bin, value);
    }

    @Override
    public CompletableFuture<Long> listAppendAsync(String set, String key, String bin, Object value) {
        beforeOperation();
        return delegate.listAppendAsync(set, key, bin, value);
    }

    @Override
    public Map<String, Object> getIfAtLeast(String set, String key, String bin, long minimum) {
        beforeOperation();
        return delegate.getIfAtLeast(set, key, bin, minimum);
    }

    @Override
    public CompletableFuture<Map<String, Object>> getIfAtLeastAsync(String set, String key, String bin, long minimum) {
        beforeOperation();
        return delegate.getIfAtLeastAsync(set, key, bin, minimum);
    }

    @Override
    public void createIndex(String set, String bin, String name) {
        delegate.createIndex(set, bin, name);
    }

    @Override
    public void dropIndex(String set, String name) {
        delegate.dropIndex(set, name);
    }

    @Override
    public List<Map<String, Object>> queryRange(String set, String bin, long from, long to) {
        beforeOperation();
        return delegate.queryRange(set, bin, from, to);
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> queryRangeAsync(String set, String bin, long from, long to) {
        beforeOperation();
        return delegate.queryRangeAsync(set, bin, from, to);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
