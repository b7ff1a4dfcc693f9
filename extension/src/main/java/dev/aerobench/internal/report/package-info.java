/**
 * Internal, not API: the output of the results, the console tables and the JSON files (their
 * formats are sealed by golden files), and the JUnit report entries. May change in any release.
 */
@API(status = INTERNAL)
package dev.aerobench.internal.report;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
