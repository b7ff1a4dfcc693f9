package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScanContractTest.writeRecords;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.ResultCode;
import com.aerospike.client.policy.RecordExistsAction;
import com.aerospike.client.policy.WritePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Many client threads at once: each record command is atomic, as on a real server. */
@ServerContract
@DisplayName("Concurrent commands")
class ConcurrencyContractTest {

    private static final int THREADS = 8;

    @Test
    @DisplayName("concurrent adds to one record lose no update: the sum and the generation count every add")
    void concurrentAddsAreAtomic(AerospikeClient client, TestSet set) throws Exception {
        Key key = set.key("counter");
        int addsPerThread = 150;

        runInParallel(thread -> {
            for (int i = 0; i < addsPerThread; i++) {
                client.add(null, key, new Bin("n", 1));
            }
            return null;
        });

        Record record = client.get(null, key);
        assertThat(record.getLong("n")).isEqualTo(THREADS * addsPerThread);
        assertThat(record.generation).isEqualTo(THREADS * addsPerThread);
    }

    @Test
    @DisplayName("of many concurrent CREATE_ONLY writes of one key exactly one wins, the others get KEY_EXISTS_ERROR")
    void exactlyOneCreateWins(AerospikeClient client, TestSet set) throws Exception {
        Key key = set.key("contested");
        WritePolicy createOnly = new WritePolicy(client.getWritePolicyDefault());
        createOnly.recordExistsAction = RecordExistsAction.CREATE_ONLY;

        List<Integer> outcomes = runInParallel(thread -> {
            try {
                client.put(createOnly, key, new Bin("winner", thread));
                return ResultCode.OK;
            } catch (AerospikeException e) {
                return e.getResultCode();
            }
        });

        assertThat(outcomes)
                .containsOnlyOnce(ResultCode.OK)
                .filteredOn(code -> code != ResultCode.OK)
                .containsOnly(ResultCode.KEY_EXISTS_ERROR);
        assertThat(client.get(null, key).generation).isEqualTo(1);
    }

    @Test
    @DisplayName("scans and batch reads running while other threads write complete and see each record at most once")
    void readsDuringWrites(AerospikeClient client, TestSet set) throws Exception {
        Key[] keys = writeRecords(client, set, 200);

        List<Integer> readerResults = runInParallel(thread -> {
            if (thread % 2 == 0) {
                for (int round = 0; round < 20; round++) {
                    for (int i = thread; i < keys.length; i += THREADS) {
                        client.put(null, keys[i], new Bin("round", round));
                    }
                }
                return 0;
            }
            ScannedRecords scanned = ScanContractTest.scan(client, null, set);
            assertThat(scanned.digests()).doesNotHaveDuplicates().hasSize(keys.length);
            assertThat(client.get(null, keys)).doesNotContainNull();
            return scanned.rows().size();
        });

        assertThat(readerResults).filteredOn(count -> count > 0).hasSize(THREADS / 2);
    }

    /** Runs {@code work} on {@value #THREADS} threads at once and returns their results in thread order. */
    private static <T> List<T> runInParallel(ThreadWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(
                THREADS, Thread.ofPlatform().name("contract-", 0).factory());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int id = thread;
                futures.add(pool.submit((Callable<T>) () -> work.run(id)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface ThreadWork<T> {
        T run(int thread) throws Exception;
    }
}
