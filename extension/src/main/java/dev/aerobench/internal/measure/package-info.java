/**
 * Internal, not API: the measurement (workloads typed by mode, drivers, HdrHistogram recording),
 * its statistics, the immutable results and the regression gate. May change in any release.
 */
@API(status = INTERNAL)
package dev.aerobench.internal.measure;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
