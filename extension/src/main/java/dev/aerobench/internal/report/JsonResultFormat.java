package dev.aerobench.internal.report;

import dev.aerobench.internal.measure.ArmResult;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkStats;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.OperationResult;
import java.util.List;

/**
 * The full results as JSON (schema {@value #SCHEMA}). Latencies are in milliseconds (fields end in
 * {@code _ms}), throughput in operations per second; undefined numbers are {@code null}.
 */
final class JsonResultFormat implements ResultFormat {

    static final String SCHEMA = "aerobench-results/2";

    @Override
    public String format(List<GateOutcome> outcomes) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("schema").value(SCHEMA);
        json.name("operations").beginArray();
        for (GateOutcome outcome : outcomes) {
            writeOutcome(json, outcome);
        }
        return json.endArray().endObject().toString();
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    private static void writeOutcome(JsonWriter json, GateOutcome outcome) {
        OperationResult result = outcome.result();
        json.beginObject();
        json.name("operation").value(result.operation());
        json.name("mode").value(result.mode().id());
        json.name("key").value(result.key());
        json.name("verdict").value(outcome.verdict().name());
        json.name("reason").value(outcome.reason());
        json.name("result");
        writeResult(json, result);
        json.endObject();
    }

    private static void writeResult(JsonWriter json, OperationResult result) {
        json.beginObject();
        json.name("plan");
        writePlan(json, result.plan());
        json.name("speedup");
        writeEstimate(json, result.speedup());
        json.name("resolution").value(result.resolution());
        json.name("forks").value(result.forks());
        json.name("looks").value(result.looks());
        json.name("elapsed_s").value(result.elapsedNanos() / 1e9);
        json.name("throughput_ratio").value(result.throughputRatio());
        json.name("candidate_p99_ms");
        writeEstimate(json, result.candidateP99Nanos().dividedBy(1e6));
        json.name("candidate");
        writeArm(json, result.candidate());
        json.name("baseline");
        writeArm(json, result.baseline());
        json.endObject();
    }

    private static void writePlan(JsonWriter json, MeasurementPlan plan) {
        json.beginObject();
        json.name("warmup_ops").value(plan.warmupOps());
        json.name("ops_per_fork").value(plan.opsPerFork());
        json.name("min_forks").value(plan.minForks());
        json.name("max_forks").value(plan.maxForks());
        json.name("budget_s").value(plan.budget().toMillis() / 1e3);
        json.name("concurrency").value(plan.concurrency());
        json.name("seed").value(plan.seed());
        json.endObject();
    }

    private static void writeEstimate(JsonWriter json, Estimate estimate) {
        json.beginObject();
        json.name("estimate").value(estimate.value());
        json.name("ci95_low").value(estimate.ci95().lower());
        json.name("ci95_high").value(estimate.ci95().upper());
        json.endObject();
    }

    private static void writeArm(JsonWriter json, ArmResult arm) {
        json.beginObject();
        json.name("name").value(arm.name());
        json.name("identity").value(arm.identity());
        json.name("count").value(arm.count());
        json.name("avg_ms").value(millis(arm.meanNanos()));
        json.name("p50_ms").value(millis(arm.p50Nanos()));
        json.name("p90_ms").value(millis(arm.p90Nanos()));
        json.name("p99_ms").value(millis(arm.p99Nanos()));
        json.name("p999_ms").value(millis(arm.p999Nanos()));
        json.name("max_ms").value(millis(arm.maxNanos()));
        json.name("ops_per_sec").value(arm.opsPerSecond());
        json.name("forks").beginArray();
        for (ForkStats fork : arm.forks()) {
            json.beginObject();
            json.name("ops").value(fork.ops());
            json.name("mean_ms").value(millis(fork.meanNanos()));
            json.name("p99_ms").value(millis(fork.p99Nanos()));
            json.name("elapsed_ms").value(millis(fork.elapsedNanos()));
            json.name("ops_per_sec").value(fork.opsPerSecond());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static double millis(double nanos) {
        return nanos / 1e6;
    }
}
