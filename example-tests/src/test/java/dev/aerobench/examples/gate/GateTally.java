package dev.aerobench.examples.gate;

import dev.aerobench.examples.gate.GateAccuracyBenchmark.OperationOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The outcomes of many gate evaluations, per scenario and operation, and their table. */
final class GateTally {

    private final Map<Scenario, Map<String, List<OperationOutcome>>> outcomes = new LinkedHashMap<>();

    void addAll(Scenario scenario, List<OperationOutcome> evaluation) {
        for (OperationOutcome outcome : evaluation) {
            outcomes.computeIfAbsent(scenario, s -> new LinkedHashMap<>())
                    .computeIfAbsent(outcome.operation(), o -> new ArrayList<>())
                    .add(outcome);
        }
    }

    /** A Markdown table: one row per scenario and operation. */
    String table(int runs) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Gate accuracy: %d runs per scenario, embedded or configured server, default settings%n%n",
                runs));
        table.append("| scenario | minSpeedup | operation | runs | PASS | FAIL | INCONCLUSIVE | median speedup"
                + " | median resolution | median seconds |\n");
        table.append("|---|---|---|---|---|---|---|---|---|---|\n");
        outcomes.forEach((scenario, byOperation) -> byOperation.forEach((operation, list) -> table.append(String.format(
                Locale.ROOT,
                "| %s | %.2f | %s | %d | %d | %d | %d | %.3f | ±%.1f%% | %.1f |%n",
                scenario.label(),
                scenario.minSpeedup(),
                operation,
                list.size(),
                count(list, "PASS"),
                count(list, "FAIL"),
                count(list, "INCONCLUSIVE"),
                median(list.stream().mapToDouble(OperationOutcome::speedup).toArray()),
                100
                        * median(list.stream()
                                .mapToDouble(OperationOutcome::resolution)
                                .toArray()),
                median(list.stream().mapToDouble(OperationOutcome::seconds).toArray())))));
        return table.toString();
    }

    private static long count(List<OperationOutcome> list, String verdict) {
        return list.stream()
                .filter(outcome -> outcome.verdict().equals(verdict))
                .count();
    }

    static double median(double[] values) {
        double[] sorted = java.util.Arrays.stream(values)
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
