package dev.aerobench;

import static dev.aerobench.AerospikeBenchmark.TEST_CLASSPATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Info;
import dev.aerobench.adapter.ClientAdapter;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

@DisplayName("@AerospikeBenchmark")
class AerospikeBenchmarkExtensionTest {

    @Test
    @DisplayName("hands the test a started server, both adapters and a plan")
    void resolvesParameters() {
        EngineExecutionResults results = EngineRuns.run(ParametersTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(finishedSuccessfully()));
    }

    @Test
    @DisplayName("passes a gate the candidate clearly meets")
    void passingGate() {
        EngineExecutionResults results = EngineRuns.run(PassingGateTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(finishedSuccessfully()));
        assertThat(EngineRuns.reportEntries(results))
                .anySatisfy(entry -> assertThat(entry).containsValue("PASS"));
    }

    @Test
    @DisplayName("fails the test when an injected slowdown makes the candidate slower than minSpeedup")
    void failingSpeedupGate() {
        EngineExecutionResults results = EngineRuns.run(SlowCandidateTestCase.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(AssertionFailedError.class),
                                message(text -> text.contains("regression")
                                        && text.contains("minSpeedup")
                                        && text.contains("candidate: delayed")
                                        && text.contains("server:    embedded")
                                        && text.contains("Avg Latency")))));
    }

    @Test
    @DisplayName("opens fresh clients for every fork: a slowness stuck in one client instance does not fail the test")
    void freshClientsPerFork() {
        SlowFirstClientAdapter.reset();
        EngineExecutionResults results = EngineRuns.run(SlowFirstClientTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(0));
        assertThat(EngineRuns.reportEntries(results))
                .anySatisfy(entry -> assertThat(entry).containsKey("aerobench.get.forks"));
        int forks = EngineRuns.reportEntries(results).stream()
                .filter(entry -> entry.containsKey("aerobench.get.forks"))
                .mapToInt(entry -> Integer.parseInt(entry.get("aerobench.get.forks")))
                .findFirst()
                .orElseThrow();
        assertThat(forks).as("the slow instance's fork alone could not decide").isGreaterThan(5);
        assertThat(SlowFirstClientAdapter.OPENED)
                .as("candidate clients opened: the test's, then one per later fork")
                .hasValue(forks);
        assertThat(SlowFirstClientAdapter.CLOSED).as("candidate clients closed").hasValue(forks);
    }

    @Test
    @DisplayName("aborts the test, with the reason, when forks run out before the interval clears the line")
    void inconclusiveWhenUndecided() {
        SlowFirstClientAdapter.reset();
        EngineExecutionResults results = EngineRuns.run(
                SlowFirstClientTestCase.class,
                Map.of(BenchmarkConfiguration.FORKS, "2", BenchmarkConfiguration.MAX_FORKS, "2"));

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(abortedWithReason(
                                instanceOf(TestAbortedException.class),
                                message(text -> text.contains("inconclusive")
                                        && text.contains("straddles minSpeedup 0.500x")
                                        && text.contains("undecided after the most forks allowed, 2")))));
        assertThat(SlowFirstClientAdapter.CLOSED).as("candidate clients closed").hasValue(2);
    }

    @Test
    @DisplayName("fails the test when the candidate's p99 is above maxP99Millis")
    void failingP99Gate() {
        EngineExecutionResults results = EngineRuns.run(SlowP99TestCase.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(AssertionFailedError.class),
                                message(text -> text.contains("maxP99Millis")))));
    }

    @Test
    @DisplayName("removes what it wrote from an external server, also when the gate fails")
    void cleansUpExternalServer() {
        try (EmbeddedAerospikeServer external = EmbeddedAerospikeServer.start()) {
            EngineExecutionResults results = EngineRuns.run(
                    SlowCandidateTestCase.class,
                    Map.of(
                            BenchmarkConfiguration.SERVER, "external",
                            BenchmarkConfiguration.HOST, external.host(),
                            BenchmarkConfiguration.PORT, String.valueOf(external.port())));

            results.testEvents().assertStatistics(stats -> stats.failed(1));
            assertThat(external.acceptedConnections()).isPositive();
            assertThat(external.recordCount("test")).isZero();
        }
    }

    @Test
    @DisplayName("creates the query operations' index and drops it with the records, on an external server")
    void queryIndexLifecycle() {
        try (EmbeddedAerospikeServer external = EmbeddedAerospikeServer.start();
                AerospikeClient client = new AerospikeClient(external.host(), external.port())) {
            EngineExecutionResults results = EngineRuns.run(
                    QueryTestCase.class,
                    Map.of(
                            BenchmarkConfiguration.SERVER, "external",
                            BenchmarkConfiguration.HOST, external.host(),
                            BenchmarkConfiguration.PORT, String.valueOf(external.port())));

            results.testEvents().assertStatistics(stats -> stats.started(1).failed(0));
            assertThat(EngineRuns.reportEntries(results))
                    .anySatisfy(entry -> assertThat(entry.keySet()).anyMatch(key -> key.contains("query")));
            assertThat(Info.request(client.getNodes()[0], "sindex-list:ns=test"))
                    .isEmpty();
            assertThat(external.recordCount("test")).isZero();
        }
    }

    @Test
    @DisplayName("names the index, the operations that need it and the fix when it cannot be created")
    void indexCreationRefused() {
        EngineExecutionResults results = EngineRuns.run(NoIndexTestCase.class);

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(message(text -> text.contains("creating the secondary index")
                                && text.contains("QUERY and QUERY_ASYNC need")
                                && text.contains("role violation")
                                && text.contains("sindex-admin")))));
        Throwable failure = results.testEvents()
                .failed()
                .list()
                .get(0)
                .getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
        assertThat(failure.getSuppressed())
                .noneMatch(suppressed -> suppressed.getMessage().contains("drop"));
    }

    @Test
    @DisplayName("does not fail an A/A run of the same client")
    void sameClientRunDoesNotFail() {
        EngineExecutionResults results = EngineRuns.run(SameClientTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(0));
    }

    @Test
    @DisplayName("measures an operation the test adds through its BenchmarkPlan")
    void customOperation() {
        EngineExecutionResults results = EngineRuns.run(CustomOperationTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(finishedSuccessfully()));
        assertThat(EngineRuns.reportEntries(results))
                .anySatisfy(entry -> assertThat(entry.keySet())
                        .anyMatch(key -> key.contains("find_user") || key.contains("find user")));
    }

    @Test
    @DisplayName("compares the default jdk21 candidate with the jdk8 baseline, each in its own class loader")
    void defaultArms() {
        EngineExecutionResults results = EngineRuns.run(DefaultArmsTestCase.class);

        results.testEvents().assertThatEvents().haveExactly(1, event(finishedSuccessfully()));
    }

    @Test
    @DisplayName("on a class, makes every test method of the class a benchmark")
    void classLevelAnnotation() {
        EngineExecutionResults results = EngineRuns.run(ClassLevelTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(EngineRuns.reportEntries(results).stream()
                        .filter(entry -> entry.containsKey("aerobench.get.verdict")))
                .hasSize(2);
    }

    @Test
    @DisplayName("works through an annotation of the user's own, composed with @AerospikeBenchmark")
    void composedAnnotation() {
        EngineExecutionResults results = EngineRuns.run(ComposedAnnotationTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(EngineRuns.reportEntries(results))
                .anySatisfy(entry -> assertThat(entry).containsKey("aerobench.put.verdict"));
    }

    @AerospikeBenchmark(
            operations = Operation.GET,
            count = 20,
            warmup = 0,
            forks = 2,
            maxForks = 2,
            candidate = TEST_CLASSPATH,
            baseline = TEST_CLASSPATH,
            allowSameClient = true)
    static class ClassLevelTestCase {
        @Test
        void first() {}

        @Test
        void second() {}
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @AerospikeBenchmark(
            operations = Operation.PUT,
            count = 20,
            warmup = 0,
            forks = 2,
            maxForks = 2,
            candidate = TEST_CLASSPATH,
            baseline = TEST_CLASSPATH,
            allowSameClient = true)
    @interface QuickPutGate {}

    static class ComposedAnnotationTestCase {
        @QuickPutGate
        void composed() {}
    }

    static class ParametersTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 20,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void benchmark(
                BenchmarkServer server,
                @Candidate ClientAdapter candidate,
                @Baseline ClientAdapter baseline,
                BenchmarkPlan plan) {
            assertThat(server.kind()).isEqualTo(ServerKind.EMBEDDED);
            assertThat(server.namespace()).isEqualTo("test");
            assertThat(candidate).isNotSameAs(baseline);
            assertThat(plan.set()).startsWith("aerobench_");
            candidate.put(plan.set(), "written-by-candidate", Map.of("answer", 42L));
            assertThat(baseline.get(plan.set(), "written-by-candidate")).containsEntry("answer", 42L);
            baseline.delete(plan.set(), "written-by-candidate");
        }
    }

    static class PassingGateTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 50,
                warmup = 10,
                forks = 3,
                minSpeedup = 1.0,
                candidate = TEST_CLASSPATH,
                baselineAdapter = DelayedClientAdapter.class)
        void candidateIsFaster() {}
    }

    static class SlowCandidateTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 50,
                warmup = 10,
                forks = 3,
                minSpeedup = 0.9,
                candidateAdapter = DelayedClientAdapter.class,
                baseline = TEST_CLASSPATH)
        void candidateIsSlower() {}
    }

    static class SlowFirstClientTestCase {
        @AerospikeBenchmark(
                operations = Operation.GET,
                count = 50,
                warmup = 10,
                forks = 3,
                minSpeedup = 0.5,
                candidateAdapter = SlowFirstClientAdapter.class,
                baseline = TEST_CLASSPATH)
        void firstCandidateClientIsSlower() {}
    }

    static class SlowP99TestCase {
        @AerospikeBenchmark(
                operations = Operation.PUT,
                count = 50,
                warmup = 10,
                forks = 3,
                maxP99Millis = 2.0,
                candidateAdapter = DelayedClientAdapter.class,
                baseline = TEST_CLASSPATH)
        void candidateP99IsTooHigh() {}
    }

    static class QueryTestCase {
        @AerospikeBenchmark(
                operations = {Operation.QUERY, Operation.QUERY_ASYNC},
                count = 40,
                warmup = 10,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void queries() {}
    }

    static class NoIndexTestCase {
        @AerospikeBenchmark(
                operations = Operation.QUERY,
                count = 20,
                warmup = 0,
                forks = 2,
                maxForks = 2,
                candidateAdapter = NoIndexClientAdapter.class,
                baseline = TEST_CLASSPATH)
        void queries() {}
    }

    static class SameClientTestCase {
        @AerospikeBenchmark(
                operations = {Operation.GET, Operation.PUT},
                count = 200,
                warmup = 100,
                forks = 3,
                minSpeedup = 0.5,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void aToA() {}
    }

    static class CustomOperationTestCase {
        @AerospikeBenchmark(
                operations = {},
                count = 30,
                warmup = 5,
                forks = 2,
                maxForks = 2,
                candidate = TEST_CLASSPATH,
                baseline = TEST_CLASSPATH,
                allowSameClient = true)
        void addsItsOwn(BenchmarkPlan plan) {
            plan.add("find user", (arm, i) -> arm.adapter().get(arm.set(), arm.key(i)));
        }
    }

    static class DefaultArmsTestCase {
        @AerospikeBenchmark(
                operations = {Operation.GET, Operation.GET_CONCURRENT},
                count = 50,
                warmup = 10,
                forks = 2,
                maxForks = 2)
        void jdk21AgainstJdk8(@Candidate ClientAdapter candidate, @Baseline ClientAdapter baseline) {
            assertThat(candidate.identity()).contains("jdk21");
            assertThat(baseline.identity()).contains("jdk8");
            assertThat(candidate.getClass()).isNotSameAs(baseline.getClass());
        }
    }
}
