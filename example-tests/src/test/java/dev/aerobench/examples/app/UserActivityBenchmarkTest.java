package dev.aerobench.examples.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.AerospikeBenchmark;
import dev.aerobench.Baseline;
import dev.aerobench.BenchmarkPlan;
import dev.aerobench.Candidate;
import dev.aerobench.Operation;
import dev.aerobench.adapter.ClientAdapter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * Gates the repository's map-bin and secondary-index paths: {@link UserRepository#recordVisit}
 * (a map increment in one operate command) and {@link UserRepository#findByAgeBetween} (a range
 * query through the index on {@code age}), on the application's client, against the plain client
 * it used before, as {@link UserRepositoryBenchmarkTest} gates put, get and batch get.
 *
 * <p>aerobench seeds both arms' records (through each arm's adapter: the repository's
 * {@code save} for the candidate), creates the index through the candidate (here the repository's
 * {@link UserRepository#createAgeIndex}) before measuring, and drops it afterwards.
 */
@DisplayName("UserRepository's visit counter and age query on the new client")
class UserActivityBenchmarkTest {

    // How the thresholds were chosen: see UserRepositoryBenchmarkTest for what the gate does.
    // - map_increment: the repository does what the plain client does (one operate) and reads one
    //   long back, so it should be about as fast: measured 0.91x (0.80x..1.05x) on the embedded
    //   server and 1.12x against a real CE 8.1 node. 0.75 fails a repository a third slower.
    // - query: ten records of each arm through the index (about 1 ms a query on the embedded server,
    //   1.6 ms on a real node) also builds a User per record, and varies more (the query's own
    //   threads): measured 0.93x (0.74x..1.18x) and 0.94x. 0.7 fails a markedly slower repository.
    // - maxP99Millis 20: a latency objective that catches stalls, not drift.
    @AerospikeBenchmark(
            operations = {Operation.MAP_INCREMENT, Operation.QUERY},
            candidateAdapter = UserRepositoryAdapter.class,
            baseline = UserRepositoryBenchmarkTest.PREVIOUS_CLIENT,
            minSpeedup = 0.75,
            maxP99Millis = 20,
            thresholds = @AerospikeBenchmark.Threshold(operation = Operation.QUERY, minSpeedup = 0.7))
    @DisplayName("counts visits and finds users by age as fast as the previous client")
    void activityKeepsUp(
            @Candidate ClientAdapter repository, @Baseline ClientAdapter previousClient, BenchmarkPlan plan) {
        // Correct before fast: a visit counted through the repository is seen by the previous
        // client's map increment, and a query through the repository finds what the previous
        // client wrote.
        assertThat(repository.mapIncrement(plan.set(), "ada", "visits", "home", 1))
                .isEqualTo(1);
        assertThat(previousClient.mapIncrement(plan.set(), "ada", "visits", "home", 1))
                .isEqualTo(2);
        previousClient.put(plan.set(), "alan", Map.of("name", "Alan", "age", 41L, "score", 8.0));
        repository.createIndex(plan.set(), "age", "unused");
        try {
            List<Map<String, Object>> found = repository.queryRange(plan.set(), "age", 40, 42);
            assertThat(found).containsExactly(Map.of("name", "Alan", "age", 41L, "score", 8.0));
        } finally {
            repository.dropIndex(plan.set(), "unused");
            previousClient.delete(plan.set(), "ada");
            previousClient.delete(plan.set(), "alan");
        }
    }
}
