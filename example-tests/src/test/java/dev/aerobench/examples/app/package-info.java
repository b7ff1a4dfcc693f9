/**
 * How an application uses aerobench in its own test suite.
 *
 * <ul>
 *   <li>{@link dev.aerobench.examples.app.UserRepositoryBenchmarkTest}: gate the application's own
 *       data-access class ({@link dev.aerobench.examples.app.UserRepository}) on its p99 and on not
 *       being slower than the client it used before, through a custom adapter
 *       ({@link dev.aerobench.examples.app.UserRepositoryAdapter}).</li>
 *   <li>{@link dev.aerobench.examples.app.ClientUpgradeGateTest}: gate an upgrade between two
 *       versions of the same client artifact.</li>
 *   <li>{@link dev.aerobench.examples.app.ReadModifyWriteBenchmarkTest}: measure an operation of the
 *       application's own through {@link dev.aerobench.BenchmarkPlan}.</li>
 *   <li>{@link dev.aerobench.examples.app.UserRepositoryTest}: the repository's ordinary functional
 *       test, against aerobench's embedded server: benchmark only code you know is correct.</li>
 * </ul>
 */
package dev.aerobench.examples.app;
