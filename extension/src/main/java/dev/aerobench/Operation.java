package dev.aerobench;

/**
 * The operations {@link AerospikeBenchmark} measures, after the seed benchmark suite
 * ({@code bench_sync.py}, {@code bench_async.py}). Every record is {@code {name: "user_<i>", age: i,
 * score: i * 1.1}} unless the record size is configured.
 */
public enum Operation {
    /** Sync single-record write. */
    PUT("put", Mode.SYNC),
    /** Sync single-record read of a seeded record. */
    GET("get", Mode.SYNC),
    /** Sync batch read of {@code batchSize} seeded records. */
    BATCH_GET("batch_get", Mode.SYNC),
    /** Sync scan of the whole benchmark set. */
    SCAN("scan", Mode.SYNC),
    /** Async write, one command in flight at a time. */
    PUT_ASYNC("put", Mode.ASYNC_SEQUENTIAL),
    /** Async read, one command in flight at a time. */
    GET_ASYNC("get", Mode.ASYNC_SEQUENTIAL),
    /** Async writes with {@code concurrency} commands in flight: throughput. */
    PUT_CONCURRENT("put", Mode.ASYNC_CONCURRENT),
    /** Async reads with {@code concurrency} commands in flight: throughput. */
    GET_CONCURRENT("get", Mode.ASYNC_CONCURRENT),
    /** Async batch reads with {@code concurrency} batches in flight: batch throughput. */
    BATCH_GET_CONCURRENT("batch_get", Mode.ASYNC_CONCURRENT);

    private final String label;
    private final Mode mode;

    Operation(String label, Mode mode) {
        this.label = label;
        this.mode = mode;
    }

    /** The name in reports, as the seed's tables print it (e.g. {@code batch_get}); reports add the mode. */
    public String label() {
        return label;
    }

    public Mode mode() {
        return mode;
    }
}
