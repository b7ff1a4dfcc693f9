package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.GateOutcome;
import java.util.List;

/**
 * Turns the final results of a benchmark, one {@link GateOutcome} per operation, into text:
 * {@link #consoleTable()} for people, {@link #json()} for machines.
 *
 * <pre>{@code
 * System.out.print(ResultFormat.consoleTable().format(outcomes));
 * Files.writeString(dir.resolve("aerobench." + ResultFormat.json().fileExtension()),
 *         ResultFormat.json().format(outcomes));
 * }</pre>
 *
 * <p>Numbers are formatted with {@link java.util.Locale#ROOT}; undefined numbers (NaN) show as
 * {@code n/a} in text and {@code null} in JSON, never as 0.
 */
public interface ResultFormat {

    /** The outcomes, in the given order, as one text. */
    String format(List<GateOutcome> outcomes);

    /** The usual file name extension of this format, without the dot: {@code txt}, {@code json}. */
    String fileExtension();

    /**
     * Tables in the seed suite's layout: average, p50 and p99 latency (ms, lower is better), then
     * throughput (ops/s, higher is better), each with a speedup column; then one verdict line per
     * operation with the confidence intervals and the gate's reason.
     */
    static ResultFormat consoleTable() {
        return new ConsoleTableFormat();
    }

    /**
     * Everything, as JSON: per operation the plan, both arms (name, identity, count, avg, p50, p90,
     * p99, p99.9, max in ms, ops/s and every trial), the speedup and candidate p99 with their 95%
     * intervals, what the measurement resolved and how long it took, the verdict and its reason.
     */
    static ResultFormat json() {
        return new JsonResultFormat();
    }

    /**
     * One self-contained HTML page (inline SVG charts, no script, no network): a summary table, then
     * per operation both arms' latency by percentile, the speedup with its interval against the
     * threshold, and each fork's mean latency. {@link RunReport} writes the page of a whole run, with
     * its history.
     */
    static ResultFormat html() {
        return new HtmlReportFormat();
    }
}
