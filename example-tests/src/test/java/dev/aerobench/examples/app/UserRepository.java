package dev.aerobench.examples.app;

import com.aerospike.client.Bin;
import com.aerospike.client.IAerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.ScanPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * The example application's data-access class: users in one Aerospike set, written straight
 * against the official client API ({@link IAerospikeClient}), as an application would.
 *
 * <p>Nothing here knows about aerobench. {@link UserRepositoryAdapter} is the thin layer that lets
 * aerobench drive this class, and {@link UserRepositoryBenchmarkTest} gates its performance.
 *
 * <pre>{@code
 * UserRepository users = new UserRepository(client, "test", "users");
 * users.save(new User("u1", "Ada", 36, 9.5));
 * Optional<User> ada = users.findById("u1");
 * }</pre>
 */
public final class UserRepository {

    private static final String NAME = "name";
    private static final String AGE = "age";
    private static final String SCORE = "score";

    private final IAerospikeClient client;
    private final String namespace;
    private final String set;

    /** Users in {@code namespace}/{@code set}, through {@code client}, which the caller owns and closes. */
    public UserRepository(IAerospikeClient client, String namespace, String set) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.set = Objects.requireNonNull(set, "set");
    }

    /** Creates or replaces the user's record. */
    public void save(User user) {
        client.put(
                null,
                key(user.id()),
                new Bin(NAME, user.name()),
                new Bin(AGE, user.age()),
                new Bin(SCORE, user.score()));
    }

    /** The user with this id, if there is one. */
    public Optional<User> findById(String id) {
        return Optional.ofNullable(toUser(id, client.get((Policy) null, key(id))));
    }

    /** The users among {@code ids} that exist, by id, in the order of {@code ids}; one batch read. */
    public Map<String, User> findAllById(List<String> ids) {
        Key[] keys = ids.stream().map(this::key).toArray(Key[]::new);
        Record[] records = client.get(null, keys);
        Map<String, User> found = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            User user = toUser(ids.get(i), records[i]);
            if (user != null) {
                found.put(user.id(), user);
            }
        }
        return found;
    }

    /** Deletes the user; {@code true} if it existed. */
    public boolean delete(String id) {
        return client.delete(null, key(id));
    }

    /** How many users there are: a scan of the whole set, without reading the bins. */
    public long count() {
        ScanPolicy policy = new ScanPolicy();
        policy.includeBinData = false;
        LongAdder users = new LongAdder();
        client.scanAll(policy, namespace, set, (key, record) -> users.increment());
        return users.sum();
    }

    private Key key(String id) {
        return new Key(namespace, set, id);
    }

    private static User toUser(String id, Record record) {
        if (record == null) {
            return null;
        }
        return new User(id, record.getString(NAME), record.getLong(AGE), record.getDouble(SCORE));
    }
}
