package dev.aerobench;

import dev.aerobench.internal.client.ClientArmSpec;
import java.util.Locale;

/**
 * The JUnit configuration parameters aerobench reads, set with {@code -D} on the Maven command
 * line (Surefire passes them on) or in {@code junit-platform.properties}.
 *
 * <p><b>Precedence</b>, highest first: an operation-specific key (e.g. {@code aerobench.get.maxP99Millis}),
 * then the general key ({@code aerobench.maxP99Millis}), then the annotation's per-operation
 * {@link AerospikeBenchmark.Threshold}, then the annotation attribute, then the built-in default.
 * Configuration parameters win over annotations on purpose, as JMH's command line wins over its
 * annotations: a CI job can re-tune every benchmark of a run (say {@code -Daerobench.count=5000})
 * without editing code.
 */
public final class BenchmarkConfiguration {

    /** Comma-separated {@link Operation} names, e.g. {@code PUT,GET}. */
    public static final String OPERATIONS = "aerobench.operations";
    /** {@link AerospikeBenchmark#count()}. */
    public static final String COUNT = "aerobench.count";
    /** {@link AerospikeBenchmark#concurrency()}. */
    public static final String CONCURRENCY = "aerobench.concurrency";
    /** {@link AerospikeBenchmark#batchSize()}. */
    public static final String BATCH_SIZE = "aerobench.batchSize";
    /** {@link AerospikeBenchmark#warmup()}. */
    public static final String WARMUP = "aerobench.warmup";
    /** {@link AerospikeBenchmark#forks()}. */
    public static final String FORKS = "aerobench.forks";
    /** {@link AerospikeBenchmark#maxForks()}. */
    public static final String MAX_FORKS = "aerobench.maxForks";
    /** {@link AerospikeBenchmark#timeBudgetSeconds()}. */
    public static final String TIME_BUDGET_SECONDS = "aerobench.timeBudgetSeconds";
    /** {@link AerospikeBenchmark#recordBins()}. */
    public static final String RECORD_BINS = "aerobench.recordBins";
    /** {@link AerospikeBenchmark#binBytes()}. */
    public static final String BIN_BYTES = "aerobench.binBytes";
    /** {@link AerospikeBenchmark#minSpeedup()}; {@code aerobench.<operation>.minSpeedup} for one operation. */
    public static final String MIN_SPEEDUP = "aerobench.minSpeedup";
    /** {@link AerospikeBenchmark#maxP99Millis()}; {@code aerobench.<operation>.maxP99Millis} for one operation. */
    public static final String MAX_P99_MILLIS = "aerobench.maxP99Millis";
    /** {@link AerospikeBenchmark#candidate()}. */
    public static final String CANDIDATE = "aerobench.candidate";
    /** {@link AerospikeBenchmark#baseline()}. */
    public static final String BASELINE = "aerobench.baseline";
    /** {@link AerospikeBenchmark#allowSameClient()}. */
    public static final String ALLOW_SAME_CLIENT = "aerobench.allowSameClient";
    /** {@link AerospikeBenchmark#server()}: {@code auto}, {@code external}, {@code container} or {@code embedded}. */
    public static final String SERVER = "aerobench.server";
    /** {@link AerospikeBenchmark#seed()}. */
    public static final String SEED = "aerobench.seed";
    /** Host of an external server; default: environment variable {@code AEROSPIKE_HOST}. */
    public static final String HOST = "aerobench.host";
    /** Port of an external server; default: environment variable {@code AEROSPIKE_PORT}, else {@value #DEFAULT_PORT}. */
    public static final String PORT = "aerobench.port";
    /** Namespace on an external server; default {@value #DEFAULT_NAMESPACE}. */
    public static final String NAMESPACE = "aerobench.namespace";
    /** User of a secured external server; default: environment variable {@code AEROSPIKE_USER}. */
    public static final String USER = "aerobench.user";
    /** Password of a secured external server; default: environment variable {@code AEROSPIKE_PASSWORD}. Never printed. */
    public static final String PASSWORD = "aerobench.password";
    /** {@code true} to connect to the external server with TLS; default: environment variable {@code AEROSPIKE_TLS}. */
    public static final String TLS = "aerobench.tls";
    /**
     * Directory for the report files (the JSON results, one file per test, and the run's summary,
     * HTML, JMH, Bencher and github-action-benchmark files); default {@value #DEFAULT_REPORTS_DIR}
     * (relative to the working directory: the module under Maven).
     */
    public static final String REPORTS_DIR = "aerobench.reportsDir";
    /**
     * Directory of the run history, e.g. {@code benchmark-history}: each run adds one JSON file of
     * its results there (commit, date, machine, arms, per-operation numbers; never rewriting another
     * run's file), and the HTML report draws each operation's candidate avg and p99 across the runs
     * stored there. Unset (the default): no history. Keep the directory between CI runs (a cache or
     * a branch) for a trend across commits.
     */
    public static final String HISTORY = "aerobench.history";
    /**
     * Which reports a run writes, comma-separated: {@code console} (arms, progress, tables,
     * verdicts), {@code junit} (JUnit report entries), {@code json} (a file per test), {@code
     * markdown} ({@code summary.md}, appended to {@code $GITHUB_STEP_SUMMARY} when set), {@code jmh}
     * ({@code jmh-result.json}), {@code bmf} ({@code bencher.json}), {@code github-action-benchmark}
     * ({@code custom-smaller-is-better.json}, {@code custom-bigger-is-better.json}), {@code html}
     * ({@code aerobench-report.html}, needed by {@link #HISTORY}); default: all of them. The setting
     * is the run's: read once, from the configuration parameters only.
     */
    public static final String REPORTS = "aerobench.reports";
    /**
     * Where the embedded server runs: {@value #EMBEDDED_JVM_OWN} (the default), a JVM of its own, so
     * that its garbage collections stay out of the measuring JVM; or {@value #EMBEDDED_JVM_SAME}, in
     * the test's JVM.
     */
    public static final String EMBEDDED_JVM = "aerobench.embedded.jvm";
    /** {@link #EMBEDDED_JVM}: the embedded server in a JVM of its own. */
    public static final String EMBEDDED_JVM_OWN = "own";
    /** {@link #EMBEDDED_JVM}: the embedded server in the test's JVM. */
    public static final String EMBEDDED_JVM_SAME = "same";
    /** Docker image of the container server; default {@value #DEFAULT_CONTAINER_IMAGE}. */
    public static final String CONTAINER_IMAGE = "aerobench.container.image";
    /**
     * Seconds the container server's node may take, after its container started, until it serves
     * (its cluster formed); default {@value #DEFAULT_CONTAINER_READY_TIMEOUT_SECONDS}.
     */
    public static final String CONTAINER_READY_TIMEOUT_SECONDS = "aerobench.container.readyTimeoutSeconds";

