package dev.aerobench.examples.seed;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The client on the class path made slower by a fixed fraction, as a real regression of a few
 * percent would be: after each call, it keeps the calling thread busy (spinning, not sleeping, as
 * extra work in a client does) for {@code fraction} of the call's own duration. For async calls the
 * spin runs on the completing thread, before the caller sees the result; with several calls in
 * flight it is {@code fraction} of the call's duration divided by the calls in flight, the call's
 * share of the time the client's event loop spends (a closed loop's latency is the in-flight
 * count over its throughput).
 *
 * <p>Use a subclass with a public {@code (ConnectionSettings)} constructor as a candidate, e.g.
 * {@link TenPercentSlowerAdapter}.
 */
public abstract class SlowedAdapter implements ClientAdapter {

    private final OfficialClientAdapter client;
    private final double fraction;
    private final AtomicInteger inFlight = new AtomicInteger();

    protected SlowedAdapter(ConnectionSettings settings, double fraction) {
        if (!(fraction > 0 && fraction < 10)) {
            throw new IllegalArgumentException("fraction must be above 0 and below 10 but was " + fraction);
        }
        this.client = new OfficialClientAdapter(settings);
        this.fraction = fraction;
    }

    @Override
    public String identity() {
        return String.format(java.util.Locale.ROOT, "%.0f%% slower %s", fraction * 100, client.identity());
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        timed(() -> {
            client.put(set, key, bins);
            return null;
        });
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        return timed(() -> client.get(set, key));
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        return timed(() -> client.getMany(set, keys));
    }

    @Override
    public long scan(String set) {
        return timed(() -> client.scan(set));
    }

    @Override
    public boolean delete(String set, String key) {
        return client.delete(set, key);
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        return slowed(() -> client.putAsync(set, key, bins));
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        return slowed(() -> client.getAsync(set, key));
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        return slowed(() -> client.getManyAsync(set, keys));
    }

    @Override
    public long mapIncrement(String set, String key, String bin, String mapKey, long delta) {
        return timed(() -> client.mapIncrement(set, key, bin, mapKey, delta));
    }

    @Override
    public CompletableFuture<Long> mapIncrementAsync(String set, String key, String bin, String mapKey, long delta) {
        return slowed(() -> client.mapIncrementAsync(set, key, bin, mapKey, delta));
    }

    @Override
    public long listAppend(String set, String key, String bin, Object value) {
        return timed(() -> client.listAppend(set, key, bin, value));
    }

    @Override
    public CompletableFuture<Long> listAppendAsync(String set, String key, String bin, Object value) {
        return slowed(() -> client.listAppendAsync(set, key, bin, value));
    }

    @Override
    public Map<String, Object> getIfAtLeast(String set, String key, String bin, long minimum) {
        return timed(() -> client.getIfAtLeast(set, key, bin, minimum));
    }

    @Override
    public CompletableFuture<Map<String, Object>> getIfAtLeastAsync(String set, String key, String bin, long minimum) {
        return slowed(() -> client.getIfAtLeastAsync(set, key, bin, minimum));
    }

    @Override
    public void createIndex(String set, String bin, String name) {
        client.createIndex(set, bin, name);
    }

    @Override
    public void dropIndex(String set, String name) {
        client.dropIndex(set, name);
    }

    @Override
    public List<Map<String, Object>> queryRange(String set, String bin, long from, long to) {
        return timed(() -> client.queryRange(set, bin, from, to));
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> queryRangeAsync(String set, String bin, long from, long to) {
        return slowed(() -> client.queryRangeAsync(set, bin, from, to));
    }

    @Override
    public void close() {
        client.close();
    }

    private <T> T timed(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        spin((long) ((System.nanoTime() - start) * fraction));
        return result;
    }

    private <T> CompletableFuture<T> slowed(Supplier<CompletableFuture<T>> call) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        return call.get().whenComplete((result, failure) -> {
            int sharing = Math.max(1, inFlight.getAndDecrement());
            spin((long) ((System.nanoTime() - start) * fraction / sharing));
        });
    }

    private static void spin(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
