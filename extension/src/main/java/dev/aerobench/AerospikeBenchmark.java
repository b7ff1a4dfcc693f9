package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Makes a test an Aerospike client benchmark and regression gate.
 *
 * <p>The test method receives a started server ({@link BenchmarkServer}) and two
 * {@link ClientAdapter}s, the {@link Candidate} and the {@link Baseline}, each loaded with its own
 * client jar in its own class loader. After the method body has run, aerobench measures the
 * {@link #operations()} for both arms (warmup, then {@link #forks()} or more forks of freshly opened
 * clients, the arms interleaved in short blocks in random order, until the gate decides), prints the seed's tables and fails the test when, with 95% confidence, the candidate is
 * slower than {@link #minSpeedup()} or its p99 is above {@link #maxP99Millis()}.
 *
 * <pre>{@code
 * class ClientUpgradeTest {
 *     @AerospikeBenchmark(operations = {Operation.PUT, Operation.GET}, minSpeedup = 0.9, maxP99Millis = 5)
 *     void upgradeIsNotSlower(BenchmarkServer server, @Candidate ClientAdapter candidate,
 *             @Baseline ClientAdapter baseline) {
 *         assertThat(candidate.identity()).contains("jdk21");
 *     }
 * }
 * }</pre>
 *
 * <p>Every attribute can be overridden for a whole run by a JUnit configuration parameter
 * ({@code -Daerobench.count=5000} or {@code junit-platform.properties}); see
 * {@link BenchmarkConfiguration} for the keys and the precedence. On a class, the annotation
 * applies to every test method of the class; a method's own annotation replaces it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(AerospikeBenchmarkExtension.class)
public @interface AerospikeBenchmark {

    /** The default candidate, {@value}: the official client built for Java 21. */
    String DEFAULT_CANDIDATE = "com.aerospike:aerospike-client-jdk21:9.0.4";
    /** The default baseline, {@value}: the official client built for Java 8. */
    String DEFAULT_BASELINE = "com.aerospike:aerospike-client-jdk8:9.2.0";
    /**
     * Value of {@link #candidate()} or {@link #baseline()}, {@value}, meaning "the Aerospike client
     * on the test class path", i.e. the one the application uses today.
     */
    String TEST_CLASSPATH = "classpath";
    /**
     * {@link #minSpeedup()} that never fails, {@value}: no speedup gate (every speedup is at least
     * 0).
     */
    double NO_MIN_SPEEDUP = 0;
    /**
     * {@link #maxP99Millis()} that never fails, infinity: no p99 gate (every p99 is at most
     * infinity). 0 is refused: a limit every operation would exceed.
     */
    double NO_MAX_P99 = Double.POSITIVE_INFINITY;
    /** Default {@link #count()}, {@value}, as in the seed suite. */
    int DEFAULT_COUNT = 1000;
    /** Default {@link #concurrency()}, {@value}, as in the seed suite. */
    int DEFAULT_CONCURRENCY = 50;
    /** Default {@link #batchSize()}, {@value}. */
    int DEFAULT_BATCH_SIZE = 100;
    /**
     * Default {@link #warmup()}, {@value}: past the JIT's compile thresholds for a client that was
     * loaded cold in a class loader of its own.
     */
    int DEFAULT_WARMUP = 10_000;
    /** Default {@link #forks()}, {@value}. */
    int DEFAULT_FORKS = 5;
    /**
     * Default {@link #maxForks()}, {@value}: high enough that for fast operations the time budget,
     * not the number of forks, ends an undecided measurement.
     */
    int DEFAULT_MAX_FORKS = 1000;
    /** Default {@link #timeBudgetSeconds()}, {@value}. */
    int DEFAULT_TIME_BUDGET_SECONDS = 30;
    /** Default {@link #binBytes()}, {@value}. */
    int DEFAULT_BIN_BYTES = 16;
    /** {@link #recordBins()} meaning the seed's record: {@code name}, {@code age} and {@code score}. */
    int SEED_RECORD = 0;
    /** {@link #seed()} meaning a fresh random seed per run (printed in the report to reproduce it). */
    long RANDOM_SEED = 0;

    /** The operations to measure, in this order. */
    Operation[] operations() default {Operation.PUT, Operation.GET, Operation.BATCH_GET, Operation.SCAN};

    /** Operations per fork and arm, and records seeded per arm. */
    int count() default DEFAULT_COUNT;

    /** Commands in flight for the {@code *_CONCURRENT} operations. */
    int concurrency() default DEFAULT_CONCURRENCY;

    /** Keys per batch for {@link Operation#BATCH_GET} and {@link Operation#BATCH_GET_CONCURRENT}. */
    int batchSize() default DEFAULT_BATCH_SIZE;

    /**
     * Unrecorded operations per arm before an operation's first fork, interleaved between the arms,
     * to warm up the JIT (a scan runs {@code warmup / 50}).
     */
    int warmup() default DEFAULT_WARMUP;

    /**
     * Forks measured before the gate first decides. A fork is a pair of freshly opened clients (the
     * first fork uses the test's own), each running {@link #count()} operations in short blocks
     * that alternate between the arms in random order; intervals are taken over forks, so a
     * difference between two client instances widens them instead of deciding the verdict.
     */
    int forks() default DEFAULT_FORKS;

    /** Forks at most; the gate looks after {@link #forks()}, then whenever the forks grew by half. */
    int maxForks() default DEFAULT_MAX_FORKS;

    /**
     * Seconds an operation may be measured before an undecided gate gives up: measuring goes on
     * until every interval clears its threshold, and the verdict is INCONCLUSIVE only when this
     * budget (or {@link #maxForks()}) runs out first.
     */
    int timeBudgetSeconds() default DEFAULT_TIME_BUDGET_SECONDS;

    /** Bins per record, or {@link #SEED_RECORD} for the seed's three bins. */
    int recordBins() default SEED_RECORD;

    /** Bytes per bin (string bins) when {@link #recordBins()} is set. */
    int binBytes() default DEFAULT_BIN_BYTES;

    /**
     * Lowest acceptable speedup (baseline avg latency ÷ candidate avg latency): 0.9 fails when the
     * candidate is, with 95% confidence, more than about 10% slower. {@link #NO_MIN_SPEEDUP} = no gate.
     */
    double minSpeedup() default NO_MIN_SPEEDUP;

    /** Highest acceptable candidate p99 latency, in milliseconds. {@link #NO_MAX_P99} = no gate. */
    double maxP99Millis() default NO_MAX_P99;

    /** Thresholds for single operations, replacing {@link #minSpeedup()} / {@link #maxP99Millis()} there. */
    Threshold[] thresholds() default {};

    /** Maven coordinates {@code groupId:artifactId:version} of the candidate client, or {@link #TEST_CLASSPATH}. */
    String candidate() default DEFAULT_CANDIDATE;

    /** Maven coordinates {@code groupId:artifactId:version} of the baseline client, or {@link #TEST_CLASSPATH}. */
    String baseline() default DEFAULT_BASELINE;

    /**
     * An adapter class of your own (e.g. around your DAO) as the candidate, instead of
     * {@link #candidate()}; it needs a public constructor taking
     * {@link dev.aerobench.adapter.ConnectionSettings}. {@code ClientAdapter.class} = not used.
     */
    Class<? extends ClientAdapter> candidateAdapter() default ClientAdapter.class;

    /** Like {@link #candidateAdapter()}, for the baseline. */
    Class<? extends ClientAdapter> baselineAdapter() default ClientAdapter.class;

    /** Allow both arms to be the same client (an A/A run, to see the noise floor); refused otherwise. */
    boolean allowSameClient() default false;

    /** Where the server comes from. */
    ServerKind server() default ServerKind.AUTO;

    /** Seed of the arms' order in each block pair; {@link #RANDOM_SEED} = a new one each run, printed. */
    long seed() default RANDOM_SEED;

    /** Thresholds for one operation. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Threshold {
        /** The operation these thresholds apply to. */
        Operation operation();

        /** As {@link AerospikeBenchmark#minSpeedup()}, for this operation. */
        double minSpeedup() default NO_MIN_SPEEDUP;

        /** As {@link AerospikeBenchmark#maxP99Millis()}, for this operation. */
        double maxP99Millis() default NO_MAX_P99;
    }
}
