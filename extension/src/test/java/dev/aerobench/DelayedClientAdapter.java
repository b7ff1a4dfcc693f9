package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;

/**
 * The official client adapter with a controlled slowdown injected into every operation: what a
 * regression looks like, with a size the gate must see on any machine. The delay is far above the
 * operations' own latency (tens of microseconds against the embedded server), so the verdict does
 * not depend on how noisy the machine is.
 */
public class DelayedClientAdapter implements ClientAdapter {

    /** Injected delay per operation. */
    static final long DELAY_NANOS = 5_000_000;

    private final OfficialClientAdapter delegate;

    public DelayedClientAdapter(ConnectionSettings settings) {
        this.delegate = new OfficialClientAdapter(settings);
    }

    private static void delay() {
        long until = System.nanoTime() + DELAY_NANOS;
        while (System.nanoTime() < until) {
            LockSupport.parkNanos(until - System.nanoTime());
        }
    }

    @Override
    public String identity() {
        return "delayed " + delegate.identity();
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        delay();
        delegate.put(set, key, bins);
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        delay();
        return delegate.get(set, key);
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        delay();
        return delegate.getMany(set, keys);
    }

    @Override
    public long scan(String set) {
        delay();
        return delegate.scan(set);
    }

    @Override
    public boolean delete(String set, String key) {
        return delegate.delete(set, key);
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        delay();
        return delegate.putAsync(set, key, bins);
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        delay();
        return delegate.getAsync(set, key);
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        delay();
        return delegate.getManyAsync(set, keys);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
