package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BenchmarkConfiguration")
class BenchmarkConfigurationTest {

    private static final ClassLoader LOADER = BenchmarkConfigurationTest.class.getClassLoader();

    @Test
    @DisplayName("names the operation-specific form of a threshold key")
    void forOperation() {
        assertThat(BenchmarkConfiguration.forOperation(Operation.BATCH_GET, BenchmarkConfiguration.MAX_P99_MILLIS))
                .isEqualTo("aerobench.batch_get.maxP99Millis");
    }

    @Test
    @DisplayName("returns a client arm in the form aerobench reads it: coordinates, 'classpath' or an adapter class")
    void clientArm() {
        assertThat(BenchmarkConfiguration.clientArm(" com.aerospike:aerospike-client-jdk8:9.2.0 ", LOADER))
                .isEqualTo("com.aerospike:aerospike-client-jdk8:9.2.0");
        assertThat(BenchmarkConfiguration.clientArm("ClassPath", LOADER)).isEqualTo(AerospikeBenchmark.TEST_CLASSPATH);
        assertThat(BenchmarkConfiguration.clientArm(DelayedClientAdapter.class.getName(), LOADER))
                .isEqualTo(DelayedClientAdapter.class.getName());
    }

    @Test
    @DisplayName("refuses a client arm in none of the three forms, or a class that is no adapter")
    void refusesBadClientArm() {
        assertThatThrownBy(() -> BenchmarkConfiguration.clientArm("aerospike-client-jdk21", LOADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neither 'classpath', nor Maven coordinates");
        assertThatThrownBy(() -> BenchmarkConfiguration.clientArm("com.aerospike:aerospike-client-jdk21", LOADER))
                .hasMessageContaining("Malformed client coordinates");
        assertThatThrownBy(() -> BenchmarkConfiguration.clientArm(String.class.getName(), LOADER))
                .hasMessageContaining("does not implement dev.aerobench.adapter.ClientAdapter");
    }
}
