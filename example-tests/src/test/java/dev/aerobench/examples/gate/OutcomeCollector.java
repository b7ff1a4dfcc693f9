package dev.aerobench.examples.gate;

import dev.aerobench.examples.gate.GateAccuracyBenchmark.OperationOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Collects each operation's verdict and numbers from the report entries the extension publishes
 * ({@code aerobench.<operation key>.verdict}, {@code .speedup}, {@code .resolution},
 * {@code .elapsed_s}), and notices a test that ended without any (a broken run, not a verdict).
 */
final class OutcomeCollector implements TestExecutionListener {

    private final Map<String, Map<String, String>> byOperation = new LinkedHashMap<>();
    private final List<String> broken = new ArrayList<>();

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            String[] parts = key.split("\\.", 3);
            if (parts.length == 3 && parts[0].equals("aerobench")) {
                byOperation
                        .computeIfAbsent(parts[1], operation -> new LinkedHashMap<>())
                        .put(parts[2], value);
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.isTest()
                && result.getStatus() == TestExecutionResult.Status.FAILED
                && result.getThrowable()
                        .map(failure -> !(failure instanceof AssertionError))
                        .orElse(true)) {
            broken.add(test.getDisplayName() + ": "
                    + result.getThrowable().map(Throwable::toString).orElse("failed"));
        }
    }

    List<OperationOutcome> outcomes() {
        if (!broken.isEmpty()) {
            throw new IllegalStateException("a gate evaluation broke instead of deciding: " + broken);
        }
        List<OperationOutcome> outcomes = new ArrayList<>();
        byOperation.forEach((operation, fields) -> {
            if (fields.containsKey("verdict")) {
                outcomes.add(new OperationOutcome(
                        operation,
                        fields.get("verdict"),
                        number(fields.get("speedup")),
                        number(fields.get("resolution")),
                        number(fields.get("elapsed_s"))));
            }
        });
        return outcomes;
    }

    private static double number(String text) {
        return text == null || text.equals("n/a") ? Double.NaN : Double.parseDouble(text);
    }
}
