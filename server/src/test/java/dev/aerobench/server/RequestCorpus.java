package dev.aerobench.server;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import com.aerospike.client.Language;
import com.aerospike.client.Operation;
import com.aerospike.client.Value;
import com.aerospike.client.cdt.CTX;
import com.aerospike.client.cdt.ListOperation;
import com.aerospike.client.cdt.ListOrder;
import com.aerospike.client.cdt.ListReturnType;
import com.aerospike.client.cdt.ListSortFlags;
import com.aerospike.client.cdt.MapOperation;
import com.aerospike.client.cdt.MapOrder;
import com.aerospike.client.cdt.MapPolicy;
import com.aerospike.client.cdt.MapReturnType;
import com.aerospike.client.cdt.MapWriteFlags;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.QueryPolicy;
import com.aerospike.client.policy.ScanPolicy;
import com.aerospike.client.policy.WritePolicy;
import com.aerospike.client.query.Filter;
import com.aerospike.client.query.IndexCollectionType;
import com.aerospike.client.query.IndexType;
import com.aerospike.client.query.PartitionFilter;
import com.aerospike.client.query.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Real request frames to mutate: an official client runs a workload touching every command the
 * server serves (through a {@link FrameProxy} that records what it sends), once as is and once with
 * {@code batch-any} hidden so that batch reads come in the legacy format too. The server must be
 * of the Enterprise edition, which serves the compressed put; secondary-index creation and queries
 * (paged, so resumed partitions carry digests and bvals) and UDF module commands are included.
 */
final class RequestCorpus {

    private static final String SET = "corpus";

    private RequestCorpus() {}

