package dev.aerobench;

import static dev.aerobench.AerospikeBenchmark.TEST_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("@AerospikeBenchmark configuration errors")
class ConfigurationErrorTest {

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(Map.of(BenchmarkConfiguration.COUNT, "0"), "count > 0"),
                Arguments.of(Map.of(BenchmarkConfiguration.COUNT, "lots"), "not a whole number"),
                Arguments.of(Map.of(BenchmarkConfiguration.CONCURRENCY, "-5"), "concurrency > 0"),
                Arguments.of(Map.of(BenchmarkConfiguration.FORKS, "1"), "forks >= 2"),
                Arguments.of(
                        Map.of("aerobench.trials", "20"), "aerobench.trials='20', a setting aerobench no longer has"),
                Arguments.of(
                        Map.of(BenchmarkConfiguration.FORKS, "4", BenchmarkConfiguration.MAX_FORKS, "3"),
                        "maxForks >= forks"),
                Arguments.of(Map.of(BenchmarkConfiguration.TIME_BUDGET_SECONDS, "0"), "timeBudgetSeconds > 0"),
                Arguments.of(Map.of(BenchmarkConfiguration.MIN_SPEEDUP, "NaN"), "minSpeedup >= 0"),
                Arguments.of(Map.of(BenchmarkConfiguration.MIN_SPEEDUP, "Infinity"), "a finite minSpeedup"),
                Arguments.of(Map.of(BenchmarkConfiguration.MAX_P99_MILLIS, "-1"), "maxP99Millis >= 0"),
                Arguments.of(Map.of("aerobench.put.maxP99Millis", "0"), "maxP99Millis 0 for PUT, a limit every"),
                Arguments.of(Map.of("aerobench.get.minSpeedup", "-0.5"), "minSpeedup >= 0 for GET"),
                Arguments.of(Map.of(BenchmarkConfiguration.OPERATIONS, "GET,TELEPORT"), "unknown operation 'TELEPORT'"),
                Arguments.of(Map.of(BenchmarkConfiguration.SERVER, "mainframe"), "auto, external, container, embedded"),
                Arguments.of(
                        Map.of(BenchmarkConfiguration.CANDIDATE, "com.example.nothing:no-such-client:0.0.1"),
                        "com.example.nothing:no-such-client:0.0.1"),
                Arguments.of(Map.of(BenchmarkConfiguration.CANDIDATE, "not coordinates"), "cannot load its candidate"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSettings")
    @DisplayName("fails fast with a message that names the setting")
    void badSetting(Map<String, String> configuration, String expected) {
        EngineExecutionResults results = EngineRuns.run(MinimalTestCase.class, configuration);

        assertConfigurationError(results, expected);
    }

    @Test
    @DisplayName("refuses to compare a client with itself unless an A/A run is asked for")
    void sameJarTwice() {
        EngineExecutionResults results = EngineRuns.run(SameClientTwiceTestCase.class);

        assertConfigurationError(results, "compares a client with itself");
    }

    @Test
    @DisplayName("refuses a run that measures nothing")
    void nothingToMeasure() {
        EngineExecutionResults results = EngineRuns.run(NothingToMeasureTestCase.class);

        assertConfigurationError(results, "measures nothing");
    }

    @Test
    @DisplayName("says that a container needs Docker when one is forced without it")
    void containerWithoutDocker() {
        assumeTrue(
                ContainerServer.check(BenchmarkConfiguration.DEFAULT_CONTAINER_IMAGE, System::getenv)
                        instanceof ContainerServer.NoDocker,
                "Docker answers here: the container path is tested by ContainerPathIT");

        EngineExecutionResults results =
                EngineRuns.run(MinimalTestCase.class, Map.of(BenchmarkConfiguration.SERVER, "container"));

        assertConfigurationError(results, "needs Docker");
    }

    @Test
    @DisplayName("gives up on an unreachable external server within a bounded time")
    void unreachableExternalServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Instant start = Instant.now();

        EngineExecutionResults results = EngineRuns.run(
                MinimalTestCase.class,
                Map.of(
                        BenchmarkConfiguration.SERVER, "external",
                        BenchmarkConfiguration.HOST, "127.0.0.1",
                        BenchmarkConfiguration.PORT, String.valueOf(closedPort)));

        assertConfigurationError(results, "no Aerospike server answered at 127.0.0.1:" + closedPort);
        assertThat(Duration.between(start, Instant.now())).isLessThan(ServerProvider.EXTERNAL_TIMEOUT.multipliedBy(3));
    }

    private static void assertConfigurationError(EngineExecutionResults results, String expected) {
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ExtensionConfigurationException.class),
                                message(text -> text.contains(expected)))));
    }

    static class MinimalTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 10,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void benchmark() {}
    }

    static class SameClientTwiceTestCase {
        @AerospikeBenchmark(operations = Operation.GET, candidate = TEST_CLASSPATH, baseline = TEST_CLASSPATH)
        void benchmark() {}
    }

    static class NothingToMeasureTestCase {
        @AerospikeBenchmark(
                operations = {},
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void benchmark() {}
    }
}
