package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.ScannedRecords.digestsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.async.AsyncIndexTask;
import com.aerospike.client.async.EventLoops;
import com.aerospike.client.async.NioEventLoops;
import com.aerospike.client.listener.IndexListener;
import com.aerospike.client.listener.TaskStatusListener;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.task.Task;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Secondary indexes through the client's NIO event loops: async index creation and filtered queries. */
@ServerContract
@DisplayName("Async secondary-index commands on NIO event loops")
class AsyncSecondaryIndexContractTest {

    private static final Duration AWAIT = Duration.ofSeconds(10);

    private static EventLoops eventLoops;
    private static AerospikeClient client;
    private static AsyncCommands async;

    @BeforeAll
    static void connectAsync(ServerAddress server) {
        eventLoops = new NioEventLoops(1);
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
    @DisplayName("an async createIndex succeeds, an async filtered query then finds the matching records")
    void createAndQuery(TestSet set) throws Exception {
        Key[] keys = set.keys(8);
        for (int i = 0; i < keys.length; i++) {
            client.put(null, keys[i], new Bin("n", i % 2), new Bin("l", List.of(i)));
        }
        String name = TestIndex.nameFor(set, "n");
        CompletableFuture<Void> created = new CompletableFuture<>();
        client.createIndex(
                null,
                indexListener(created),
                null,
                set.namespace(),
                set.name(),
                name,
                "n",
                IndexType.NUMERIC,
                IndexCollectionType.DEFAULT);
        try (TestIndex index = new TestIndex(client, set, name);
                TestIndex list = TestIndex.create(client, set, "l", IndexType.NUMERIC, IndexCollectionType.LIST)) {
            created.get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
            List<Key> odd = async.query(SecondaryIndexQueryContractTest.statement(set, Filter.equal("n", 1)))
                    .get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);
            List<Key> containsThree = async.query(SecondaryIndexQueryContractTest.statement(
                            set, Filter.contains("l", IndexCollectionType.LIST, 3)))
                    .get(AWAIT.toMillis(), TimeUnit.MILLISECONDS);

            assertThat(digestsOf(odd.toArray(Key[]::new)))
                    .containsExactlyInAnyOrderElementsOf(digestsOf(keys[1], keys[3], keys[5], keys[7]));
            assertThat(digestsOf(containsThree.toArray(Key[]::new))).containsExactlyElementsOf(digestsOf(keys[3]));
        }
    }

    /** Completes when the index is created and its task says it is loaded (a real node loads in the background). */
    private static IndexListener indexListener(CompletableFuture<Void> created) {
        return new IndexListener() {
            @Override
            public void onSuccess(AsyncIndexTask indexTask) {
                pollUntilLoaded(indexTask, created);
            }

            @Override
            public void onFailure(AerospikeException e) {
                created.completeExceptionally(e);
            }
        };
    }

    private static void pollUntilLoaded(AsyncIndexTask indexTask, CompletableFuture<Void> created) {
        indexTask.queryStatus(null, null, client.getNodes()[0], new TaskStatusListener() {
            @Override
            public void onSuccess(int status) {
                if (status == Task.COMPLETE) {
                    created.complete(null);
                } else if (!created.isDone()) {
                    pollUntilLoaded(indexTask, created);
                }
            }

            @Override
            public void onFailure(AerospikeException e) {
                created.completeExceptionally(e);
            }
        });
    }
}
