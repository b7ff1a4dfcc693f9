/**
 * The seed benchmark suite ({@code bench_sync.py}, {@code bench_async.py}, {@code run_all.sh}),
 * ported to {@link dev.aerobench.AerospikeBenchmark} tests: the job to run first.
 *
 * <table>
 *   <caption>Seed to test</caption>
 *   <tr><th>Seed</th><th>Here</th></tr>
 *   <tr><td>{@code bench_sync.py}</td><td>{@link dev.aerobench.examples.seed.SyncComparisonTest}</td></tr>
 *   <tr><td>{@code bench_async.py}</td><td>{@link dev.aerobench.examples.seed.AsyncComparisonTest}</td></tr>
 *   <tr><td>{@code run_all.sh [count]}</td><td>{@code ./mvnw -q -pl example-tests test
 *       -Dtest='dev.aerobench.examples.seed.*Test' [-Daerobench.count=5000]}, or
 *       {@code java -jar example-tests/target/aerobench-examples.jar [--count 5000]}</td></tr>
 *   <tr><td>{@code --count}, {@code --concurrency}</td><td>{@code -Daerobench.count},
 *       {@code -Daerobench.concurrency} (JUnit configuration parameters: they override the
 *       annotations)</td></tr>
 *   <tr><td>{@code AEROSPIKE_HOST}, {@code AEROSPIKE_PORT}</td><td>the same environment variables;
 *       without them aerobench starts a server itself (a container with Docker, else the embedded
 *       one)</td></tr>
 * </table>
 *
 * <p>Each test is also a regression gate: it fails when the candidate is, with 95% confidence and
 * in a confirming re-run, slower than its {@code minSpeedup} or above its {@code maxP99Millis}.
 * The comments at each annotation say how its thresholds were chosen.
 */
package dev.aerobench.examples.seed;
