package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client whose first instance is stuck slow (the {@link DelayedClientAdapter}'s injected delay)
 * and whose later instances are not: a state stuck in one client object, such as a bad connection
 * or an unlucky thread placement. {@link #reset()} before each engine run.
 */
public class SlowFirstClientAdapter implements ClientAdapter {

    static final AtomicInteger OPENED = new AtomicInteger();
    static final AtomicInteger CLOSED = new AtomicInteger();

    private final ClientAdapter delegate;
    private boolean closed;

    public SlowFirstClientAdapter(ConnectionSettings settings) {
        this.delegate = OPENED.incrementAndGet() == 1
                ? new DelayedClientAdapter(settings)
                : new OfficialClientAdapter(settings);
    }

    static void reset() {
        OPENED.set(0);
        CLOSED.set(0);
    }

    @Override
    public String identity() {
        return "slow-first " + delegate.identity();
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        delegate.put(set, key, bins);
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        return delegate.get(set, key);
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        return delegate.getMany(set, keys);
    }

    @Override
    public long scan(String set) {
        return delegate.scan(set);
    }

    @Override
    public boolean delete(String set, String key) {
        return delegate.delete(set, key);
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        return delegate.putAsync(set, key, bins);
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        return delegate.getAsync(set, key);
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        return delegate.getManyAsync(set, keys);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            CLOSED.incrementAndGet();
            delegate.close();
        }
    }
}
