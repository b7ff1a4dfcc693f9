package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.internal.measure.MeasurementPlan;
import dev.aerobench.internal.measure.Thresholds;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

@DisplayName("Benchmark settings")
class BenchmarkSettingsTest {

    @Test
    @DisplayName("take the annotation's attributes when nothing is configured")
    void annotationAttributes() {
        BenchmarkSettings settings = resolve("tuned", Map.of());

        assertThat(settings.operations()).containsExactly(Operation.PUT, Operation.GET_CONCURRENT);
        assertThat(settings.count()).isEqualTo(200);
        assertThat(settings.concurrency()).isEqualTo(8);
        assertThat(settings.minSpeedup(Operation.PUT)).isEqualTo(0.8);
        assertThat(settings.maxP99Millis(Operation.PUT)).isEqualTo(AerospikeBenchmark.NO_MAX_P99);
    }

    @Test
    @DisplayName("let a per-operation threshold in the annotation replace the global one there only")
    void perOperationAnnotationThreshold() {
        BenchmarkSettings settings = resolve("tuned", Map.of());

        assertThat(settings.maxP99Millis(Operation.GET_CONCURRENT)).isEqualTo(20.0);
        assertThat(settings.minSpeedup(Operation.GET_CONCURRENT)).isEqualTo(0.8);
    }

    @Test
    @DisplayName("let configuration parameters override the annotation, the operation-specific key first")
    void configurationOverrides() {
        BenchmarkSettings settings = resolve(
                "tuned",
                Map.of(
                        BenchmarkConfiguration.COUNT,
                        "5000",
                        BenchmarkConfiguration.MIN_SPEEDUP,
                        "0.7",
                        "aerobench.put.minSpeedup",
                        "0.95",
                        BenchmarkConfiguration.OPERATIONS,
                        "get, scan",
                        BenchmarkConfiguration.CANDIDATE,
                        "classpath"));

        assertThat(settings.count()).isEqualTo(5000);
        assertThat(settings.minSpeedup(Operation.PUT)).isEqualTo(0.95);
        assertThat(settings.minSpeedup(Operation.GET)).isEqualTo(0.7);
        assertThat(settings.globalMinSpeedup()).isEqualTo(0.7);
        assertThat(settings.operations()).containsExactly(Operation.GET, Operation.SCAN);
        assertThat(settings.candidate().coordinates()).isEqualTo("classpath");
    }

    @Test
    @DisplayName("let a configured arm override the annotation's adapter class, not only its coordinates")
    void configuredArmOverridesAdapterClass() {
        assertThat(resolve("customCandidate", Map.of()).candidate().usesAdapterClass())
                .isTrue();

        BenchmarkSettings settings =
                resolve("customCandidate", Map.of(BenchmarkConfiguration.CANDIDATE, "com.example:client:1.0"));

        assertThat(settings.candidate().usesAdapterClass()).isFalse();
        assertThat(settings.candidate().coordinates()).isEqualTo("com.example:client:1.0");
    }

    @Test
    @DisplayName("default to the seed suite's 1000 operations, concurrency 50 and the two official clients")
    void defaults() {
        BenchmarkSettings settings = resolve("plain", Map.of());

        assertThat(settings.count()).isEqualTo(1000);
        assertThat(settings.concurrency()).isEqualTo(50);
        assertThat(settings.candidate().coordinates()).isEqualTo(AerospikeBenchmark.DEFAULT_CANDIDATE);
        assertThat(settings.baseline().coordinates()).isEqualTo(AerospikeBenchmark.DEFAULT_BASELINE);
        assertThat(settings.server()).isEqualTo(ServerKind.AUTO);
    }

