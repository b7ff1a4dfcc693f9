package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkStats;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.LatencyDistribution;
import dev.aerobench.internal.measure.OperationResult;
import dev.aerobench.internal.measure.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/** The charts of one operation's outcome, each an inline SVG (see {@link Svg}). */
final class OperationCharts {

    /** The percentile axis ends at 99.9999% at most, however many operations ran. */
    private static final int MAX_NINES = 6;
    /** The row of the interval charts' estimate, on a hidden 0..1 axis. */
    private static final double ESTIMATE_ROW = 0.5;

    private OperationCharts() {}

    /**
     * Both arms' latency by percentile, as HdrHistogram's plotter draws it: the percentile axis at
     * log10(1 / (1 - p)), so the tail gets room; empty when neither arm kept its distribution. The
     * latency axis is logarithmic (HdrHistogram's plotter's is linear): a maximum a hundred times
     * the median, common in a shared CI machine, would otherwise flatten the rest of the curve.
     */
    static Optional<Svg> percentiles(String id, OperationResult result) {
        List<double[]> candidate = curve(result.candidate());
        List<double[]> baseline = curve(result.baseline());
        if (candidate.isEmpty() && baseline.isEmpty()) {
            return Optional.empty();
        }
        double widest = DoubleStream.concat(
                        candidate.stream().mapToDouble(point -> point[0]),
                        baseline.stream().mapToDouble(point -> point[0]))
                .max()
                .orElse(2);
        int nines = (int) Math.clamp(Math.ceil(widest - 1e-9), 2, MAX_NINES);
        double[] latencies = DoubleStream.concat(
                        candidate.stream().mapToDouble(point -> point[1]),
                        baseline.stream().mapToDouble(point -> point[1]))
                .filter(latency -> latency > 0)
                .toArray();
        Svg svg = new Svg(
                        id,
                        "Latency by percentile: " + result.label(),
                        "Latency in milliseconds at each percentile, percentile axis on a log scale of 1/(1-p). "
                                + describePercentiles("Candidate", result.candidate()) + " "
                                + describePercentiles("Baseline", result.baseline()),
                        new Scale.Percentile(nines),
                        "percentile (log scale of 1/(1−p))",
                        Scale.logarithmic(
                                DoubleStream.of(latencies).min().orElse(1e-3),
                                DoubleStream.of(latencies).max().orElse(1)),
                        "latency (ms, log scale)")
                .line("candidate", Look.CANDIDATE, capped(candidate, nines))
                .line("baseline", Look.BASELINE, capped(baseline, nines));
        return Optional.of(svg);
    }

    /**
     * The speedup with its 95% interval against {@code minSpeedup} (when set) and against "no
     * change". Each fork's speedup is left out: single forks scatter far wider than the interval
     * and would set the axis (the fork chart shows them).
     */
    static Svg speedup(String id, GateOutcome outcome) {
        OperationResult result = outcome.result();
        Thresholds thresholds = outcome.thresholds();
        Estimate speedup = result.speedup();
        String description = "Speedup " + Numbers.format("%.3fx", speedup.value()) + ", 95% interval "
                + range(speedup, "%.3fx")
                + (thresholds.hasMinSpeedup()
                        ? ", against minSpeedup " + Numbers.format("%.2fx", thresholds.minSpeedup())
                        : ", no minimum speedup set")
                + "; over " + result.forks() + " forks.";
        return intervalChart(
                id,
                "Speedup: " + result.label(),
                description,
                "speedup = baseline avg ÷ candidate avg (above 1: candidate faster)",
                speedup,
                thresholds.hasMinSpeedup()
                        ? Optional.of(new Marked(
                                "minSpeedup " + Numbers.format("%.2fx", thresholds.minSpeedup()),
                                thresholds.minSpeedup()))
                        : Optional.empty(),
                Optional.of(new Marked("no change (1x)", 1.0)));
    }

    /** The candidate's p99 with its 95% interval against {@code maxP99Millis}; empty when that is not set. */
    static Optional<Svg> p99(String id, GateOutcome outcome) {
        Thresholds thresholds = outcome.thresholds();
        if (!thresholds.hasMaxP99()) {
            return Optional.empty();
        }
        OperationResult result = outcome.result();
        Estimate p99 = result.candidateP99Nanos().dividedBy(1e6);
        return Optional.of(intervalChart(
                id,
                "Candidate p99: " + result.label(),
                "Candidate p99 " + Numbers.format("%.3f ms", p99.value()) + ", 95% interval " + range(p99, "%.3f ms")
                        + ", against maxP99Millis " + Numbers.format("%.3f ms", thresholds.maxP99Millis())
                        + "; over " + result.forks() + " forks.",
                "candidate p99 latency (ms)",
                p99,
                Optional.of(new Marked(
                        "maxP99Millis " + Numbers.format("%.3g ms", thresholds.maxP99Millis()),
                        thresholds.maxP99Millis())),
                Optional.empty()));
    }

