package dev.aerobench.internal.report;

import dev.aerobench.Mode;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkIntervals;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.OperationResult;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * JMH's result JSON ({@code -rf json}), file {@value #FILE}: one entry per operation and arm, in
 * JMH's average-time mode, so that tools reading JMH results take it as it is —
 * github-action-benchmark ({@code tool: 'jmh'}), Bencher's {@code java_jmh} adapter, jmh-visualizer.
 *
 * <p>How aerobench's measurement maps onto JMH's: a fork is a JMH fork with one measurement
 * iteration of {@code count} operations (a single-shot batch), whose score is the fork's mean
 * latency. So {@code score} is the mean of the forks' means, {@code scoreError} the half width of
 * its 99.9% Student-t interval over forks and {@code scoreConfidence} that interval (as JMH
 * computes them, from two forks on where JMH needs three), {@code scorePercentiles} the percentiles
 * of the fork means (JMH's set, with its estimator), {@code rawData} the fork means, one fork per
 * row. The unit is always {@code us/op}, so that charts across commits stay comparable. {@code
 * threads} is the number of operations in flight. JMH omits {@code params} for a benchmark without
 * parameters, and so does this; {@code jvmArgs} is left empty so that no password given on the
 * command line ends up in a CI artifact; {@code secondaryMetrics} is empty (Bencher's adapter
 * accepts nothing else there). Undefined numbers are written as JMH writes them, {@code "NaN"}.
 */
final class JmhResultFormat implements RunFormat {

    static final String FILE = "jmh-result.json";
    /** {@code jmhVersion}: not a JMH version, as no JMH produced the file. */
    static final String PRODUCER = "aerobench";
    /** What {@code scoreError} and {@code scoreConfidence} cover, as in JMH. */
    static final double CONFIDENCE = 0.999;
    /** The percentiles JMH writes, with the keys it writes them under. */
    private static final double[] PERCENTILES = {0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0};

    private static final String UNIT = "us/op";
    private static final double NANOS_PER_UNIT = 1e3;
    private static final String SINGLE_SHOT = "single-shot";

    private final JvmInfo jvm;

    JmhResultFormat(JvmInfo jvm) {
        this.jvm = jvm;
    }

    static BenchmarkListener report(ReportSetup setup) {
        return new RunFileReport(List.of(
                RunFileReport.RunFile.replacing(setup.directory().resolve(FILE), new JmhResultFormat(setup.jvm()))));
    }

    @Override
    public String format(List<BenchmarkResults> run) {
        JsonWriter json = new JsonWriter().beginArray();
        for (ArmEntry entry : ArmEntry.of(run)) {
            writeEntry(json, entry);
        }
        return json.endArray().toString();
    }

    private void writeEntry(JsonWriter json, ArmEntry entry) {
        OperationResult result = entry.outcome().result();
        MeasurementPlan plan = result.plan();
        json.beginObject();
        json.name("jmhVersion").value(PRODUCER);
        json.name("benchmark").value(entry.name());
        json.name("mode").value("avgt");
        json.name("threads").value(result.mode() == Mode.ASYNC_CONCURRENT ? plan.concurrency() : 1);
        json.name("forks").value(entry.arm().forks().size());
        json.name("jvm").value(jvm.jvm());
        json.name("jvmArgs").beginArray().endArray();
        json.name("jdkVersion").value(jvm.jdkVersion());
        json.name("vmName").value(jvm.vmName());
        json.name("vmVersion").value(jvm.vmVersion());
        json.name("warmupIterations").value(plan.warmupOps() > 0 ? 1 : 0);
        json.name("warmupTime").value(SINGLE_SHOT);
        json.name("warmupBatchSize").value(Math.max(1, plan.warmupOps()));
        json.name("measurementIterations").value(1);
        json.name("measurementTime").value(SINGLE_SHOT);
        json.name("measurementBatchSize").value(plan.opsPerFork());
        json.name("primaryMetric");
        writePrimaryMetric(json, entry);
        json.name("secondaryMetrics").beginObject().endObject();
        json.endObject();
    }

    private static void writePrimaryMetric(JsonWriter json, ArmEntry entry) {
        double[] scores = Arrays.stream(entry.forkMeansNanos())
                .map(nanos -> nanos / NANOS_PER_UNIT)
                .toArray();
        Estimate score = ForkIntervals.arithmeticMean(scores, CONFIDENCE);
        json.beginObject();
        number(json.name("score"), score.value());
        number(json.name("scoreError"), (score.ci95().upper() - score.ci95().lower()) / 2);
        json.name("scoreConfidence").beginArray();
        number(json, score.ci95().lower());
        number(json, score.ci95().upper());
        json.endArray();
        json.name("scorePercentiles").beginObject();
        for (double percentile : PERCENTILES) {
            number(json.name(Double.toString(percentile)), percentile(scores, percentile));
        }
        json.endObject();
        json.name("scoreUnit").value(UNIT);
        json.name("rawData").beginArray();
        for (double fork : scores) {
            number(json.beginArray(), fork).endArray();
        }
        json.endArray();
        json.endObject();
    }

    /** As JMH's statistics: the minimum at 0, else Commons Math's default percentile estimate. */
    static double percentile(double[] values, double percentile) {
        if (values.length == 0) {
            return Double.NaN;
        }
        if (percentile == 0) {
            return Arrays.stream(values).min().getAsDouble();
        }
        return new Percentile().evaluate(values, percentile);
    }

    /** A number, or JMH's {@code "NaN"}, {@code "+INF"}, {@code "-INF"} strings when it is not finite. */
    private static JsonWriter number(JsonWriter json, double value) {
        if (Double.isNaN(value)) {
            return json.value("NaN");
        }
        if (Double.isInfinite(value)) {
            return json.value(value > 0 ? "+INF" : "-INF");
        }
        return json.value(value);
    }
}
