package dev.aerobench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs fixture test classes through the Jupiter engine, always against the embedded server, and
 * reads what the runs published.
 */
final class EngineRuns {

    private EngineRuns() {}

    static EngineExecutionResults run(Class<?> testCase) {
        return run(testCase, Map.of());
    }

    static EngineExecutionResults run(Class<?> testCase, Map<String, String> configuration) {
        EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(testCase))
                .configurationParameter(BenchmarkConfiguration.SERVER, "embedded");
        configuration.forEach(builder::configurationParameter);
        return builder.execute();
    }

    /** The key-value pairs of every report entry the run published, in the order published. */
    static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(Event::getPayload)
                .flatMap(Optional::stream)
                .map(ReportEntry.class::cast)
                .map(ReportEntry::getKeyValuePairs)
                .toList();
    }
}
