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
    BATCH_GET_CONCURRENT("batch_get", Mode.ASYNC_CONCURRENT),
    /**
     * Sync operate that increments one entry of a key-ordered map bin ({@code counters}, ten keys
     * per record): a counter DAO's hot path.
     */
    MAP_INCREMENT("map_increment", Mode.SYNC),
    /** Async {@link #MAP_INCREMENT}, one command in flight at a time. */
    MAP_INCREMENT_ASYNC("map_increment", Mode.ASYNC_SEQUENTIAL),
    /** Sync operate that appends an integer to a list bin ({@code events}): an event-log DAO's hot path. */
    LIST_APPEND("list_append", Mode.SYNC),
    /** Async {@link #LIST_APPEND}, one command in flight at a time. */
    LIST_APPEND_ASYNC("list_append", Mode.ASYNC_SEQUENTIAL),
    /**
     * Sync read of a seeded record through a filter expression on its {@code age} bin
     * ({@code age >= 0}, which every seeded record passes). Needs the seed's record layout.
     */
    FILTERED_GET("filtered_get", Mode.SYNC),
    /** Async {@link #FILTERED_GET}, one command in flight at a time. */
    FILTERED_GET_ASYNC("filtered_get", Mode.ASYNC_SEQUENTIAL),
    /**
     * Sync secondary-index query: the seeded records whose {@code age} is in a range of ten, through
     * a numeric index on {@code age} that the benchmark creates on its own set and drops afterwards.
     * Needs the seed's record layout.
     */
    QUERY("query", Mode.SYNC),
    /** Async {@link #QUERY}, one query in flight at a time. */
    QUERY_ASYNC("query", Mode.ASYNC_SEQUENTIAL);

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

    /** Whether this operation reads the seed record's {@code age} bin, so needs the seed's record layout. */
    boolean needsSeedRecords() {
        return this == FILTERED_GET || this == FILTERED_GET_ASYNC || this == QUERY || this == QUERY_ASYNC;
    }

    /** Whether this operation queries a secondary index on {@code age}, which the benchmark creates. */
    boolean needsIndex() {
        return this == QUERY || this == QUERY_ASYNC;
    }
}
