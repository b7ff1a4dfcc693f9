package dev.aerobench.adapter.official;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.AerospikeException;
import com.aerospike.client.Host;
import com.aerospike.client.Key;
import com.aerospike.client.Record;
import com.aerospike.client.async.EventLoops;
import com.aerospike.client.async.EventPolicy;
import com.aerospike.client.async.NioEventLoops;
import com.aerospike.client.listener.RecordArrayListener;
import com.aerospike.client.listener.RecordListener;
import com.aerospike.client.listener.WriteListener;
import com.aerospike.client.policy.ClientPolicy;
import com.aerospike.client.policy.Policy;
import com.aerospike.client.policy.TlsPolicy;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.adapter.ConnectionSettings;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@link ClientAdapter} over the official Aerospike Java client ({@code com.aerospike.client}).
 *
 * <p>Compiled against {@code aerospike-client-jdk8} 9.2.0 and using only API that
 * {@code aerospike-client-jdk21} 9.0.4 shares, so the same class file links against either jar. aerobench
 * defines it inside each arm's isolated class loader; it is never meant to be loaded next to a client
 * on the application class path except for the "client on the class path" arm.
 *
 * <p>Policies are set for measuring, not for production: no retries (a retry would hide a slow or
 * failed command inside one sample), generous timeouts (a loaded 2-core CI machine must not turn
 * pauses into errors), and connection pools large enough that the pool is never the bottleneck.
 * Async commands run on {@link #eventLoopCount()} NIO event loops that this adapter owns; their
 * futures complete on an event loop thread, so dependent stages must not block. Do not call
 * {@link #close()} from such a stage: closing joins the event loop threads.
 *
 * <p>Scans run on a thread of the adapter's own that ends at {@link #close()}: the jdk8 9.2.0 client
 * keeps a {@code ThreadLocal<RandomShift>} on the thread that starts a scan, which would otherwise pin
 * the arm's class loader for the lifetime of the caller's thread.
 */
public final class OfficialClientAdapter implements ClientAdapter {

    /** Connect and login timeout. */
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    /** Socket and total timeout of one single-record or batch command. */
    static final int COMMAND_TIMEOUT_MILLIS = 10_000;

    /** Socket idle timeout of a scan; a scan as a whole has no total timeout. */
    static final int SCAN_SOCKET_TIMEOUT_MILLIS = 30_000;

    /** Upper bound of sync connections per node; they are opened lazily, so a high bound costs nothing. */
    static final int SYNC_MAX_CONNS_PER_NODE = 1_024;

    /** The smallest non-zero {@code EventPolicy.maxCommandsInProcess} both clients accept. */
    static final int MIN_COMMANDS_PER_EVENT_LOOP = 5;

    private static final long CLOSE_WAIT_SECONDS = 10;

    private final String identity;
    private final String namespace;
    private final EventLoops eventLoops;
    private final AerospikeClient client;
    private final ExecutorService scanThreads;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Connects to the server; fails when the seed node cannot be reached.
     *
     * @throws IllegalStateException naming the client and address when the connection fails
     */
    public OfficialClientAdapter(ConnectionSettings settings) {
        this.identity = ClientJarIdentity.ofClass(AerospikeClient.class);
        this.namespace = settings.namespace();
        int loops = eventLoopCount();
        this.eventLoops = new NioEventLoops(eventPolicy(settings, loops), loops);
        try {
            this.client = new AerospikeClient(
                    clientPolicy(settings, eventLoops, loops), new Host(settings.host(), settings.port()));
        } catch (RuntimeException e) {
            eventLoops.close(); // non-daemon threads: left running, they would keep the JVM alive
            if (!(e instanceof AerospikeException)) {
                throw e;
            }
            throw new IllegalStateException(
                    "Cannot connect " + identity + " to " + settings.host() + ":" + settings.port() + ": "
                            + String.valueOf(e.getMessage()).strip()
                            + ". Is an Aerospike server running there and reachable, and "
                            + "are the user and password (if any) right?",
                    e);
        }
        this.scanThreads = Executors.newCachedThreadPool(scanThreadFactory());
    }

    /** One event loop per two cores, at least one (one is right on a 2-core machine). */
    static int eventLoopCount() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public String identity() {
        return identity;
    }

    @Override
    public void put(String set, String key, Map<String, Object> bins) {
        client.put(null, key(set, key), BinValues.toBins(bins));
    }

    @Override
    public Map<String, Object> get(String set, String key) {
        return BinValues.toMap(client.get((Policy) null, key(set, key)));
    }

    @Override
    public List<Map<String, Object>> getMany(String set, List<String> keys) {
        return BinValues.toMaps(client.get(null, keys(set, keys)));
    }

    @Override
    public long scan(String set) {
        LongAdder records = new LongAdder();
        try {
            scanThreads
                    .submit(() -> client.scanAll(null, namespace, set, (key, record) -> records.increment()))
                    .get();
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while scanning " + namespace + "/" + set, e);
        }
        return records.sum();
    }

    @Override
    public boolean delete(String set, String key) {
        return client.delete(null, key(set, key));
    }

    @Override
    public CompletableFuture<Void> putAsync(String set, String key, Map<String, Object> bins) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        try {
            client.put(
                    null,
                    new WriteListener() {
                        @Override
                        public void onSuccess(Key written) {
                            result.complete(null);
                        }

                        @Override
                        public void onFailure(AerospikeException e) {
                            result.completeExceptionally(e);
                        }
                    },
                    null,
                    key(set, key),
                    BinValues.toBins(bins));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAsync(String set, String key) {
        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        try {
            client.get(
                    null,
                    new RecordListener() {
                        @Override
                        public void onSuccess(Key read, Record record) {
                            result.complete(BinValues.toMap(record));
                        }

                        @Override
                        public void onFailure(AerospikeException e) {
                            result.completeExceptionally(e);
                        }
                    },
                    null,
                    key(set, key));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    @Override
    public CompletableFuture<List<Map<String, Object>>> getManyAsync(String set, List<String> keys) {
        CompletableFuture<List<Map<String, Object>>> result = new CompletableFuture<>();
        try {
            client.get(
                    null,
                    new RecordArrayListener() {
                        @Override
                        public void onSuccess(Key[] read, Record[] records) {
                            result.complete(BinValues.toMaps(records));
                        }

                        @Override
                        public void onFailure(AerospikeException e) {
                            result.completeExceptionally(e);
                        }
                    },
                    null,
                    keys(set, keys));
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Closes the client, then joins the event loop and scan threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            client.close();
        } finally {
            eventLoops.close();
            scanThreads.shutdownNow();
            awaitScanThreads();
        }
    }

    @Override
    public String toString() {
        return "OfficialClientAdapter[" + identity + ", namespace=" + namespace + "]";
    }

    private Key key(String set, String key) {
        return new Key(namespace, set, key);
    }

    private Key[] keys(String set, List<String> keys) {
        Key[] result = new Key[keys.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = key(set, keys.get(i));
        }
        return result;
    }

    private void awaitScanThreads() {
        try {
            scanThreads.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ClientPolicy clientPolicy(ConnectionSettings settings, EventLoops eventLoops, int loops) {
        ClientPolicy policy = new ClientPolicy();
        policy.user = settings.user();
        policy.password = settings.password();
        if (settings.tls()) {
            policy.tlsPolicy = new TlsPolicy();
        }
        policy.timeout = CONNECT_TIMEOUT_MILLIS;
        policy.loginTimeout = CONNECT_TIMEOUT_MILLIS;
        policy.maxConnsPerNode = SYNC_MAX_CONNS_PER_NODE;
        policy.eventLoops = eventLoops;
        policy.asyncMaxConnsPerNode = commandsPerEventLoop(settings, loops) * loops;
        for (Policy commandPolicy :
                List.of(policy.readPolicyDefault, policy.writePolicyDefault, policy.batchPolicyDefault)) {
            commandPolicy.socketTimeout = COMMAND_TIMEOUT_MILLIS;
            commandPolicy.totalTimeout = COMMAND_TIMEOUT_MILLIS;
            commandPolicy.maxRetries = 0;
        }
        policy.scanPolicyDefault.socketTimeout = SCAN_SOCKET_TIMEOUT_MILLIS;
        policy.scanPolicyDefault.totalTimeout = 0;
        policy.scanPolicyDefault.maxRetries = 0;
        return policy;
    }

    /** Commands beyond the limit wait in the event loop's queue (unbounded) instead of failing. */
    private static EventPolicy eventPolicy(ConnectionSettings settings, int loops) {
        EventPolicy policy = new EventPolicy();
        policy.maxCommandsInProcess = commandsPerEventLoop(settings, loops);
        policy.maxCommandsInQueue = 0;
        return policy;
    }

    private static int commandsPerEventLoop(ConnectionSettings settings, int loops) {
        return Math.max(MIN_COMMANDS_PER_EVENT_LOOP, (settings.asyncMaxCommandsInFlight() + loops - 1) / loops);
    }

    private static ThreadFactory scanThreadFactory() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "aerobench-scan-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
