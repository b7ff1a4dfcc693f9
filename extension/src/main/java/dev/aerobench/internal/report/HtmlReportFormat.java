package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.OperationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One self-contained HTML page per run: a summary table, then per operation a group of charts
 * (latency by percentile for both arms, the speedup with its interval against the threshold, each
 * fork's mean latency, and with a history the candidate's avg and p99 across stored runs).
 *
 * <p>Self-contained so that it opens from a CI artifact: styles inline, charts as inline SVG, no
 * script, no external file, no network. The markup is also well-formed XML, so tests read it with
 * the JDK's parser.
 */
final class HtmlReportFormat implements ResultFormat {

    /** The class of each operation's group of charts: one per operation. */
    static final String OPERATION_CLASS = "operation";

    private static final String STYLE = """
            body { font-family: sans-serif; margin: 1.5em; color: #1a1a1a; max-width: 1200px; }
            h1 { margin-bottom: 0.2em; }
            dl.run { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
            dl.run dt { font-weight: bold; }
            dl.run dd { margin: 0; }
            table { border-collapse: collapse; margin: 1em 0; font-size: 0.95em; }
            th, td { border: 1px solid #bbbbbb; padding: 0.3em 0.6em; text-align: right; }
            th:first-child, td:first-child { text-align: left; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
            section.operation { border-top: 2px solid #888888; margin-top: 2em; padding-top: 0.5em; }
            section.operation h2 small { font-weight: normal; color: #555555; }
            .verdict { font-weight: bold; padding: 0.1em 0.4em; border: 1px solid; }
            .verdict-PASS { color: #0a6b2a; }
            .verdict-FAIL { color: #b00020; }
            .verdict-INCONCLUSIVE { color: #8a5a00; }
            .charts { display: flex; flex-wrap: wrap; gap: 1em; }
            figure { margin: 0; }
            figcaption { font-size: 0.9em; color: #444444; max-width: 560px; }
            .note { color: #555555; }
            """;

    @Override
    public String format(List<GateOutcome> outcomes) {
        return page(
                Optional.empty(),
                outcomes.stream()
                        .map(outcome -> new ReportedOperation("", outcome))
                        .toList(),
                Optional.empty());
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    /**
     * The page of a run.
     *
     * @param run        when, where and on which commit the run measured; empty when not known
     * @param operations the run's operations, in order
     * @param stored     the stored runs, oldest first, when a history is kept; empty when it is not
     */
    String page(Optional<RunRecord> run, List<ReportedOperation> operations, Optional<List<RunRecord>> stored) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>aerobench report</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>aerobench report</h1>\n");
        run.ifPresent(known -> appendRun(html, known, operations));
        html.append("</header>\n<main>\n");
        Optional<RunComparison> comparison = comparison(run, stored);
        new SummaryTable(operations, comparison).appendTo(html);
        appendHistoryNote(html, stored, comparison);
        for (int i = 0; i < operations.size(); i++) {
            appendOperation(html, "op" + (i + 1), operations.get(i), run, stored);
        }
        html.append("</main>\n<footer><p class=\"note\">Written by aerobench. Charts are inline SVG: ")
                .append("this page needs no script and no network.</p></footer>\n</body>\n</html>\n");
        return html.toString();
    }

    private static Optional<RunComparison> comparison(Optional<RunRecord> run, Optional<List<RunRecord>> stored) {
        if (run.isEmpty() || stored.isEmpty() || stored.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RunComparison.of(stored.get().getLast(), run.get()));
    }

    private static void appendRun(StringBuilder html, RunRecord run, List<ReportedOperation> operations) {
        html.append("<dl class=\"run\">\n");
        definition(html, "Date", run.date().toString());
        definition(html, "Commit", run.commit());
        definition(html, "Machine", run.machine().describe());
        definition(html, "Candidate", identities(operations, result -> result.candidate()));
        definition(html, "Baseline", identities(operations, result -> result.baseline()));
        html.append("</dl>\n");
    }

    private static String identities(List<ReportedOperation> operations, Function<OperationResult, ArmResult> arm) {
        List<String> identities = operations.stream()
                .map(operation -> arm.apply(operation.outcome().result()).identity())
                .distinct()
                .toList();
        return identities.isEmpty() ? Numbers.NOT_AVAILABLE : String.join("; ", identities);
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt>")
                .append(Markup.escape(term))
                .append("</dt><dd>")
                .append(Markup.escape(value))
                .append("</dd>\n");
    }