    @Test
    @DisplayName("give each operation its finished plan: a scan runs count / 50 times, and warms up warmup / 50")
    void plans() {
        BenchmarkSettings settings = resolve(
                "plain",
                Map.of(
                        BenchmarkConfiguration.WARMUP, "500",
                        BenchmarkConfiguration.SEED, "7",
                        BenchmarkConfiguration.FORKS, "4",
                        BenchmarkConfiguration.MAX_FORKS, "40",
                        BenchmarkConfiguration.TIME_BUDGET_SECONDS, "12"));

        Duration budget = Duration.ofSeconds(12);
        assertThat(settings.plan(Operation.GET)).isEqualTo(new MeasurementPlan(500, 1000, 4, 40, budget, 50, 7));
        assertThat(settings.plan(Operation.SCAN)).isEqualTo(new MeasurementPlan(10, 20, 4, 40, budget, 50, 7));
        assertThat(settings.customPlan()).isEqualTo(settings.plan(Operation.GET));
        assertThat(resolve("plain", Map.of()).plan(Operation.SCAN).warmupOps())
                .isEqualTo(AerospikeBenchmark.DEFAULT_WARMUP / 50);
    }

    @Test
    @DisplayName("give each operation its finished thresholds, 'no gate' spelled as in the annotation")
    void thresholds() {
        BenchmarkSettings settings = resolve("tuned", Map.of());

        assertThat(settings.thresholds(Operation.GET_CONCURRENT)).isEqualTo(new Thresholds(0.8, 20));
        assertThat(settings.thresholds(Operation.PUT)).isEqualTo(Thresholds.minSpeedup(0.8));
        assertThat(settings.customThresholds()).isEqualTo(Thresholds.minSpeedup(0.8));
        assertThat(resolve("plain", Map.of()).thresholds(Operation.GET)).isEqualTo(Thresholds.NONE);
    }

    @Test
    @DisplayName("build workloads whose mode is the operation's")
    void workloadModes() {
        ArmData arm = new ArmData("candidate", null, "set", resolve("plain", Map.of()));

        for (Operation operation : Operation.values()) {
            assertThat(OperationWorkloads.of(operation, arm).mode())
                    .as("%s", operation)
                    .isEqualTo(operation.mode());
        }
    }

    @Test
    @DisplayName("reject a count of zero in the annotation, naming the method and the fix")
    void invalidAnnotation() {
        assertThatThrownBy(() -> resolve("broken", Map.of()))
                .isInstanceOf(ExtensionConfigurationException.class)
                .hasMessageContaining("method [broken()] of Fixtures")
                .hasMessageContaining("count > 0 but count is 0")
                .hasMessageContaining("Set count to a positive number");
    }

    /** Benchmark methods to read settings from; never run (a nested class is not selected). */
    static class Fixtures {
        @AerospikeBenchmark(
                operations = {Operation.PUT, Operation.GET_CONCURRENT},
                count = 200,
                concurrency = 8,
                minSpeedup = 0.8,
                thresholds = @AerospikeBenchmark.Threshold(operation = Operation.GET_CONCURRENT, maxP99Millis = 20))
        void tuned() {}

        @AerospikeBenchmark
        void plain() {}

        @AerospikeBenchmark(count = 0)
        void broken() {}

        @AerospikeBenchmark(candidateAdapter = DelayedClientAdapter.class)
        void customCandidate() {}
    }

    static BenchmarkSettings resolve(String methodName, Map<String, String> configuration) {
        Method method;
        try {
            method = Fixtures.class.getDeclaredMethod(methodName);
        } catch (NoSuchMethodException missing) {
            throw new AssertionError(missing);
        }
        AerospikeBenchmark annotation = AnnotationSupport.findAnnotation(method, AerospikeBenchmark.class)
                .orElseThrow();
        return BenchmarkSettings.resolve(context(method, configuration), annotation);
    }

    /** The few methods of ExtensionContext that settings resolution reads. */
    static ExtensionContext context(Method method, Map<String, String> configuration) {
        return (ExtensionContext) Proxy.newProxyInstance(
                ExtensionContext.class.getClassLoader(),
                new Class<?>[] {ExtensionContext.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "getConfigurationParameter" -> Optional.ofNullable(configuration.get((String) args[0]));
                    case "getTestMethod" -> Optional.of(method);
                    case "getRequiredTestClass" -> method.getDeclaringClass();
                    default -> throw new UnsupportedOperationException(called.getName() + " " + List.of());
                });
    }
}
