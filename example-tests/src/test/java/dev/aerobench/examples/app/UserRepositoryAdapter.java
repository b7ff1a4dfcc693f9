package dev.aerobench.examples.app;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Host;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.TlsPolicy;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A custom aerobench adapter: lets aerobench measure the application's {@link UserRepository}
 * instead of the bare client. Name it in {@code @AerospikeBenchmark(candidateAdapter =
 * UserRepositoryAdapter.class)}; aerobench creates it with the public
 * {@link #UserRepositoryAdapter(ConnectionSettings) (ConnectionSettings)} constructor, once per
 * benchmark test, and closes it when the test ends.
 *
 * <p>What an adapter of your own must do:
 * <ul>
 *   <li>connect the way your application does: here {@link #clientPolicy} is where production
 *       timeouts and retries would go, so the benchmark measures what users get;</li>
 *   <li>map each operation you benchmark onto your code: {@link #put} saves a {@link User},
 *       {@link #get} finds one, {@link #getMany} finds many in one batch;</li>
 *   <li>refuse, with a clear message, what your code does not do: this repository has no async API,
 *       so the async operations throw, and a benchmark of them fails saying so.</li>
 * </ul>
 *
 * <p>The client it uses is the one on the test class path (the application's own dependency,
 * {@code aerospike-client-jdk21} here), loaded by the application's class loader, not isolated.
 */
public final class UserRepositoryAdapter implements ClientAdapter {

    private final AerospikeClient client;
    private final String namespace;
    private final ConcurrentMap<String, UserRepository> repositories = new ConcurrentHashMap<>();

    /** Connects to the server the benchmark runs against. */
    public UserRepositoryAdapter(ConnectionSettings settings) {
        this.namespace = settings.namespace();
        String tlsName = settings.tls() ? settings.host() : null;
        this.client = new AerospikeClient(clientPolicy(settings), new Host(settings.host(), tlsName, settings.port()));
    }

    /** The application's client configuration, plus the credentials the benchmark server needs. */
    private static ClientPolicy clientPolicy(ConnectionSettings settings) {
        ClientPolicy policy = new ClientPolicy();
        policy.user = settings.user();
        policy.password = settings.password();
        if (settings.tls()) {
            policy.tlsPolicy = new TlsPolicy();
        }
        return policy;
    }

    /** {@code UserRepository on aerospike-client-jdk21 9.0.4}: what the reports call this arm. */
    @Override
    public String identity() {
        return "UserRepository on " + clientVersion();
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        repository(set).save(User.fromBins(key, bins));
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        return repository(set).findById(key).map(User::toBins).orElse(null);
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        Map<String, User> found = repository(set).findAllById(keys);
        List<Map<String, Object>> records = new ArrayList<>(keys.size());
        for (String key : keys) {
            User user = found.get(key);
            records.add(user == null ? null : user.toBins());
        }
        return records;
    }

    @Override
    public long scan(String set) {
        return repository(set).count();
    }

    @Override
    public boolean delete(String set, String key) {
        return repository(set).delete(key);
    }

    /** A visit counted: aerobench's map increment is the repository's {@link UserRepository#recordVisit}. */
    @Override
    public long mapIncrement(String set, String key, String bin, String mapKey, long delta) {
        if (delta != 1) {
            throw new UnsupportedOperationException("UserRepository counts visits one at a time, not " + delta);
        }
        return repository(set).recordVisit(key, mapKey);
    }

    @Override
    public void createIndex(String set, String bin, String name) {
        requireAge(bin);
        repository(set).createAgeIndex();
    }

    @Override
    public void dropIndex(String set, String name) {
        repository(set).dropAgeIndex();
    }

    /** aerobench's secondary-index query is the repository's {@link UserRepository#findByAgeBetween}. */
    @Override
    public List<Map<String, Object>> queryRange(String set, String bin, long from, long to) {
        requireAge(bin);
        return repository(set).findByAgeBetween(from, to).stream()
                .map(User::toBins)
                .toList();
    }

    private static void requireAge(String bin) {
        if (!bin.equals("age")) {
            throw new UnsupportedOperationException("UserRepository queries users by age only, not by " + bin);
        }
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        throw noAsyncApi();
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        throw noAsyncApi();
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        throw noAsyncApi();
    }

    @Override
    public void close() {
        client.close();
    }

    /** aerobench gives every benchmark test a set of its own: one repository per set. */
    private UserRepository repository(String set) {
        return repositories.computeIfAbsent(set, name -> new UserRepository(client, namespace, name));
    }

    private static UnsupportedOperationException noAsyncApi() {
        return new UnsupportedOperationException("UserRepository has no async API: benchmark it with the sync "
                + "operations PUT, GET, BATCH_GET and SCAN");
    }

    /**
     * The client's artifact and version, from the {@code pom.properties} Maven packs into its jar
     * (looked up by name, so it is found in the executable examples jar too).
     */
    private static String clientVersion() {
        String resource = "META-INF/maven/com.aerospike/aerospike-client-jdk21/pom.properties";
        try (InputStream in = AerospikeClient.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "the Aerospike client on the class path";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("artifactId") + " " + pom.getProperty("version");
        } catch (IOException unreadable) {
            return "the Aerospike client on the class path";
        }
    }
}