    private static void appendHistoryNote(
            StringBuilder html, Optional<List<RunRecord>> stored, Optional<RunComparison> comparison) {
        String note;
        if (stored.isEmpty()) {
            note = "No history kept: set aerobench.history to a directory to see each operation's trend across runs.";
        } else if (comparison.isEmpty()) {
            note = "No stored run yet: the next run will be compared with this one.";
        } else {
            note = comparison.get().describe().lines().findFirst().orElse("");
        }
        html.append("<p class=\"note history\">").append(Markup.escape(note)).append("</p>\n");
    }

    private static void appendOperation(
            StringBuilder html,
            String id,
            ReportedOperation operation,
            Optional<RunRecord> run,
            Optional<List<RunRecord>> stored) {
        GateOutcome outcome = operation.outcome();
        OperationResult result = outcome.result();
        html.append("<section class=\"" + OPERATION_CLASS + "\" id=\"")
                .append(id)
                .append("\" data-operation=\"")
                .append(Markup.escape(operation.id()))
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-heading\">\n<h2 id=\"")
                .append(id)
                .append("-heading\">")
                .append(Markup.escape(result.label()));
        if (!operation.test().isEmpty()) {
            html.append(" <small>")
                    .append(Markup.escape(RunRecord.OperationRecord.simpleTest(operation.test())))
                    .append("</small>");
        }
        html.append("</h2>\n<p><span class=\"verdict verdict-")
                .append(outcome.verdict().name())
                .append("\">")
                .append(outcome.verdict().name())
                .append("</span> ")
                .append(Markup.escape(outcome.reason()))
                .append("</p>\n<p class=\"note\">")
                .append(Markup.escape(measured(result)))
                .append("</p>\n<div class=\"charts\">\n");
        figure(html, OperationCharts.percentiles(id + "-percentiles", result), "No latency distribution was recorded.");
        figure(html, Optional.of(OperationCharts.speedup(id + "-speedup", outcome)), null);
        figure(html, OperationCharts.p99(id + "-p99", outcome), null);
        figure(html, Optional.of(OperationCharts.forkMeans(id + "-forks", result)), null);
        figure(html, trend(id, operation, run, stored), null);
        html.append("</div>\n</section>\n");
    }

    /** {@code candidate aerospike-client-jdk21 9.0.4 against baseline ...: 8 forks (2 looks) in 3.4 s, resolves ±1.2%}. */
    private static String measured(OperationResult result) {
        return "candidate " + result.candidate().identity() + " against baseline "
                + result.baseline().identity()
                + ": " + result.candidate().count() + " operations per arm in " + result.forks()
                + (result.forks() == 1 ? " fork" : " forks") + " (" + result.looks()
                + (result.looks() == 1 ? " look" : " looks") + ") in "
                + Numbers.format("%.1f s", result.elapsedNanos() / 1e9) + ", resolves "
                + (Numbers.defined(result.resolution())
                        ? "±" + Numbers.format("%.1f%%", 100 * result.resolution())
                        : Numbers.NOT_AVAILABLE);
    }

    /** The trend chart, when at least one stored run measured the operation. */
    private static Optional<Svg> trend(
            String id, ReportedOperation operation, Optional<RunRecord> run, Optional<List<RunRecord>> stored) {
        if (run.isEmpty() || stored.isEmpty()) {
            return Optional.empty();
        }
        List<TrendChart.Entry> entries = new ArrayList<>();
        for (RunRecord past : stored.get()) {
            past.operations().stream()
                    .filter(record -> record.id().equals(operation.id()))
                    .findFirst()
                    .ifPresent(record -> entries.add(new TrendChart.Entry(past, record)));
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        entries.add(new TrendChart.Entry(run.get(), RunRecord.OperationRecord.of(operation)));
        return Optional.of(
                TrendChart.chart(id + "-trend", operation.outcome().result().label(), entries));
    }

    /** The chart in a figure with its title as caption; else {@code missing}, if not null, as a note. */
    private static void figure(StringBuilder html, Optional<Svg> svg, String missing) {
        if (svg.isEmpty()) {
            if (missing != null) {
                html.append("<p class=\"note\">").append(Markup.escape(missing)).append("</p>\n");
            }
            return;
        }
        html.append("<figure>")
                .append(svg.get().render())
                .append("<figcaption>")
                .append(Markup.escape(svg.get().title()))
                .append("</figcaption></figure>\n");
    }
}
