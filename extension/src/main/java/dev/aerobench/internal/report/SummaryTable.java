package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.OperationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The HTML report's table of every operation's numbers, with the change since the last stored run when known. */
final class SummaryTable {

    private final List<ReportedOperation> operations;
    private final Optional<RunComparison> comparison;

    SummaryTable(List<ReportedOperation> operations, Optional<RunComparison> comparison) {
        this.operations = operations;
        this.comparison = comparison;
    }

    void appendTo(StringBuilder html) {
        if (operations.isEmpty()) {
            html.append("<p class=\"note\">No operations were measured.</p>\n");
            return;
        }
        List<String> headers = new ArrayList<>(List.of(
                "Operation",
                "Verdict",
                "Speedup (95% interval)",
                "Candidate avg (ms)",
                "Baseline avg (ms)",
                "Candidate p99 (ms)",
                "Baseline p99 (ms)",
                "Forks"));
        comparison.ifPresent(known -> headers.addAll(List.of("Avg vs last run", "p99 vs last run")));
        html.append("<table class=\"summary\">\n<caption>Results (speedup = baseline avg ÷ candidate avg; above 1 ")
                .append("the candidate is faster)</caption>\n<thead><tr>");
        headers.forEach(header ->
                html.append("<th scope=\"col\">").append(Markup.escape(header)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < operations.size(); i++) {
            appendRow(html, "op" + (i + 1), operations.get(i));
        }
        html.append("</tbody>\n</table>\n");
    }

    private void appendRow(StringBuilder html, String id, ReportedOperation operation) {
        OperationResult result = operation.outcome().result();
        List<String> cells = new ArrayList<>(List.of(
                Numbers.millisValue(result.candidate().meanNanos()),
                Numbers.millisValue(result.baseline().meanNanos()),
                Numbers.millisValue(result.candidate().p99Nanos()),
                Numbers.millisValue(result.baseline().p99Nanos()),
                Integer.toString(result.forks())));
        comparison.ifPresent(known -> {
            Optional<RunComparison.Change> change = known.change(operation.id());
            cells.add(RunComparison.Change.percent(
                    change.map(RunComparison.Change::avgChange).orElse(Double.NaN)));
            cells.add(RunComparison.Change.percent(
                    change.map(RunComparison.Change::p99Change).orElse(Double.NaN)));
        });
        String verdict = operation.outcome().verdict().name();
        html.append("<tr><th scope=\"row\"><a href=\"#")
                .append(id)
                .append("\">")
                .append(Markup.escape(label(operation)))
                .append("</a></th><td><span class=\"verdict verdict-")
                .append(verdict)
                .append("\">")
                .append(verdict)
                .append("</span></td><td>")
                .append(Markup.escape(speedup(result.speedup())))
                .append("</td>");
        cells.forEach(cell -> html.append("<td>").append(Markup.escape(cell)).append("</td>"));
        html.append("</tr>\n");
    }

    private static String label(ReportedOperation operation) {
        String label = operation.outcome().result().label();
        return operation.test().isEmpty()
                ? label
                : label + " (" + RunRecord.OperationRecord.simpleTest(operation.test()) + ")";
    }

    /** {@code 1.881x (1.850x..1.910x)}. */
    private static String speedup(Estimate speedup) {
        String value = Numbers.format("%.3fx", speedup.value());
        return speedup.ci95().isDefined()
                ? value + " (" + Numbers.format("%.3fx", speedup.ci95().lower()) + ".."
                        + Numbers.format("%.3fx", speedup.ci95().upper()) + ")"
                : value + " (interval n/a)";
    }
}
