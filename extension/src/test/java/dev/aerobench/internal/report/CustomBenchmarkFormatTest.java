package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("github-action-benchmark custom formats")
class CustomBenchmarkFormatTest {

    private final String smaller = CustomBenchmarkFormat.smallerIsBetter().format(SampleRuns.run());
    private final String bigger = CustomBenchmarkFormat.biggerIsBetter().format(SampleRuns.run());

    @Test
    @DisplayName("writes the run as in the golden files")
    void golden() {
        GoldenFiles.assertMatches(smaller, "custom-smaller-is-better.json");
        GoldenFiles.assertMatches(bigger, "custom-bigger-is-better.json");
    }

    @Test
    @DisplayName("writes arrays of {name, unit, value, range, extra} as the action's schema requires")
    void schema() {
        for (String written : List.of(smaller, bigger)) {
            JsonNode benches = SampleRuns.parse(written);
            assertThat(benches.isArray()).isTrue();
            for (JsonNode bench : benches) {
                // extract.ts: name, unit: strings; value: a number; range, extra: optional strings.
                assertThat(bench.get("name").isTextual()).isTrue();
                assertThat(bench.get("unit").isTextual()).isTrue();
                assertThat(bench.get("value").isNumber())
                        .as("value of %s", bench.get("name"))
                        .isTrue();
                List<String> fields = new ArrayList<>();
                bench.fieldNames().forEachRemaining(fields::add);
                assertThat(fields).isSubsetOf("name", "unit", "value", "range", "extra");
                for (String optional : List.of("range", "extra")) {
                    assertThat(!bench.has(optional) || bench.get(optional).isTextual())
                            .isTrue();
                }
            }
        }
    }

    @Test
    @DisplayName("lists every arm's latency in µs, smaller is better")
    void latency() {
        JsonNode benches = SampleRuns.parse(smaller);

        assertThat(benches).hasSize(6);
        JsonNode put = benches.get(0);
        assertThat(put.get("name").asText()).isEqualTo(SampleRuns.UPGRADE + ".upgrade:put[candidate]");
        assertThat(put.get("unit").asText()).isEqualTo("us");
        assertThat(put.get("value").asDouble()).isEqualTo(312.0);
        assertThat(put.get("range").asText()).isEqualTo("± 25.412");
        assertThat(put.get("extra").asText()).contains("aerospike-client-jdk21 9.0.4", "p99: 0.902ms", "verdict: PASS");
    }

    @Test
    @DisplayName("lists throughput and each operation's speedup, bigger is better, leaving out what is undefined")
    void throughputAndSpeedup() {
        JsonNode benches = SampleRuns.parse(bigger);
        List<String> names = new ArrayList<>();
        benches.forEach(bench -> names.add(bench.get("name").asText()));

        assertThat(names)
                .containsExactly(
                        SampleRuns.UPGRADE + ".upgrade:put[candidate]",
                        SampleRuns.UPGRADE + ".upgrade:put[baseline]",
                        SampleRuns.UPGRADE + ".upgrade:put speedup",
                        SampleRuns.UPGRADE + ".upgrade:get_async_concurrent[candidate]",
                        SampleRuns.UPGRADE + ".upgrade:get_async_concurrent[baseline]",
                        SampleRuns.UPGRADE + ".upgrade:get_async_concurrent speedup",
                        SampleRuns.UPGRADE + "$Nested.scan:scan[candidate]",
                        SampleRuns.UPGRADE + "$Nested.scan:scan speedup");
        JsonNode putSpeedup = benches.get(2);
        assertThat(putSpeedup.get("unit").asText()).isEqualTo("x");
        assertThat(putSpeedup.get("value").asDouble()).isEqualTo(1.881);
        assertThat(putSpeedup.get("range").asText()).isEqualTo("1.8500..1.9100");
        assertThat(benches.get(0).get("value").asDouble()).isCloseTo(2000 / 0.62404, within(1e-6));
        assertThat(benches.get(7).has("range")).as("one fork: no interval").isFalse();
    }
}
