package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bencher Metric Format")
class BencherMetricFormatTest {

    private final String written = new BencherMetricFormat().format(SampleRuns.run());
    private final JsonNode benchmarks = SampleRuns.parse(written);

    @Test
    @DisplayName("writes the run as in the golden file")
    void golden() {
        GoldenFiles.assertMatches(written, "bencher.json");
    }

    @Test
    @DisplayName("follows the BMF schema: benchmark, measure, a numeric value and optional numeric bounds")
    void schema() {
        assertThat(benchmarks.isObject()).isTrue();
        assertThat(benchmarks.size()).isEqualTo(6);
        for (Map.Entry<String, JsonNode> benchmark : benchmarks.properties()) {
            assertThat(benchmark.getValue().isObject()).isTrue();
            for (Map.Entry<String, JsonNode> measure : benchmark.getValue().properties()) {
                assertThat(measure.getKey()).isIn("latency", "throughput");
                JsonNode metric = measure.getValue();
                assertThat(metric.get("value").isNumber())
                        .as("%s %s value", benchmark.getKey(), measure.getKey())
                        .isTrue();
                List<String> fields = new ArrayList<>();
                metric.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).isSubsetOf("value", "lower_value", "upper_value");
                for (String field : fields) {
                    assertThat(metric.get(field).isNumber()).isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("gives latency in ns and throughput in ops/s, each within its 95% interval over forks")
    void measures() {
        JsonNode put = benchmarks.get(SampleRuns.UPGRADE + ".upgrade:put[candidate]");

        JsonNode latency = put.get("latency");
        assertThat(latency.get("value").asDouble()).isEqualTo(312_000.0);
        // Fork means 310 and 314 µs: standard error 2 µs; Student t at 95% with 1 degree of freedom, 12.706.
        assertThat(latency.get("lower_value").asDouble()).isCloseTo(312_000 - 2_000 * 12.706, within(1.0));
        assertThat(latency.get("upper_value").asDouble()).isCloseTo(312_000 + 2_000 * 12.706, within(1.0));
        JsonNode throughput = put.get("throughput");
        // 1000 operations per fork in 312.00 and 312.04 ms: the arm's operations over its time.
        assertThat(throughput.get("value").asDouble()).isCloseTo(2000 / 0.62404, within(1e-6));
        assertThat(throughput.get("lower_value").asDouble())
                .isLessThan(throughput.get("value").asDouble());
        assertThat(throughput.get("upper_value").asDouble())
                .isGreaterThan(throughput.get("value").asDouble());
    }

    @Test
    @DisplayName("leaves out bounds it cannot compute and measures without a number, never writing 0 for them")
    void undefined() {
        JsonNode scanCandidate = benchmarks.get(SampleRuns.UPGRADE + "$Nested.scan:scan[candidate]");
        JsonNode scanBaseline = benchmarks.get(SampleRuns.UPGRADE + "$Nested.scan:scan[baseline]");

        assertThat(scanCandidate.get("latency").has("lower_value")).isFalse();
        assertThat(scanCandidate.get("latency").get("value").asDouble()).isEqualTo(12_000.0);
        assertThat(scanBaseline.has("throughput")).as("no time elapsed").isFalse();
        assertThat(written).doesNotContain("null", "NaN");
    }
}