    /** Default of {@link #PORT}: Aerospike's service port. */
    public static final int DEFAULT_PORT = 3000;
    /** Default of {@link #NAMESPACE}, and the namespace of the servers aerobench starts. */
    public static final String DEFAULT_NAMESPACE = "test";
    /** Default of {@link #REPORTS_DIR}. */
    public static final String DEFAULT_REPORTS_DIR = "target/aerobench-reports";
    /** Default of {@link #CONTAINER_IMAGE}: pinned, so that a run is reproducible. */
    public static final String DEFAULT_CONTAINER_IMAGE = "aerospike/aerospike-server:8.1.0.0";
    /** Default of {@link #CONTAINER_READY_TIMEOUT_SECONDS}: a real node serves about 2 s after its start. */
    public static final int DEFAULT_CONTAINER_READY_TIMEOUT_SECONDS = 60;

    /** Environment variable naming the external server's host, as in the seed suite. */
    public static final String ENV_HOST = "AEROSPIKE_HOST";
    /** Environment variable naming the external server's port, as in the seed suite. */
    public static final String ENV_PORT = "AEROSPIKE_PORT";
    /** Environment variable naming the external server's user. */
    public static final String ENV_USER = "AEROSPIKE_USER";
    /** Environment variable holding the external server's password. */
    public static final String ENV_PASSWORD = "AEROSPIKE_PASSWORD";
    /** Environment variable asking for TLS to the external server. */
    public static final String ENV_TLS = "AEROSPIKE_TLS";

    private BenchmarkConfiguration() {}

    /** The operation-specific form of a threshold key, e.g. {@code aerobench.get.maxP99Millis}. */
    public static String forOperation(Operation operation, String key) {
        return "aerobench." + operation.name().toLowerCase(Locale.ROOT) + key.substring("aerobench".length());
    }

    /**
     * Checks a value of {@link #CANDIDATE} or {@link #BASELINE} as aerobench will read it, and
     * returns it in the form it is read: Maven coordinates {@code groupId:artifactId:version},
     * {@value AerospikeBenchmark#TEST_CLASSPATH}, or the name of a
     * {@link dev.aerobench.adapter.ClientAdapter} class that {@code classLoader} can load. A launcher
     * of its own can so refuse a bad arm on its command line before any test runs. Nothing is
     * resolved or downloaded.
     *
     * @throws IllegalArgumentException saying which of the three forms was expected
     */
    public static String clientArm(String value, ClassLoader classLoader) {
        return switch (ClientArmSpec.parse(value, classLoader)) {
            case ClientArmSpec.MavenArtifact maven -> maven.coordinates().toString();
            case ClientArmSpec.ApplicationClassPath classPath -> AerospikeBenchmark.TEST_CLASSPATH;
            case ClientArmSpec.CustomAdapter adapter -> adapter.adapterClass().getName();
        };
    }
}
