package dev.aerobench;

/**
 * What a benchmark test method can add to its run: operations of its own, measured after the
 * method body exactly like the built-in {@link Operation}s (same warmup, forks, interleaving,
 * statistics and gate, with the annotation's global thresholds).
 *
 * <pre>{@code
 * @AerospikeBenchmark(operations = Operation.GET)
 * void findUser(BenchmarkPlan plan) {
 *     plan.add("find user", (arm, i) -> new UserRepository(arm.adapter(), arm.set()).find(arm.key(i)));
 * }
 * }</pre>
 *
 * <p>aerobench deletes the records it seeded when the test ends; records your own operations
 * write under other keys are yours to delete (in the test body, or with {@code @AfterEach}).
 */
public interface BenchmarkPlan {

    /** The set this test writes to: its own, unique per run. */
    String set();

    /** Adds a sync operation. */
    void add(String name, ArmOperation operation);

    /** Adds an async operation driven with one command in flight at a time. */
    void addAsync(String name, AsyncArmOperation operation);

    /** Adds an async operation driven with {@code concurrency} commands in flight. */
    void addConcurrent(String name, AsyncArmOperation operation);
}
