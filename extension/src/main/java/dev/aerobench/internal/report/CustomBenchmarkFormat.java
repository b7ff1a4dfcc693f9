package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkIntervals;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.Interval;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.OperationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * github-action-benchmark's custom formats: arrays of {@code {name, unit, value, range, extra}}.
 * {@value #SMALLER_FILE} ({@code tool: 'customSmallerIsBetter'}) holds each operation and arm's
 * mean latency in µs; {@value #BIGGER_FILE} ({@code tool: 'customBiggerIsBetter'}) its throughput
 * in ops/s, and each operation's speedup (named {@code <test>:<operation> speedup}). Each value is
 * the mean over forks (throughput: the arm's operations over its time), {@code range} its 95%
 * interval ({@code ± half width} for latency, {@code low..high} for throughput and the speedup), {@code extra} the percentiles, forks and verdict. An entry whose
 * value is undefined is left out: the action would read a missing number as 0.
 */
final class CustomBenchmarkFormat implements RunFormat {

    static final String SMALLER_FILE = "custom-smaller-is-better.json";
    static final String BIGGER_FILE = "custom-bigger-is-better.json";

    /** One line of the array; {@code range} may be null. */
    private record Bench(String name, String unit, double value, String range, String extra) {}

    private final Function<List<BenchmarkResults>, List<Bench>> benches;

    private CustomBenchmarkFormat(Function<List<BenchmarkResults>, List<Bench>> benches) {
        this.benches = benches;
    }

    /** Latency, for {@code customSmallerIsBetter}. */
    static CustomBenchmarkFormat smallerIsBetter() {
        return new CustomBenchmarkFormat(CustomBenchmarkFormat::latencies);
    }

    /** Throughput and speedup, for {@code customBiggerIsBetter}. */
    static CustomBenchmarkFormat biggerIsBetter() {
        return new CustomBenchmarkFormat(CustomBenchmarkFormat::throughputsAndSpeedups);
    }

    static BenchmarkListener report(ReportSetup setup) {
        return new RunFileReport(List.of(
                RunFileReport.RunFile.replacing(setup.directory().resolve(SMALLER_FILE), smallerIsBetter()),
                RunFileReport.RunFile.replacing(setup.directory().resolve(BIGGER_FILE), biggerIsBetter())));
    }

    @Override
    public String format(List<BenchmarkResults> run) {
        JsonWriter json = new JsonWriter().beginArray();
        for (Bench bench : benches.apply(run)) {
            if (!Double.isFinite(bench.value())) {
                continue;
            }
            json.beginObject();
            json.name("name").value(bench.name());
            json.name("unit").value(bench.unit());
            json.name("value").value(bench.value());
            if (bench.range() != null) {
                json.name("range").value(bench.range());
            }
            json.name("extra").value(bench.extra());
            json.endObject();
        }
        return json.endArray().toString();
    }

    private static List<Bench> latencies(List<BenchmarkResults> run) {
        List<Bench> benches = new ArrayList<>();
        for (ArmEntry entry : ArmEntry.of(run)) {
            Estimate micros = ForkIntervals.arithmeticMean(entry.forkMeansNanos(), MeasurementPlan.CONFIDENCE)
                    .dividedBy(1e3);
            benches.add(new Bench(entry.name(), "us", micros.value(), plusMinus(micros, "%.3f"), extra(entry)));
        }
        return benches;
    }

    private static List<Bench> throughputsAndSpeedups(List<BenchmarkResults> run) {
        List<Bench> benches = new ArrayList<>();
        for (ArmEntry entry : ArmEntry.of(run)) {
            Estimate throughput = entry.throughput(MeasurementPlan.CONFIDENCE);
            benches.add(new Bench(
                    entry.name(), "ops/s", throughput.value(), range(throughput.ci95(), "%.1f"), extra(entry)));
            if (entry.role().equals(ArmEntry.BASELINE)) {
                benches.add(speedup(entry));
            }
        }
        return benches;
    }

    /** After an operation's two arms: its speedup, named after the candidate's entry without the arm. */
    private static Bench speedup(ArmEntry baselineEntry) {
        GateOutcome outcome = baselineEntry.outcome();
        OperationResult result = outcome.result();
        String name = baselineEntry.test().id().qualifiedName() + ":" + result.key() + " speedup";
        String range = range(result.speedup().ci95(), "%.4f");
        String extra = "baseline avg / candidate avg, 95% interval over " + result.forks() + " forks\nverdict: "
                + outcome.verdict() + "\nresolution: " + resolution(result);
        return new Bench(name, "x", result.speedup().value(), range, extra);
    }

    /** {@code ± 1.234}, or null while the interval is undefined. */
    private static String plusMinus(Estimate estimate, String pattern) {
        Interval interval = estimate.ci95();
        return interval.isDefined() ? "± " + Numbers.format(pattern, (interval.upper() - interval.lower()) / 2) : null;
    }

    /** {@code 0.9850..1.0300}, or null while the interval is undefined. */
    private static String range(Interval interval, String pattern) {
        return interval.isDefined()
                ? Numbers.format(pattern, interval.lower()) + ".." + Numbers.format(pattern, interval.upper())
                : null;
    }

    private static String extra(ArmEntry entry) {
        return entry.arm().identity() + "\np50: " + Numbers.millis(entry.arm().p50Nanos()) + "\np99: "
                + Numbers.millis(entry.arm().p99Nanos()) + "\nforks: "
                + entry.arm().forks().size()
                + " of " + entry.outcome().result().plan().opsPerFork() + " ops\nverdict: "
                + entry.outcome().verdict();
    }

    private static String resolution(OperationResult result) {
        return Double.isNaN(result.resolution())
                ? Numbers.NOT_AVAILABLE
                : "±" + Numbers.format("%.1f%%", 100 * result.resolution());
    }
}
