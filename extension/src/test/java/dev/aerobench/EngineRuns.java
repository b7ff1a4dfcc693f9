package dev.aerobench;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs fixture test classes through the Jupiter engine, always against the embedded server. */
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
}
