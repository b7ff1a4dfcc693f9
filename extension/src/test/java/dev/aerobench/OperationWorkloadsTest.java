package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.internal.measure.Workload;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The built-in operations' workloads")
class OperationWorkloadsTest {

    /** Answers every call with what it was told to and records the calls. */
    static class ScriptedAdapter implements ClientAdapter {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        long operateResult = 1;
        Map<String, Object> record = Map.of("age", 1L);
        int queried = 10;

        @Override
        public String identity() {
            return "scripted";
        }

        @Override
        public void put(String set, String key, Map<String, Object> bins) {}

        @Override
        public Map<String, Object> get(String set, String key) {
            return record;
        }

        @Override
        public List<Map<String, Object>> getMany(String set, List<String> keys) {
            return List.of();
        }

        @Override
        public long scan(String set) {
            return 0;
        }

        @Override
        public boolean delete(String set, String key) {
            return true;
        }

        @Override
        public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
            return CompletableFuture.completedFuture(record);
        }

        @Override
        public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public long mapIncrement(String set, String key, String bin, String mapKey, long delta) {
            calls.add("mapIncrement " + set + " " + key + " " + bin + " " + mapKey + " " + delta);
            return operateResult;
        }

        @Override
        public CompletableFuture<Long> mapIncrementAsync(
                String set, String key, String bin, String mapKey, long delta) {
            return CompletableFuture.completedFuture(mapIncrement(set, key, bin, mapKey, delta));
        }

        @Override
        public long listAppend(String set, String key, String bin, Object value) {
            calls.add("listAppend " + set + " " + key + " " + bin + " " + value);
            return operateResult;
        }

        @Override
        public CompletableFuture<Long> listAppendAsync(String set, String key, String bin, Object value) {
            return CompletableFuture.completedFuture(listAppend(set, key, bin, value));
        }

        @Override
        public Map<String, Object> getIfAtLeast(String set, String key, String bin, long minimum) {
            calls.add("getIfAtLeast " + set + " " + key + " " + bin + " " + minimum);
            return record;
        }

        @Override
        public CompletableFuture<Map<String, Object>> getIfAtLeastAsync(
                String set, String key, String bin, long minimum) {
            return CompletableFuture.completedFuture(getIfAtLeast(set, key, bin, minimum));
        }

        @Override
        public List<Map<String, Object>> queryRange(String set, String bin, long from, long to) {
            calls.add("queryRange " + set + " " + bin + " " + from + ".." + to);
            return Collections.nCopies(queried, Map.of());
        }

        @Override
        public CompletableFuture<List<Map<String, Object>>> queryRangeAsync(
                String set, String bin, long from, long to) {
            return CompletableFuture.completedFuture(queryRange(set, bin, from, to));
        }

        @Override
        public void close() {}
    }

    private final ScriptedAdapter adapter = new ScriptedAdapter();
    private final ArmData arm = new ArmData(
            "candidate",
            adapter,
            "s",
            BenchmarkSettingsTest.resolve("plain", Map.of(BenchmarkConfiguration.COUNT, "25")));

    private void run(Operation operation, long index) throws Exception {
        Workload workload = OperationWorkloads.of(operation, arm);
        switch (workload) {
            case Workload.Sync sync -> sync.execute(index);
            case Workload.Sequential sequential ->
                sequential.operation().start(index).join();
            case Workload.Concurrent concurrent ->
                concurrent.operation().start(index).join();
        }
    }

    @Test
    @DisplayName("increment one of ten counters of the record's map bin, sync and async")
    void mapIncrement() throws Exception {
        run(Operation.MAP_INCREMENT, 3);
        run(Operation.MAP_INCREMENT_ASYNC, 27);

        assertThat(adapter.calls)
                .containsExactly(
                        "mapIncrement s candidate_key_3 counters c3 1", "mapIncrement s candidate_key_2 counters c7 1");
    }

    @Test
    @DisplayName("append the operation's index to the record's list bin")
    void listAppend() throws Exception {
        run(Operation.LIST_APPEND, 4);
        run(Operation.LIST_APPEND_ASYNC, 5);

        assertThat(adapter.calls)
                .containsExactly("listAppend s candidate_key_4 events 4", "listAppend s candidate_key_5 events 5");
    }

    @Test
    @DisplayName("fail an operate that returns no count: the server did not apply it")
    void operateMustCount() {
        adapter.operateResult = 0;

        assertThatThrownBy(() -> run(Operation.MAP_INCREMENT, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("candidate_key_1")
                .hasMessageContaining("returned 0");
        assertThatThrownBy(() -> run(Operation.LIST_APPEND_ASYNC, 1))
                .isInstanceOf(CompletionException.class)
                .hasMessageContaining("returned 0");
    }

    @Test
    @DisplayName("read through the age filter, and fail when the record is filtered out or missing")
    void filteredGet() throws Exception {
        run(Operation.FILTERED_GET, 2);
        assertThat(adapter.calls).containsExactly("getIfAtLeast s candidate_key_2 age 0");

        adapter.record = null;
        assertThatThrownBy(() -> run(Operation.FILTERED_GET_ASYNC, 2))
                .hasMessageContaining("record candidate_key_2 of the candidate arm is missing");
    }

    @Test
    @DisplayName("query ten consecutive seeded ages, every start in turn, and fail on too few records")
    void query() throws Exception {
        run(Operation.QUERY, 0);
        run(Operation.QUERY, 15);
        run(Operation.QUERY_ASYNC, 16); // 25 records: starts 0..15, so 16 wraps to 0

        assertThat(adapter.calls)
                .containsExactly("queryRange s age 0..9", "queryRange s age 15..24", "queryRange s age 0..9");

        adapter.queried = 9;
        assertThatThrownBy(() -> run(Operation.QUERY, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("found 9 records, fewer than the 10");
    }

    @Test
    @DisplayName("tell a custom adapter's author which method an operation needs")
    void unimplementedOperation() {
        // An adapter that implements only what every adapter must: the new methods keep their defaults.
        ClientAdapter bare = (ClientAdapter) Proxy.newProxyInstance(
                ClientAdapter.class.getClassLoader(),
                new Class<?>[] {ClientAdapter.class},
                (proxy, method, args) -> InvocationHandler.invokeDefault(proxy, method, args));

        assertThatThrownBy(() -> bare.mapIncrement("s", "k", "b", "m", 1))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("does not implement ClientAdapter.mapIncrement")
                .hasMessageContaining("remove the operation");
    }
}
