package dev.aerobench.benchmark.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's results as a plain-text table, one row per client and case, next to the real
 * server's reference figures. Numbers use {@link Locale#ROOT}; an undefined number shows as
 * {@code n/a}, never as 0.
 */
final class ResultTable {

    static final String NOT_AVAILABLE = "n/a";

    private static final String[] HEADER = {
        "client",
        "case",
        "ops/s",
        "p50 µs",
        "p99 µs",
        "failures",
        "server CPU µs/op",
        "JVM CPU µs/op",
        "ref ops/s",
        "ref p50 µs",
        "ref p99 µs",
        "ops/s vs ref"
    };
    /** Columns holding text, left-aligned; the others are numbers, right-aligned. */
    private static final int TEXT_COLUMNS = 2;

    private ResultTable() {}

    /** The table, a header line, a rule and one line per result, each ending in a line break. */
    static String format(List<CaseResult> results) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (CaseResult result : results) {
            rows.add(cells(result));
        }
        int[] widths = widths(rows);
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            table.append(line(rows.get(i), widths)).append('\n');
            if (i == 0) {
                table.append(rule(widths)).append('\n');
            }
        }
        return table.toString();
    }

    private static String[] cells(CaseResult result) {
        ReferenceFigures reference = result.benchmarkCase().reference();
        return new String[] {
            result.client(),
            result.benchmarkCase().label(),
            number("%,.0f", result.opsPerSecond()),
            number("%.1f", result.p50Micros()),
            number("%.1f", result.p99Micros()),
            Long.toString(result.failures()),
            number("%.1f", result.serverCpuMicrosPerOp()),
            number("%.1f", result.jvmCpuMicrosPerOp()),
            number("%,.0f", reference.opsPerSecond()),
            number("%.0f", reference.p50Micros()),
            number("%.0f", reference.p99Micros()),
            number("%.2fx", result.throughputVersusReference()),
        };
    }

    static String number(String pattern, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, pattern, value) : NOT_AVAILABLE;
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        return widths;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.length; column++) {
            if (column > 0) {
                line.append(" | ");
            }
            String padding = " ".repeat(widths[column] - cells[column].length());
            line.append(column < TEXT_COLUMNS ? cells[column] + padding : padding + cells[column]);
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder();
        for (int column = 0; column < widths.length; column++) {
            rule.append(column > 0 ? "-|-" : "").append("-".repeat(widths[column]));
        }
        return rule.toString();
    }
}
