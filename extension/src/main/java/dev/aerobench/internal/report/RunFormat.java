package dev.aerobench.internal.report;

import java.util.List;

/**
 * Turns a whole run's results, every benchmark test in the order it finished, into one text: the
 * reports written once per run ({@link RunFileReport}).
 */
@FunctionalInterface
interface RunFormat {

    String format(List<BenchmarkResults> run);
}