    /** Each fork's mean latency for both arms, in the order the forks ran: drift, GC spikes, warm-up. */
    static Svg forkMeans(String id, OperationResult result) {
        List<double[]> candidate = forkPoints(result.candidate());
        List<double[]> baseline = forkPoints(result.baseline());
        double[] means = DoubleStream.concat(
                        candidate.stream().mapToDouble(point -> point[1]),
                        baseline.stream().mapToDouble(point -> point[1]))
                .filter(Double::isFinite)
                .toArray();
        double low = DoubleStream.of(means).min().orElse(0);
        double high = DoubleStream.of(means).max().orElse(1);
        int forks = Math.max(candidate.size(), baseline.size());
        return new Svg(
                        id,
                        "Mean latency per fork: " + result.label(),
                        "Each fork's mean latency in milliseconds, forks in the order they ran; " + forks
                                + " forks, candidate from " + spread(candidate) + ", baseline from "
                                + spread(baseline) + ".",
                        Scale.counting(1, forks),
                        "fork (in the order run)",
                        Scale.linear(low, high),
                        "mean latency (ms)")
                .line("candidate", Look.CANDIDATE, candidate)
                .line("baseline", Look.BASELINE, baseline);
    }

    /** A threshold or reference value drawn as a vertical line. */
    private record Marked(String name, double value) {}

    private static Svg intervalChart(
            String id,
            String title,
            String description,
            String xLabel,
            Estimate estimate,
            Optional<Marked> threshold,
            Optional<Marked> reference) {
        List<Double> values = new ArrayList<>(List.of(
                estimate.value(), estimate.ci95().lower(), estimate.ci95().upper()));
        threshold.ifPresent(marked -> values.add(marked.value()));
        reference.ifPresent(marked -> values.add(marked.value()));
        double[] finite = values.stream()
                .mapToDouble(Double::doubleValue)
                .filter(Double::isFinite)
                .toArray();
        Svg svg = new Svg(
                id,
                title,
                description,
                padded(
                        DoubleStream.of(finite).min().orElse(0),
                        DoubleStream.of(finite).max().orElse(1)),
                xLabel,
                Scale.linear(0, 1),
                null,
                Svg.COMPACT_HEIGHT);
        reference.ifPresent(marked -> svg.verticalLine(marked.name(), Look.REFERENCE, marked.value()));
        threshold.ifPresent(marked -> svg.verticalLine(marked.name(), Look.THRESHOLD, marked.value()));
        svg.interval(
                "estimate, 95% interval",
                Look.CANDIDATE,
                ESTIMATE_ROW,
                estimate.value(),
                estimate.ci95().lower(),
                estimate.ci95().upper());
        return svg;
    }

    /**
     * An arm's distribution as (nines, ms) points. HdrHistogram lists the maximum at 100%, where
     * 1/(1-p) is infinite; it is drawn at the percentile of the highest of the arm's operations
     * (log10 of the count), or at the point before it if that lies further right.
     */
    private static List<double[]> curve(ArmResult arm) {
        LatencyDistribution distribution = arm.distribution();
        List<double[]> points = new ArrayList<>();
        double last = 0;
        for (LatencyDistribution.Point point : distribution.points()) {
            double nines = point.percentile() < 100
                    ? Scale.Percentile.nines(point.percentile())
                    : Math.max(last, Math.log10(Math.max(arm.count(), 1)));
            last = nines;
            points.add(new double[] {nines, point.valueNanos() / 1e6});
        }
        return points;
    }

    /** The points, none right of the axis' end ({@link #MAX_NINES}): the maximum is drawn at the end. */
    private static List<double[]> capped(List<double[]> points, int nines) {
        return points.stream()
                .map(point -> new double[] {Math.min(point[0], nines), point[1]})
                .toList();
    }

    private static String describePercentiles(String role, ArmResult arm) {
        return role + ": p50 " + Numbers.millis(arm.p50Nanos()) + ", p99 " + Numbers.millis(arm.p99Nanos()) + ", p99.9 "
                + Numbers.millis(arm.p999Nanos()) + ", max " + Numbers.millis(arm.maxNanos()) + ".";
    }

    /**
     * A linear axis with a twentieth of the range to spare at each end, so that no line lies on the
     * frame; not below 0 for values that cannot be negative.
     */
    private static Scale padded(double low, double high) {
        double spare = (high - low) / 20;
        return Scale.linear(low >= 0 ? Math.max(0, low - spare) : low - spare, high + spare);
    }

    private static List<double[]> forkPoints(ArmResult arm) {
        List<ForkStats> forks = arm.forks();
        return IntStream.range(0, forks.size())
                .mapToObj(i -> new double[] {i + 1, forks.get(i).meanNanos() / 1e6})
                .toList();
    }

    private static String spread(List<double[]> points) {
        double[] values = points.stream()
                .mapToDouble(point -> point[1])
                .filter(Double::isFinite)
                .toArray();
        if (values.length == 0) {
            return Numbers.NOT_AVAILABLE;
        }
        return Numbers.format("%.3f", DoubleStream.of(values).min().orElseThrow()) + " to "
                + Numbers.format("%.3f ms", DoubleStream.of(values).max().orElseThrow());
    }

    private static String range(Estimate estimate, String pattern) {
        return estimate.ci95().isDefined()
                ? Numbers.format(pattern, estimate.ci95().lower()) + " to "
                        + Numbers.format(pattern, estimate.ci95().upper())
                : Numbers.NOT_AVAILABLE + " (fewer than 2 forks)";
    }
}