    static List<byte[]> capture(EmbeddedAerospikeServer server) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        frames.addAll(captureThrough(server, UnaryOperator.identity(), RequestCorpus::everyCommand));
        frames.addAll(captureThrough(server, FrameProxy.hidingFeature("batch-any"), RequestCorpus::batchReads));
        frames.addAll(captureThrough(server, UnaryOperator.identity(), RequestCorpus::mapOperations));
        return frames;
    }

    private static List<byte[]> captureThrough(
            EmbeddedAerospikeServer server,
            UnaryOperator<String> rewriter,
            java.util.function.Consumer<AerospikeClient> workload)
            throws IOException {
        try (FrameProxy proxy = FrameProxy.start(server.host(), server.port(), rewriter)) {
            ClientPolicy policy = new ClientPolicy();
            policy.timeout = 5_000;
            try (AerospikeClient client = new AerospikeClient(policy, "127.0.0.1", proxy.port())) {
                workload.accept(client);
            }
            return proxy.requestFrames();
        }
    }

    private static void everyCommand(AerospikeClient client) {
        Key[] keys = {new Key("test", SET, "k1"), new Key("test", SET, 2L), new Key("test", SET, new byte[] {3})};
        WritePolicy sendKey = new WritePolicy();
        sendKey.sendKey = true;
        sendKey.expiration = 100;
        client.put(
                sendKey,
                keys[0],
                new Bin("i", 1),
                new Bin("s", "text"),
                new Bin("d", 1.5),
                new Bin("l", List.of(1L, "x")),
                new Bin("m", Map.of("k", 2L)),
                new Bin("t", new TreeMap<>(Map.of("a", 1L))),
                new Bin("g", Value.getAsGeoJSON("{\"type\":\"Point\",\"coordinates\":[1.0,2.0]}")),
                new Bin("b", true));
        client.put(null, keys[1], new Bin("i", 2), new Bin("blob", new byte[] {1, 2, 3}));
        client.get(null, keys[0]);
        client.get(null, keys[0], "i", "s");
        client.getHeader(null, keys[1]);
        client.exists(null, keys[2]);
        client.touch(null, keys[1]);
        client.operate(
                null,
                keys[0],
                Operation.add(new Bin("i", 5)),
                Operation.append(new Bin("s", "!")),
                Operation.prepend(new Bin("s", "<")),
                Operation.get());
        client.operate(
                null,
                keys[0],
                ListOperation.append("l", Value.get(2)),
                ListOperation.getByValueRange(
                        "l", Value.get(0), Value.get(5), ListReturnType.VALUE | ListReturnType.INVERTED),
                ListOperation.removeByRank("l", 0, ListReturnType.RANK),
                ListOperation.append(
                        "n",
                        Value.get(1),
                        CTX.mapKeyCreate(Value.get("x"), MapOrder.KEY_ORDERED),
                        CTX.listIndexCreate(1, ListOrder.UNORDERED, true)),
                ListOperation.size("n", CTX.mapKey(Value.get("x")), CTX.listIndex(-1)),
                ListOperation.sort("l", ListSortFlags.DROP_DUPLICATES));
        client.get(null, keys);
        client.operate(null, null, keys, Operation.put(new Bin("n", 7)), Operation.get("n"));
        client.scanAll(null, "test", SET, (key, record) -> {});
        ScanPolicy paged = new ScanPolicy();
        paged.maxRecords = 1;
        PartitionFilter filter = PartitionFilter.all();
        client.scanPartitions(paged, filter, "test", SET, (key, record) -> {});
        client.scanPartitions(paged, filter, "test", SET, (key, record) -> {});
        Statement statement = new Statement();
        statement.setNamespace("test");
        statement.setSetName(SET);
        statement.setBinNames("i");
        client.query(null, statement).close();
        WritePolicy compressed = new WritePolicy();
        compressed.compress = true;
        client.put(compressed, keys[2], new Bin("big", "compressible ".repeat(50)));
        client.delete(null, null, new Key[] {keys[1], new Key("test", SET, "absent")});
        client.delete(null, keys[2]);
        secondaryIndexes(client, keys[0]);
        udfModules(client);
    }

    /** Index creation and queries of every filter shape, paged so that resumed partitions carry bvals. */
    private static void secondaryIndexes(AerospikeClient client, Key key) {
        client.put(null, key, new Bin("l", List.of(1L, 2L)), new Bin("m", Map.of("k", 2L)));
        client.createIndex(null, "test", SET, "corpus_i", "i", IndexType.NUMERIC)
                .waitTillComplete();
        client.createIndex(null, "test", SET, "corpus_s", "s", IndexType.STRING).waitTillComplete();
        client.createIndex(null, "test", SET, "corpus_l", "l", IndexType.NUMERIC, IndexCollectionType.LIST)
                .waitTillComplete();
        client.createIndex(null, "test", SET, "corpus_m", "m", IndexType.STRING, IndexCollectionType.MAPKEYS)
                .waitTillComplete();
        CTX inMap = CTX.mapKey(Value.get("k"));
        client.createIndex(null, "test", SET, "corpus_ctx", "m", IndexType.NUMERIC, IndexCollectionType.DEFAULT, inMap)
                .waitTillComplete();
        QueryPolicy paged = new QueryPolicy();
        paged.maxRecords = 1;
        for (Filter filter : List.of(
                Filter.range("i", 0, 100),
                Filter.equal("s", "<text!"),
                Filter.contains("l", IndexCollectionType.LIST, 2),
                Filter.contains("m", IndexCollectionType.MAPKEYS, "k"),
                Filter.range("m", 0, 10, inMap))) {
            Statement statement = new Statement();
            statement.setNamespace("test");
            statement.setSetName(SET);
            statement.setFilter(filter);
            PartitionFilter partitions = PartitionFilter.all();
            client.queryPartitions(paged, statement, partitions).close();
            client.queryPartitions(paged, statement, partitions).close();
        }
        client.dropIndex(null, "test", SET, "corpus_i").waitTillComplete();
    }

    private static void udfModules(AerospikeClient client) {
        client.registerUdfString(null, "function f(r)\n  return 1\nend\n", "corpus.lua", Language.LUA)
                .waitTillComplete();
        client.removeUdf(null, "corpus.lua");
    }

    private static void batchReads(AerospikeClient client) {
        Key[] keys = {new Key("test", SET, "k1"), new Key("test", SET, "absent")};
        client.get(null, keys);
        client.get(null, keys, "i");
        client.exists(null, keys);
    }

    /** Map (CDT) operations: writes with policies and flags, and reads of every selector kind. */
    private static void mapOperations(AerospikeClient client) {
        Key key = new Key("test", SET, "map");
        MapPolicy ordered = new MapPolicy(MapOrder.KEY_ORDERED, MapWriteFlags.DEFAULT);
        MapPolicy partial = new MapPolicy(
                MapOrder.UNORDERED, MapWriteFlags.CREATE_ONLY | MapWriteFlags.NO_FAIL | MapWriteFlags.PARTIAL);
        client.operate(
                null,
                key,
                MapOperation.putItems(ordered, "m", Map.of(Value.get("a"), Value.get(1), Value.get("b"), Value.get(2))),
                MapOperation.put(partial, "m", Value.get("c"), Value.get(List.of(1, "x"))),
                MapOperation.increment(MapPolicy.Default, "m", Value.get("a"), Value.get(2)),
                MapOperation.getByKeyRange("m", Value.get("a"), Value.get("c"), MapReturnType.KEY_VALUE),
                MapOperation.getByKeyList("m", List.of(Value.get("b")), MapReturnType.INDEX),
                MapOperation.getByValueRelativeRankRange("m", Value.get(2), -1, 2, MapReturnType.RANK),
                MapOperation.getByIndexRange("m", 1, MapReturnType.ORDERED_MAP | MapReturnType.INVERTED),
                MapOperation.removeByValueRange("m", Value.get(5), null, MapReturnType.COUNT),
                MapOperation.size("m"));
    }
}
