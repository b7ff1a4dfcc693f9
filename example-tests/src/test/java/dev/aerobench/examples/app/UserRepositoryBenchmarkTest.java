package dev.aerobench.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.AerospikeBenchmark.Threshold;
import dev.aerobench.Baseline;
import dev.aerobench.BenchmarkPlan;
import dev.aerobench.Candidate;
import dev.aerobench.Operation;
import dev.aerobench.adapter.ClientAdapter;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * Gates the application's own data-access code: {@link UserRepository}, on the client the
 * application ships ({@code aerospike-client-jdk21}, a test dependency here), against the plain
 * client it used before ({@code aerospike-client-jdk8} 9.2.0, resolved from Maven and isolated in
 * a class loader of its own).
 *
 * <p>The candidate is a {@linkplain UserRepositoryAdapter custom adapter}, so every put, get and
 * batch get goes through the repository: the speedup includes the repository's own cost (mapping
 * records to {@link User}s). That is on purpose: it is what the application's callers feel.
 *
 * <p>The two gates answer two questions:
 * <ul>
 *   <li>{@code minSpeedup}: "did moving to the new client (and our repository on top of it) make
 *       us slower than before?"</li>
 *   <li>{@code maxP99Millis}: "does the repository meet its latency objective?" An absolute bound,
 *       like a service-level objective, independent of the baseline.</li>
 * </ul>
 */
@DisplayName("UserRepository on the new client")
class UserRepositoryBenchmarkTest {

    /** The client the application used before moving to aerospike-client-jdk21. */
    static final String PREVIOUS_CLIENT = "com.aerospike:aerospike-client-jdk8:9.2.0";

    // How the thresholds were chosen. The gate fails an operation when the whole 95% interval of
    // its speedup, taken over forks (fresh client pairs), is below minSpeedup (or of its p99 above
    // maxP99Millis), and measures more forks, up to its 30 s budget, while the interval straddles.
    // - minSpeedup 0.75: the repository does more per call than the plain client it is compared
    //   with (it builds a User from every record): on jdk21 it measured 0.90x-1.02x of the plain
    //   jdk8 client for put and get here. 0.75 leaves room for that, and fails a repository that
    //   gets a third slower than it is today.
    // - batch_get, 0.7: 100 Users per batch; measured 0.85x (0.71x..1.02x before the interval
    //   cleared the line). A repository a third slower would measure about 0.57x.
    // - maxP99Millis 10 for put and get (measured 0.01..0.13 ms, interval upper ends up to 0.3 ms)
    //   and 30 for batches of 100 (up to 3.4 ms): an objective that catches stalls - timeouts,
    //   retries, a 40 ms delayed ACK - not drift, which is what minSpeedup is for.
    @AerospikeBenchmark(
            operations = {Operation.PUT, Operation.GET, Operation.BATCH_GET},
            candidateAdapter = UserRepositoryAdapter.class,
            baseline = PREVIOUS_CLIENT,
            minSpeedup = 0.75,
            maxP99Millis = 10,
            thresholds = @Threshold(operation = Operation.BATCH_GET, minSpeedup = 0.7, maxP99Millis = 30))
    @DisplayName("is not slower than the previous client and keeps its p99 objective")
    void repositoryKeepsUp(
            @Candidate ClientAdapter repository, @Baseline ClientAdapter previousClient, BenchmarkPlan plan) {
        // The test body runs before anything is measured: a good place to check that the code under
        // test is correct, since a fast wrong answer is no answer. Here: the previous client reads
        // what the repository wrote, bin for bin.
        User ada = new User("ada", "Ada", 36, 9.5);
        repository.put(plan.set(), ada.id(), ada.toBins());
        assertThat(previousClient.get(plan.set(), ada.id())).isEqualTo(Map.of("name", "Ada", "age", 36L, "score", 9.5));
        assertThat(repository.delete(plan.set(), ada.id())).isTrue();
    }
}
