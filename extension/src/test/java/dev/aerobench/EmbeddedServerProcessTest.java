package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded server in a JVM of its own")
class EmbeddedServerProcessTest {

    @Test
    @DisplayName("serves the namespace from a child process, which ends when closed")
    void servesAndStops() throws Exception {
        ProcessHandle child;
        try (EmbeddedServerProcess server = EmbeddedServerProcess.start("test")) {
            Map<String, String> info =
                    InfoProbe.request(server.host(), server.port(), Duration.ofSeconds(5), "namespaces");
            assertThat(info).containsEntry("namespaces", "test");
            assertThat(ProcessHandle.current().children())
                    .as("the server runs in a child process, not in this JVM")
                    .isNotEmpty();
            child = ProcessHandle.current().children().findFirst().orElseThrow();
        }
        child.onExit().get();
        assertThat(child.isAlive()).isFalse();
    }

    @Test
    @DisplayName("is what an embedded run uses by default, and the test JVM's own server on request")
    void defaultIsOwnJvm() {
        EngineRuns.run(ServerVersionTestCase.class).testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(ServerVersionTestCase.version).endsWith(", own JVM");

        EngineRuns.run(
                        ServerVersionTestCase.class,
                        Map.of(BenchmarkConfiguration.EMBEDDED_JVM, BenchmarkConfiguration.EMBEDDED_JVM_SAME))
                .testEvents()
                .assertStatistics(stats -> stats.succeeded(1));
        assertThat(ServerVersionTestCase.version).doesNotContain("own JVM");
    }

    @Test
    @DisplayName("refuses an unknown place for the embedded server, saying which are known")
    void unknownJvm() {
        EngineRuns.run(ServerVersionTestCase.class, Map.of(BenchmarkConfiguration.EMBEDDED_JVM, "cloud"))
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(text -> text.contains("aerobench.embedded.jvm='cloud'")
                                && text.contains("own")
                                && text.contains("same")))));
    }

    static class ServerVersionTestCase {
        static volatile String version;

        @AerospikeBenchmark(
                operations = {},
                count = 10,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = AerospikeBenchmark.TEST_CLASSPATH,
                baseline = AerospikeBenchmark.TEST_CLASSPATH,
                allowSameClient = true)
        void recordsTheServer(BenchmarkServer server, BenchmarkPlan plan) {
            version = server.version();
            plan.add("get", (arm, i) -> arm.adapter().get(arm.set(), arm.key(i)));
        }
    }
}
