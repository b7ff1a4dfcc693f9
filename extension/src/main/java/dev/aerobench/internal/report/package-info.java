/**
 * Internal, not API: the output of a run. One channel ({@link dev.aerobench.internal.report.ReportChannel})
 * tells every chosen report ({@link dev.aerobench.internal.report.Report}, setting {@code
 * aerobench.reports}) the run's events ({@link dev.aerobench.internal.report.BenchmarkListener}):
 * the console, the JUnit report entries, the JSON file per test, and the run-wide Markdown summary,
 * HTML report ({@link dev.aerobench.internal.report.RunReport}), JMH, Bencher and
 * github-action-benchmark files; and the run history ({@link dev.aerobench.internal.report.History}).
 * The formats are sealed by golden files. May change in any release.
 */
@API(status = INTERNAL)
package dev.aerobench.internal.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
