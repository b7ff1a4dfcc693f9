package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JMH result format")
class JmhResultFormatTest {

    private static final String PUT_CANDIDATE = SampleRuns.UPGRADE + ".upgrade:put[candidate]";

    private final String written = new JmhResultFormat(SampleRuns.JVM).format(SampleRuns.run());
    private final JsonNode results = SampleRuns.parse(written);

    @Test
    @DisplayName("writes the run as in the golden file")
    void golden() {
        GoldenFiles.assertMatches(written, "jmh-result.json");
    }

    @Test
    @DisplayName("has one avgt entry per operation and arm, named test class, method, operation and arm")
    void entries() {
        assertThat(names())
                .containsExactly(
                        PUT_CANDIDATE,
                        SampleRuns.UPGRADE + ".upgrade:put[baseline]",
                        SampleRuns.UPGRADE + ".upgrade:get_async_concurrent[candidate]",
                        SampleRuns.UPGRADE + ".upgrade:get_async_concurrent[baseline]",
                        SampleRuns.UPGRADE + "$Nested.scan:scan[candidate]",
                        SampleRuns.UPGRADE + "$Nested.scan:scan[baseline]");
        for (JsonNode entry : results) {
            assertThat(entry.get("mode").asText()).isEqualTo("avgt");
            assertThat(entry.get("primaryMetric").get("scoreUnit").asText()).isEqualTo("us/op");
            assertThat(entry.get("jvm").asText()).isEqualTo("/opt/jdk/bin/java");
            assertThat(entry.get("jvmArgs").isArray()).isTrue();
            assertThat(entry.has("params"))
                    .as("JMH writes no params for a benchmark without them")
                    .isFalse();
        }
        assertThat(results.get(2).get("threads").asInt()).as("in flight").isEqualTo(50);
        assertThat(results.get(0).get("threads").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("scores a fork as one iteration: the mean of the fork means, with JMH's 99.9% error")
    void score() {
        JsonNode metric = results.get(0).get("primaryMetric");

        assertThat(results.get(0).get("forks").asInt()).isEqualTo(2);
        assertThat(results.get(0).get("measurementIterations").asInt()).isEqualTo(1);
        assertThat(results.get(0).get("measurementBatchSize").asInt()).isEqualTo(1000);
        assertThat(metric.get("score").asDouble()).isCloseTo(312.0, within(1e-9));
        // Fork means 310 and 314 µs: standard error 2 µs; Student t at 99.9% with 1 degree of freedom, 636.619.
        assertThat(metric.get("scoreError").asDouble()).isCloseTo(2 * 636.619, within(0.01));
        assertThat(metric.get("scoreConfidence").get(0).asDouble()).isCloseTo(312.0 - 2 * 636.619, within(0.01));
        assertThat(metric.get("scoreConfidence").get(1).asDouble()).isCloseTo(312.0 + 2 * 636.619, within(0.01));
        assertThat(metric.get("rawData").toString()).isEqualTo("[[310],[314]]");
    }

    @Test
    @DisplayName("writes JMH's percentiles of the fork means under JMH's keys")
    void percentiles() {
        JsonNode percentiles = results.get(0).get("primaryMetric").get("scorePercentiles");
        List<String> keys = new ArrayList<>();
        percentiles.fieldNames().forEachRemaining(keys::add);

        assertThat(keys)
                .containsExactly("0.0", "50.0", "90.0", "95.0", "99.0", "99.9", "99.99", "99.999", "99.9999", "100.0");
        assertThat(percentiles.get("0.0").asDouble()).isEqualTo(310.0);
        assertThat(percentiles.get("50.0").asDouble()).isEqualTo(312.0);
        assertThat(percentiles.get("100.0").asDouble()).isEqualTo(314.0);
    }

    @Test
    @DisplayName("is what github-action-benchmark's jmh extractor reads: a name, a numeric score and its unit")
    void githubActionBenchmarkReadsIt() {
        for (JsonNode entry : results) {
            // extract.ts: name = benchmark (+ params when present), value = primaryMetric.score, unit = scoreUnit.
            assertThat(entry.get("benchmark").isTextual()).isTrue();
            assertThat(entry.get("primaryMetric").get("score").isNumber()).isTrue();
            assertThat(entry.get("primaryMetric").get("scoreUnit").isTextual()).isTrue();
            assertThat(entry.has("measurementIterations") && entry.has("forks") && entry.has("threads"))
                    .isTrue();
        }
    }

    @Test
    @DisplayName(
            "is what Bencher's java_jmh adapter reads where the forks allow an error: numbers, an x/op unit, no secondary metrics")
    void bencherReadsIt() {
        for (JsonNode entry : results) {
            JsonNode metric = entry.get("primaryMetric");
            String unit = metric.get("scoreUnit").asText();
            assertThat(unit).endsWith("/op");
            assertThat(Set.of("ns", "us", "ms", "s")).contains(unit.substring(0, unit.length() - "/op".length()));
            assertThat(entry.get("secondaryMetrics").isObject()).isTrue();
            assertThat(entry.get("secondaryMetrics").size()).isZero();
            if (entry.get("forks").asInt() >= 2) {
                assertThat(metric.get("score").isNumber()).isTrue();
                assertThat(metric.get("scoreError").isNumber()).isTrue();
            }
        }
    }

    @Test
    @DisplayName("writes an undefined error as JMH does, \"NaN\", never as 0")
    void undefinedError() {
        JsonNode scan = results.get(4).get("primaryMetric");

        assertThat(results.get(4).get("forks").asInt()).isEqualTo(1);
        assertThat(scan.get("score").asDouble()).isEqualTo(12.0);
        assertThat(scan.get("scoreError").asText()).isEqualTo("NaN");
        assertThat(scan.get("scoreConfidence").toString()).isEqualTo("[\"NaN\",\"NaN\"]");
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        results.forEach(entry -> names.add(entry.get("benchmark").asText()));
        return names;
    }
}
