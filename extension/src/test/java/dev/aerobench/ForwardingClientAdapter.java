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
    public void close() {
        delegate.close();
    }
}
