package dev.aerobench.internal.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every report aerobench can write, by the name the setting {@code aerobench.reports} uses. Adding a
 * report is one {@link BenchmarkListener} class and one constant here.
 */
public enum Report {
    /** Arms, progress, the tables and the verdicts on standard output. */
    CONSOLE("console", ConsoleReport::new),
    /** Every number as JUnit report entries (they land in Surefire's XML reports). */
    JUNIT("junit", setup -> new JUnitReportEntries()),
    /** Everything, one JSON file per test ({@code <class>.<method>.json}, schema aerobench-results/2). */
    JSON("json", setup -> new JsonFileReport(setup.directory())),
    /** One Markdown table per run: {@code summary.md}, and appended to {@code $GITHUB_STEP_SUMMARY}. */
    MARKDOWN("markdown", MarkdownSummaryFormat::report),
    /**
     * One self-contained HTML page with charts, {@code aerobench-report.html}; it also stores the
     * run in the history ({@code aerobench.history}) when one is kept.
     */
    HTML("html", HtmlReport::new),
    /** JMH's result JSON, {@code jmh-result.json}: one entry per operation and arm. */
    JMH("jmh", JmhResultFormat::report),
    /** Bencher Metric Format, {@code bencher.json}: latency and throughput per operation and arm. */
    BMF("bmf", BencherMetricFormat::report),
    /**
     * github-action-benchmark's custom formats: {@code custom-smaller-is-better.json} (latency) and
     * {@code custom-bigger-is-better.json} (throughput and speedup).
     */
    GITHUB_ACTION_BENCHMARK("github-action-benchmark", CustomBenchmarkFormat::report);

    /** What a run writes when {@code aerobench.reports} is not set: all of them. */
    public static final List<Report> DEFAULTS = List.of(values());

    private final String id;
    private final Function<ReportSetup, BenchmarkListener> factory;

    Report(String id, Function<ReportSetup, BenchmarkListener> factory) {
        this.id = id;
        this.factory = factory;
    }

    /** The name in {@code aerobench.reports}, e.g. {@code jmh}. */
    public String id() {
        return id;
    }

    /** The report named {@code id} (case-insensitive), if there is one. */
    public static Optional<Report> named(String id) {
        return Arrays.stream(values())
                .filter(report -> report.id.equalsIgnoreCase(id.trim()))
                .findFirst();
    }

    /** Every name, comma-separated, for messages: {@code console, junit, json, ...}. */
    public static String names() {
        return Arrays.stream(values()).map(Report::id).collect(Collectors.joining(", "));
    }

    BenchmarkListener create(ReportSetup setup) {
        return factory.apply(setup);
    }
}
