package dev.aerobench.internal.report;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/** One operation's candidate avg and p99 across the stored runs and this one, oldest first. */
final class TrendChart {

    /** The description names the last this many runs; the chart draws all. */
    private static final int DESCRIBED_RUNS = 10;

    private TrendChart() {}

    /** One run's numbers for the operation. */
    record Entry(RunRecord run, RunRecord.OperationRecord operation) {}

    static Svg chart(String id, String label, List<Entry> entries) {
        List<double[]> averages =
                points(entries, entry -> entry.operation().candidate().avgMs());
        List<double[]> p99s =
                points(entries, entry -> entry.operation().candidate().p99Ms());
        double[] values = DoubleStream.concat(
                        averages.stream().mapToDouble(point -> point[1]),
                        p99s.stream().mapToDouble(point -> point[1]))
                .filter(Double::isFinite)
                .toArray();
        return new Svg(
                        id,
                        "Candidate latency across runs: " + label,
                        "Candidate average and p99 latency in milliseconds in " + entries.size()
                                + " runs, oldest first, the last is this run. " + describe(entries),
                        Scale.counting(1, entries.size()),
                        "run (oldest first; the last is this run)",
                        Scale.linear(0, DoubleStream.of(values).max().orElse(1)),
                        "candidate latency (ms)")
                .line("candidate avg", Look.CANDIDATE, averages)
                .line("candidate p99", Look.CANDIDATE_P99, p99s);
    }

    private static List<double[]> points(List<Entry> entries, ToDoubleFunction<Entry> value) {
        return IntStream.range(0, entries.size())
                .mapToObj(i -> new double[] {i + 1, value.applyAsDouble(entries.get(i))})
                .toList();
    }

    private static String describe(List<Entry> entries) {
        return entries.subList(Math.max(0, entries.size() - DESCRIBED_RUNS), entries.size()).stream()
                .map(entry -> "Run " + (entries.indexOf(entry) + 1) + " ("
                        + entry.run().date() + ", commit "
                        + entry.run().shortCommit() + "): avg "
                        + Numbers.format(
                                "%.3f ms", entry.operation().candidate().avgMs()) + ", p99 "
                        + Numbers.format(
                                "%.3f ms", entry.operation().candidate().p99Ms()) + ".")
                .collect(Collectors.joining(" "));
    }
}
