/**
 * Internal, not API: the output of the results, the console tables and the JSON files (their
 * formats are sealed by golden files), the JUnit report entries, the run's HTML report
 * ({@link dev.aerobench.internal.report.RunReport}) and the run history
 * ({@link dev.aerobench.internal.report.History}). May change in any release.
 */
@API(status = INTERNAL)
package dev.aerobench.internal.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
