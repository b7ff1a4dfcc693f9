package dev.aerobench.server.contract;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.BatchRecord;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Operation;
import com.aerospike.client.Record;
import com.aerospike.client.listener.BatchRecordArrayListener;
import com.aerospike.client.listener.DeleteListener;
import com.aerospike.client.listener.ExistsListener;
import com.aerospike.client.listener.RecordArrayListener;
import com.aerospike.client.listener.RecordListener;
import com.aerospike.client.listener.RecordSequenceListener;
import com.aerospike.client.listener.WriteListener;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The official client's async (NIO event loop) commands as {@link CompletableFuture}s, so tests
 * read like their sync counterparts. Each method passes a {@code null} event loop: the client
 * picks the next one.
 */
final class AsyncCommands {

    private final AerospikeClient client;

    AsyncCommands(AerospikeClient client) {
        this.client = client;
    }

    CompletableFuture<Key> put(WritePolicy policy, Key key, Bin... bins) {
        CompletableFuture<Key> result = new CompletableFuture<>();
        client.put(
                null,
                new WriteListener() {
                    @Override
                    public void onSuccess(Key written) {
                        result.complete(written);
                    }

                    @Override
                    public void onFailure(AerospikeException e) {
                        result.completeExceptionally(e);
                    }
                },
                policy,
                key,
                bins);
        return result;
    }

    CompletableFuture<Record> get(Key key) {
        CompletableFuture<Record> result = new CompletableFuture<>();
        client.get(null, recordListener(result), null, key);
        return result;
    }

    CompletableFuture<Record> operate(Key key, Operation... operations) {
        CompletableFuture<Record> result = new CompletableFuture<>();
        client.operate(null, recordListener(result), null, key, operations);
        return result;
    }

    CompletableFuture<Boolean> exists(Key key) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        client.exists(
                null,
                new ExistsListener() {
                    @Override
                    public void onSuccess(Key ignored, boolean exists) {
                        result.complete(exists);
                    }

                    @Override
                    public void onFailure(AerospikeException e) {
                        result.completeExceptionally(e);
                    }
                },
                null,
                key);
        return result;
    }

    CompletableFuture<Boolean> delete(Key key) {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        client.delete(
                null,
                new DeleteListener() {
                    @Override
                    public void onSuccess(Key ignored, boolean existed) {
                        result.complete(existed);
                    }

                    @Override
                    public void onFailure(AerospikeException e) {
                        result.completeExceptionally(e);
                    }
                },
                null,
                key);
        return result;
    }

    CompletableFuture<Record[]> batchGet(Key... keys) {
        CompletableFuture<Record[]> result = new CompletableFuture<>();
        client.get(
                null,
                new RecordArrayListener() {
                    @Override
                    public void onSuccess(Key[] ignored, Record[] records) {
                        result.complete(records);
                    }

                    @Override
                    public void onFailure(AerospikeException e) {
                        result.completeExceptionally(e);
                    }
                },
                null,
                keys);
        return result;
    }

    CompletableFuture<BatchRecord[]> batchOperate(Key[] keys, Operation... operations) {
        CompletableFuture<BatchRecord[]> result = new CompletableFuture<>();
        client.operate(
                null,
                new BatchRecordArrayListener() {
                    @Override
                    public void onSuccess(BatchRecord[] records, boolean status) {
                        result.complete(records);
                    }

                    @Override
                    public void onFailure(BatchRecord[] records, AerospikeException e) {
                        result.completeExceptionally(e);
                    }
                },
                null,
                null,
                keys,
                operations);
        return result;
    }

    CompletableFuture<List<Key>> scanAll(TestSet set, String... binNames) {
        RowCollector rows = new RowCollector();
        client.scanAll(null, rows, null, set.namespace(), set.name(), binNames);
        return rows.result;
    }

    CompletableFuture<List<Key>> query(Statement statement) {
        RowCollector rows = new RowCollector();
        client.query(null, rows, null, statement);
        return rows.result;
    }

    private static RecordListener recordListener(CompletableFuture<Record> result) {
        return new RecordListener() {
            @Override
            public void onSuccess(Key key, Record record) {
                result.complete(record);
            }

            @Override
            public void onFailure(AerospikeException e) {
                result.completeExceptionally(e);
            }
        };
    }

    /** Keys of a scan or query, completed when the stream ends. */
    private static final class RowCollector implements RecordSequenceListener {
        private final List<Key> keys = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final CompletableFuture<List<Key>> result = new CompletableFuture<>();

        @Override
        public void onRecord(Key key, Record record) {
            keys.add(key);
        }

        @Override
        public void onSuccess() {
            result.complete(List.copyOf(keys));
        }

        @Override
        public void onFailure(AerospikeException e) {
            result.completeExceptionally(e);
        }
    }
}
