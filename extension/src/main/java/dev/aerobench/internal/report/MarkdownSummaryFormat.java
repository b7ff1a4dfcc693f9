package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.OperationResult;
import dev.aerobench.internal.measure.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The run as Markdown, ready for a pull request or GitHub's job summary: a heading with the
 * verdicts counted, one table of every operation of every test (candidate / baseline avg, p50, p99
 * in ms and ops/s, the speedup with its 95% interval, the verdict and the resolution), what each
 * test compared, and why an operation did not pass. Written to {@value #FILE} in the reports
 * directory, and appended to the file the environment variable {@value #GITHUB_STEP_SUMMARY} names,
 * when it is set (as on GitHub Actions, which shows it on the run's page).
 */
final class MarkdownSummaryFormat implements RunFormat {

    static final String FILE = "summary.md";
    static final String GITHUB_STEP_SUMMARY = "GITHUB_STEP_SUMMARY";

    /** The stored runs, when a history is kept: the summary then says how this run compares with the last. */
    private final Optional<History> history;

    MarkdownSummaryFormat() {
        this(Optional.empty());
    }

    MarkdownSummaryFormat(Optional<History> history) {
        this.history = history;
    }

    private static final Map<Verdict, String> MARKS = new EnumMap<>(Map.of(
            Verdict.PASS, "✅ PASS",
            Verdict.FAIL, "❌ FAIL",
            Verdict.INCONCLUSIVE, "⚠️ INCONCLUSIVE"));

    static BenchmarkListener report(ReportSetup setup) {
        List<RunFileReport.RunFile> files = new ArrayList<>();
        MarkdownSummaryFormat format = new MarkdownSummaryFormat(setup.history());
        files.add(RunFileReport.RunFile.replacing(setup.directory().resolve(FILE), format));
        String stepSummary = setup.environment().apply(GITHUB_STEP_SUMMARY);
        if (stepSummary != null && !stepSummary.isBlank()) {
            files.add(new RunFileReport.RunFile(Path.of(stepSummary), format, true));
        }
        return new RunFileReport(files);
    }

    @Override
    public String format(List<BenchmarkResults> run) {
        StringBuilder out = new StringBuilder();
        out.append("## aerobench: ").append(headline(run)).append("\n\n");
        out.append("| Test | Operation | Avg ms (candidate / baseline) | p50 ms | p99 ms | ops/s "
                + "| Speedup (95% CI) | Verdict | Resolution |\n");
        out.append("|---|---|--:|--:|--:|--:|---|---|--:|\n");
        for (BenchmarkResults test : run) {
            for (GateOutcome outcome : test.outcomes()) {
                appendRow(out, test, outcome);
            }
        }
        out.append("\nSpeedup = baseline avg ÷ candidate avg (above 1: the candidate is faster), with its 95% "
                + "confidence interval over forks; resolution = half that interval's width, the smallest change "
                + "the measurement could tell from none.\n\n");
        for (BenchmarkResults test : run) {
            appendArms(out, test);
        }
        appendReasons(out, run);
        appendComparison(out, run);
        return out.toString();
    }

    /** With a history: each operation's candidate avg and p99 against the last stored run. */
    private void appendComparison(StringBuilder out, List<BenchmarkResults> run) {
        Optional<RunRecord> previous = history.flatMap(History::previous);
        if (previous.isEmpty()) {
            return;
        }
        List<RunRecord.OperationRecord> operations = new ArrayList<>();
        for (BenchmarkResults test : run) {
            for (GateOutcome outcome : test.outcomes()) {
                operations.add(RunRecord.OperationRecord.of(
                        new ReportedOperation(test.id().qualifiedName(), outcome)));
            }
        }
        out.append('\n').append(RunComparison.of(previous.get(), operations).describe());
    }

    /** {@code 4 operations in 2 tests: 2 PASS, 1 FAIL, 1 INCONCLUSIVE}. */
    private static String headline(List<BenchmarkResults> run) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        int operations = 0;
        for (BenchmarkResults test : run) {
            for (GateOutcome outcome : test.outcomes()) {
                counts.merge(outcome.verdict(), 1, Integer::sum);
                operations++;
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, count) -> parts.add(count + " " + verdict));
        return operations + (operations == 1 ? " operation" : " operations") + " in " + run.size()
                + (run.size() == 1 ? " test" : " tests") + ": " + String.join(", ", parts);
    }

    private static void appendRow(StringBuilder out, BenchmarkResults test, GateOutcome outcome) {
        OperationResult result = outcome.result();
        out.append("| `")
                .append(cell(test.id().shortName()))
                .append("` | ")
                .append(cell(result.label()))
                .append(" | ")
                .append(pair(result, arm -> arm.meanNanos() / 1e6, "%.3f"))
                .append(" | ")
                .append(pair(result, arm -> arm.p50Nanos() / 1e6, "%.3f"))
                .append(" | ")
                .append(pair(result, arm -> arm.p99Nanos() / 1e6, "%.3f"))
                .append(" | ")
                .append(pair(result, ArmResult::opsPerSecond, "%,.0f"))
                .append(" | ")
                .append(speedup(result.speedup()))
                .append(" | ")
                .append(MARKS.get(outcome.verdict()))
                .append(" | ")
                .append(resolution(result))
                .append(" |\n");
    }

    private static String pair(OperationResult result, ToDoubleFunction<ArmResult> value, String pattern) {
        return Numbers.format(pattern, value.applyAsDouble(result.candidate())) + " / "
                + Numbers.format(pattern, value.applyAsDouble(result.baseline()));
    }

    /** {@code 1.881x (1.850x–1.910x)}. */
    private static String speedup(Estimate speedup) {
        String value = Numbers.format("%.3fx", speedup.value());
        return speedup.ci95().isDefined()
                ? value + " (" + Numbers.format("%.3fx", speedup.ci95().lower()) + "–"
                        + Numbers.format("%.3fx", speedup.ci95().upper()) + ")"
                : value + " (CI " + Numbers.NOT_AVAILABLE + ")";
    }

    private static String resolution(OperationResult result) {
        return Double.isNaN(result.resolution())
                ? Numbers.NOT_AVAILABLE
                : "±" + Numbers.format("%.1f%%", 100 * result.resolution());
    }

    /** {@code - `ClientUpgradeTest.get`: candidate ..., baseline ..., server ..., seed 42}. */
    private static void appendArms(StringBuilder out, BenchmarkResults test) {
        BenchmarkStart benchmark = test.benchmark();
        OperationResult first =
                test.outcomes().isEmpty() ? null : test.outcomes().getFirst().result();
        out.append("- `")
                .append(cell(test.id().shortName()))
                .append("`: candidate ")
                .append(cell(
                        first == null
                                ? benchmark.candidate()
                                : first.candidate().identity()))
                .append(", baseline ")
                .append(cell(
                        first == null ? benchmark.baseline() : first.baseline().identity()))
                .append(", server ")
                .append(cell(benchmark.server()))
                .append(", seed ")
                .append(benchmark.seed())
                .append('\n');
    }

    private static void appendReasons(StringBuilder out, List<BenchmarkResults> run) {
        StringBuilder reasons = new StringBuilder();
        for (BenchmarkResults test : run) {
            for (GateOutcome outcome : test.outcomes()) {
                if (outcome.verdict() != Verdict.PASS) {
                    reasons.append("- `")
                            .append(cell(test.id().shortName()))
                            .append("` ")
                            .append(cell(outcome.result().label()))
                            .append(", ")
                            .append(outcome.verdict())
                            .append(": ")
                            .append(cell(outcome.reason()))
                            .append('\n');
                }
            }
        }
        if (!reasons.isEmpty()) {
            out.append("\nWhy not PASS:\n\n").append(reasons);
        }
    }

    /** Text safe in a table cell and a list item: no pipe ends the cell, no newline the row. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
