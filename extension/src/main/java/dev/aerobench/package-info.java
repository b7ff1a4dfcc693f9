/**
 * API: {@link dev.aerobench.AerospikeBenchmark}, the annotation that makes a JUnit test an
 * Aerospike client benchmark and regression gate, with what a test touches: the parameters it
 * receives ({@link dev.aerobench.BenchmarkServer}, {@link dev.aerobench.BenchmarkPlan},
 * {@link dev.aerobench.Candidate} and {@link dev.aerobench.Baseline} adapters), the
 * {@link dev.aerobench.Operation}s and {@link dev.aerobench.Mode}s it measures, and the
 * configuration keys with their defaults ({@link dev.aerobench.BenchmarkConfiguration}). The
 * package-private classes here are the extension's implementation, not API.
 */
package dev.aerobench;
