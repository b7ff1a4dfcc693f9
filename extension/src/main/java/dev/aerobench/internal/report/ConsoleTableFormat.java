package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.Interval;
import dev.aerobench.internal.measure.OperationResult;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The seed suite's console tables, one per metric, then the verdicts, each with what the
 * measurement resolved and how long it took to decide.
 */
final class ConsoleTableFormat implements ResultFormat {

    private static final int NAME_WIDTH = 12;
    private static final int VALUE_WIDTH = 14;
    private static final int SEPARATOR_WIDTH = 60;
    private static final String GENERIC_CANDIDATE = "candidate";
    private static final String GENERIC_BASELINE = "baseline";

    /** One table: its title, what a cell shows, and the speedup its last column shows. */
    private record Table(String title, Function<ArmResult, String> cell, ToDoubleFunction<OperationResult> speedup) {}

    private static final List<Table> TABLES = List.of(
            new Table(
                    "Avg Latency (ms) - lower is better",
                    arm -> Numbers.millis(arm.meanNanos()),
                    result -> result.speedup().value()),
            new Table(
                    "p50 Latency (ms) - lower is better",
                    arm -> Numbers.millis(arm.p50Nanos()),
                    result -> result.baseline().p50Nanos() / result.candidate().p50Nanos()),
            new Table(
                    "p99 Latency (ms) - lower is better",
                    arm -> Numbers.millis(arm.p99Nanos()),
                    result -> result.baseline().p99Nanos() / result.candidate().p99Nanos()),
            new Table(
                    "Throughput (ops/s) - higher is better",
                    arm -> Numbers.opsPerSecond(arm.opsPerSecond()),
                    OperationResult::throughputRatio));

    @Override
    public String format(List<GateOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "\n  No operations were measured.\n";
        }
        Layout layout = Layout.of(outcomes);
        StringBuilder out = new StringBuilder();
        for (Table table : TABLES) {
            appendTable(out, layout, table, outcomes);
        }
        appendVerdicts(out, layout, outcomes);
        return out.toString();
    }

    @Override
    public String fileExtension() {
        return "txt";
    }

    private static void appendTable(StringBuilder out, Layout layout, Table table, List<GateOutcome> outcomes) {
        out.append("\n  ").append(table.title()).append('\n');
        out.append(layout.separator());
        out.append(layout.row("Operation", layout.candidateName(), layout.baselineName(), "Speedup"));
        out.append(layout.separator());
        for (GateOutcome outcome : outcomes) {
            OperationResult result = outcome.result();
            out.append(layout.row(
                    result.label(),
                    table.cell().apply(result.candidate()),
                    table.cell().apply(result.baseline()),
                    Numbers.speedup(table.speedup().applyAsDouble(result))));
        }
    }

    private static void appendVerdicts(StringBuilder out, Layout layout, List<GateOutcome> outcomes) {
        out.append("\n  Verdict (speedup = baseline avg / candidate avg; 95% confidence intervals over forks)\n");
        out.append(layout.separator());
        for (GateOutcome outcome : outcomes) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-" + layout.nameWidth() + "s | %-12s | %s\n",
                    outcome.result().label(),
                    outcome.verdict(),
                    intervals(outcome.result())));
            String indent = " ".repeat(layout.nameWidth() + 5);
            out.append(indent).append(decided(outcome.result())).append('\n');
            out.append(indent).append(outcome.reason()).append('\n');
        }
    }

    /** {@code speedup 1.881x (1.850x..1.910x), candidate p99 0.412ms (0.398ms..0.431ms)}. */
    private static String intervals(OperationResult result) {
        Estimate speedup = result.speedup();
        Estimate p99 = result.candidateP99Nanos();
        return "speedup " + Numbers.format("%.3fx", speedup.value()) + " (" + range(speedup.ci95(), "%.3fx")
                + "), candidate p99 " + Numbers.millis(p99.value()) + " ("
                + range(p99.ci95().dividedBy(1e6), "%.3fms") + ")";
    }

    /** {@code resolves ±1.2%: 8 forks (2 looks) in 3.4 s}. */
    private static String decided(OperationResult result) {
        String resolves = Double.isNaN(result.resolution())
                ? "resolves " + Numbers.NOT_AVAILABLE
                : "resolves ±" + Numbers.format("%.1f%%", 100 * result.resolution());
        return resolves + ": " + result.forks()
                + (result.forks() == 1 ? " fork" : " forks") + " (" + result.looks()
                + (result.looks() == 1 ? " look" : " looks") + ") in "
                + Numbers.format("%.1f s", result.elapsedNanos() / 1e9);
    }

    private static String range(Interval interval, String pattern) {
        return interval.isDefined()
                ? Numbers.format(pattern, interval.lower()) + ".." + Numbers.format(pattern, interval.upper())
                : "CI " + Numbers.NOT_AVAILABLE;
    }

    /**
     * Column widths and arm headers: the seed's widths, widened for long names. The arm headers are
     * the arms' display names when every operation has the same ones.
     */
    private record Layout(int nameWidth, int valueWidth, String candidateName, String baselineName) {

        static Layout of(List<GateOutcome> outcomes) {
            List<OperationResult> results =
                    outcomes.stream().map(GateOutcome::result).toList();
            String candidate = commonName(results, result -> result.candidate().name(), GENERIC_CANDIDATE);
            String baseline = commonName(results, result -> result.baseline().name(), GENERIC_BASELINE);
            int nameWidth = Math.max(
                    NAME_WIDTH,
                    results.stream()
                            .mapToInt(result -> result.label().length())
                            .max()
                            .orElse(0));
            int valueWidth = Math.max(VALUE_WIDTH, Math.max(candidate.length(), baseline.length()));
            return new Layout(nameWidth, valueWidth, candidate, baseline);
        }

        private static String commonName(
                List<OperationResult> results, Function<OperationResult, String> name, String generic) {
            List<String> names = results.stream().map(name).distinct().toList();
            return names.size() == 1 ? names.getFirst() : generic;
        }

        String separator() {
            int width = SEPARATOR_WIDTH + (nameWidth - NAME_WIDTH) + 3 * (valueWidth - VALUE_WIDTH);
            return "  " + "─".repeat(width) + '\n';
        }

        String row(String name, String candidate, String baseline, String speedup) {
            String value = "%" + valueWidth + "s";
            return String.format(
                    Locale.ROOT,
                    "  %-" + nameWidth + "s | " + value + " | " + value + " | " + value + "\n",
                    name,
                    candidate,
                    baseline,
                    speedup);
        }
    }
}
