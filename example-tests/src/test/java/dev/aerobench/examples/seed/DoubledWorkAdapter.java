package dev.aerobench.examples.seed;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A candidate twice as slow as the client on the class path: every operation is made twice, the
 * second after the first has completed. Run the seed suite against it to see what a regression
 * looks like and that the gates catch it; the thresholds' comments quote what it measured:
 *
 * <pre>
 * ./mvnw -q -pl example-tests test -Dtest='dev.aerobench.examples.seed.*Test' \
 *     -Daerobench.candidate=dev.aerobench.examples.seed.DoubledWorkAdapter -Daerobench.baseline=classpath
 * </pre>
 */
public class DoubledWorkAdapter implements ClientAdapter {

    private final OfficialClientAdapter client;

    public DoubledWorkAdapter(ConnectionSettings settings) {
        this.client = new OfficialClientAdapter(settings);
    }

    @Override
    public String identity() {
        return "doubled work on " + client.identity();
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        client.put(set, key, bins);
        client.put(set, key, bins);
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        client.get(set, key);
        return client.get(set, key);
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        client.getMany(set, keys);
        return client.getMany(set, keys);
    }

    @Override
    public long scan(String set) {
        client.scan(set);
        return client.scan(set);
    }

    @Override
    public boolean delete(String set, String key) {
        return client.delete(set, key);
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        return client.putAsync(set, key, bins).thenCompose(done -> client.putAsync(set, key, bins));
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        return client.getAsync(set, key).thenCompose(first -> client.getAsync(set, key));
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        return client.getManyAsync(set, keys).thenCompose(first -> client.getManyAsync(set, keys));
    }

    @Override
    public void close() {
        client.close();
    }
}
