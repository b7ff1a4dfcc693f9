package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ContractAssertions.listBin;
import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.async.EventLoops;
import com.aerospike.client.async.EventPolicy;
import com.aerospike.client.async.NioEventLoops;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core commands through the client's NIO event loops, which use their own connection pools. */
@ServerContract
@DisplayName("Async commands on NIO event loops")
class AsyncContractTest {

    private static final Duration AWAIT = Duration.ofSeconds(10);

    private static EventLoops eventLoops;
    private static AerospikeClient client;
    private static AsyncCommands async;

    @BeforeAll
    static void connectAsync(ServerAddress server) {
        // 2 loops x 40 commands in process stays under the 100 async connections per node; the
        // rest wait in the loops' queues instead of failing with NO_MORE_CONNECTIONS.
        EventPolicy eventPolicy = new EventPolicy();
        eventPolicy.maxCommandsInProcess = 40;
        eventLoops = new NioEventLoops(eventPolicy, 2);
        ClientPolicy policy = ServerUnderTest.clientPolicy();
        policy.eventLoops = eventLoops;
        client = ServerUnderTest.connect(server, policy);
        async = new AsyncCommands(client);
    }

    @AfterAll
    static void disconnect() {
        try {
            client.close();
        } finally {
            eventLoops.close();
        }
    }

    @Test
    @DisplayName("async put, get, exists, operate and delete behave like their sync versions")
    void singleRecordCommands(TestSet set) {
        Key key = set.key("k1");

        await(async.put(null, key, new Bin("a", 1), new Bin("s", "x")));
        Record record = await(async.get(key));
        Record operated = await(async.operate(key, Operation.add(new Bin("a", 4)), Operation.get("a")));
        boolean existed = await(async.delete(key));

        assertThat(record.getLong("a")).isEqualTo(1);
        assertThat(record.getString("s")).isEqualTo("x");
        assertThat(operated.getLong("a")).isEqualTo(5);
        assertThat(operated.generation).isEqualTo(2);
        assertThat(existed).isTrue();
        assertThat(await(async.exists(key))).isFalse();
        assertThat(await(async.get(key))).isNull();
        assertThat(await(async.delete(key))).isFalse();
    }

    @Test
    @DisplayName("an async command refused by the server fails its listener with the result code")
    void serverErrorReachesListener(TestSet set) {
        Key key = set.key("k1");
        await(async.put(null, key, new Bin("a", 1)));
        WritePolicy createOnly = new WritePolicy(client.getWritePolicyDefault());
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;

        CompletableFuture<Key> refused = async.put(createOnly, key, new Bin("a", 2));

        assertThat(refused)
                .failsWithin(AWAIT)
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(
                        AerospikeException.class,
                        e -> assertThat(e.getResultCode()).isEqualTo(ResultCode.KEY_EXISTS_ERROR));
        assertThat(await(async.get(key)).getLong("a")).isEqualTo(1);
    }

    @Test
    @DisplayName("an async batch get returns one record per key, null for missing keys")
    void batchGet(TestSet set) {
        Key[] keys = set.keys(4);
        await(async.put(null, keys[0], new Bin("a", 0)));
        await(async.put(null, keys[2], new Bin("a", 2)));

        Record[] records = await(async.batchGet(keys));

        assertThat(records[0].getLong("a")).isZero();
        assertThat(records[1]).isNull();
        assertThat(records[2].getLong("a")).isEqualTo(2);
        assertThat(records[3]).isNull();
    }

    @Test
    @DisplayName("an async batch operate answers every row")
    void batchOperate(TestSet set) {
        Key[] keys = set.keys(3);

        BatchRecord[] rows = await(async.batchOperate(keys, Operation.add(new Bin("n", 3)), Operation.get("n")));

        assertThat(rows).allSatisfy(row -> {
            assertThat(row.resultCode).isEqualTo(ResultCode.OK);
            assertThat(listBin(row.record, "n")).containsExactly(null, 3L);
        });
    }

    @Test
    @DisplayName("an async scan and an async query deliver every record of the set, then succeed")
    void scanAndQuery(TestSet set) {
        Key[] keys = set.keys(20);
        for (Key key : keys) {
            await(async.put(null, key, new Bin("a", 1)));
        }

        List<Key> scanned = await(async.scanAll(set));
        List<Key> queried = await(async.query(QueryContractTest.statement(set)));

        assertThat(ScannedRecords.digestsOf(scanned.toArray(Key[]::new)))
                .containsExactlyInAnyOrderElementsOf(digestsOf(keys));
        assertThat(ScannedRecords.digestsOf(queried.toArray(Key[]::new)))
                .containsExactlyInAnyOrderElementsOf(digestsOf(keys));
    }

    @Test
    @DisplayName("an async scan of an empty set succeeds with no rows")
    void scanEmptySet(TestSet set) {
        assertThat(await(async.scanAll(set))).isEmpty();
    }

    @Test
    @DisplayName("300 async commands in flight at once all complete, over several pooled connections")
    void manyCommandsInFlight(TestSet set) {
        List<CompletableFuture<Key>> writes = IntStream.range(0, 300)
                .mapToObj(i -> async.put(null, set.key(i), new Bin("i", i)))
                .toList();
        writes.forEach(AsyncContractTest::await);

        List<CompletableFuture<Record>> reads =
                IntStream.range(0, 300).mapToObj(i -> async.get(set.key(i))).toList();

        for (int i = 0; i < reads.size(); i++) {
            assertThat(await(reads.get(i)).getLong("i")).isEqualTo(i);
        }
    }

    @Test
    @DisplayName("async and sync commands share the server's data")
    void asyncSeesSyncWrites(AerospikeClient syncClient, TestSet set) {
        Key key = set.key("k1");
        syncClient.put(null, key, new Bin("from", "sync"));

        assertThat(await(async.get(key)).getString("from")).isEqualTo("sync");
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("async command failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("async command did not complete within " + AWAIT, e);
        }
    }
}
