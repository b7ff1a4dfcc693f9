package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkIntervals;
import dev.aerobench.internal.measure.MeasurementPlan;
import java.util.List;

/**
 * Bencher Metric Format, file {@value #FILE}, for {@code bencher run --adapter json --file ...}: per
 * operation and arm (named as in {@link ArmEntry}) Bencher's two built-in measures, {@code latency}
 * in nanoseconds (the mean over forks) and {@code throughput} in operations per second (the
 * arm's operations over its time), each with {@code lower_value} and {@code upper_value} from its
 * 95% interval over forks (see {@link ArmEntry#throughput}). A bound that is undefined (one fork)
 * or infinite is left out, and so is a measure whose value is undefined: BMF
 * requires numbers.
 */
final class BencherMetricFormat implements RunFormat {

    static final String FILE = "bencher.json";

    static BenchmarkListener report(ReportSetup setup) {
        return new RunFileReport(
                List.of(RunFileReport.RunFile.replacing(setup.directory().resolve(FILE), new BencherMetricFormat())));
    }

    @Override
    public String format(List<BenchmarkResults> run) {
        JsonWriter json = new JsonWriter().beginObject();
        for (ArmEntry entry : ArmEntry.of(run)) {
            json.name(entry.name()).beginObject();
            measure(json, "latency", ForkIntervals.arithmeticMean(entry.forkMeansNanos(), MeasurementPlan.CONFIDENCE));
            measure(json, "throughput", entry.throughput(MeasurementPlan.CONFIDENCE));
            json.endObject();
        }
        return json.endObject().toString();
    }

    private static void measure(JsonWriter json, String slug, Estimate estimate) {
        if (!Double.isFinite(estimate.value())) {
            return;
        }
        json.name(slug).beginObject();
        json.name("value").value(estimate.value());
        if (estimate.ci95().isDefined()) {
            json.name("lower_value").value(Math.max(0, estimate.ci95().lower()));
            if (Double.isFinite(estimate.ci95().upper())) {
                json.name("upper_value").value(estimate.ci95().upper());
            }
        }
        json.endObject();
    }
}
