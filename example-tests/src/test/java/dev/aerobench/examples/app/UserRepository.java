package dev.aerobench.examples.app;

import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.IAerospikeClient;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapWriteFlags;
import com.aerospike.client.command.Buffer;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.RecordSet;
import com.aerospike.client.query.Statement;
import java.util.ArrayList;
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
    private static final String VISITS = "visits";
    private static final MapPolicy VISITS_POLICY = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT);

    private final IAerospikeClient client;
    private final String namespace;
    private final String set;
    /** The client's write policy, sending the user id with the record so that queries can return it. */
    private final WritePolicy savePolicy;

    /** Users in {@code namespace}/{@code set}, through {@code client}, which the caller owns and closes. */
    public UserRepository(IAerospikeClient client, String namespace, String set) {
        this.client = Objects.requireNonNull(client, "client");
        this.namespace = Objects.requireNonNull(namespace, "namespace");
        this.set = Objects.requireNonNull(set, "set");
        this.savePolicy = new WritePolicy(client.getWritePolicyDefault());
        this.savePolicy.sendKey = true;
    }

    /** Creates or replaces the user's record. */
    public void save(User user) {
        client.put(
                savePolicy,
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

    /**
     * Counts one visit of the user to {@code page} in the user's {@code visits} map bin (one
     * operate command; the map and the entry are created on first use) and returns the page's
     * visits so far.
     */
    public long recordVisit(String id, String page) {
        Record record = client.operate(
                null, key(id), MapOperation.increment(VISITS_POLICY, VISITS, Value.get(page), Value.get(1)));
        return record.getLong(VISITS);
    }

    /** The user's visits per page, in page order; empty if there are none. */
    public Map<String, Long> visits(String id) {
        Record record = client.get(null, key(id), VISITS);
        Map<String, Long> visits = new LinkedHashMap<>();
        if (record != null && record.getMap(VISITS) != null) {
            record.getMap(VISITS).forEach((page, count) -> visits.put((String) page, (Long) count));
        }
        return visits;
    }

    /**
     * The users aged {@code from} to {@code to} (both included), through the secondary index on
     * {@code age} ({@link #createAgeIndex()}), with the ids {@link #save} stored.
     */
    public List<User> findByAgeBetween(long from, long to) {
        Statement statement = new Statement();
        statement.setNamespace(namespace);
        statement.setSetName(set);
        statement.setBinNames(NAME, AGE, SCORE);
        statement.setFilter(Filter.range(AGE, from, to));
        List<User> users = new ArrayList<>();
        try (RecordSet found = client.query(null, statement)) {
            while (found.next()) {
                users.add(toUser(idOf(found.getKey()), found.getRecord()));
            }
        }
        return users;
    }

    /** Creates the secondary index on {@code age} that {@link #findByAgeBetween} needs, and waits for it. */
    public void createAgeIndex() {
        client.createIndex(null, namespace, set, ageIndex(), AGE, IndexType.NUMERIC)
                .waitTillComplete();
    }

    /** Drops the index {@link #createAgeIndex()} made; nothing happens if there is none. */
    public void dropAgeIndex() {
        try {
            client.dropIndex(null, namespace, set, ageIndex()).waitTillComplete();
        } catch (AerospikeException e) {
            if (e.getResultCode() != ResultCode.INDEX_NOTFOUND) {
                throw e;
            }
        }
    }

    /**
     * The user id a query found: the key {@link #save} stores with the record, or, for a record some
     * other writer stored without its key, {@code digest:} and the key's digest in hex.
     */
    private static String idOf(Key key) {
        return key.userKey != null ? key.userKey.toString() : "digest:" + Buffer.bytesToHexString(key.digest);
    }

    private String ageIndex() {
        return set + "_age_idx";
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
