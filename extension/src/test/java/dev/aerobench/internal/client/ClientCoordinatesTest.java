package dev.aerobench.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.aerobench.AerospikeBenchmark;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Client coordinates")
class ClientCoordinatesTest {

    @Test
    @DisplayName("read groupId:artifactId:version and print the same form back")
    void parsesThreeParts() {
        ClientCoordinates coordinates = ClientCoordinates.parse(" com.aerospike:aerospike-client-jdk21:9.0.4 ");

        assertThat(coordinates.groupId()).isEqualTo("com.aerospike");
        assertThat(coordinates.artifactId()).isEqualTo("aerospike-client-jdk21");
        assertThat(coordinates.version()).isEqualTo("9.0.4");
        assertThat(coordinates).hasToString("com.aerospike:aerospike-client-jdk21:9.0.4");
    }

    @Test
    @DisplayName("the documented defaults are valid coordinates")
    void defaultsParse() {
        assertThat(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_CANDIDATE).artifactId())
                .isEqualTo("aerospike-client-jdk21");
        assertThat(ClientCoordinates.parse(AerospikeBenchmark.DEFAULT_BASELINE).artifactId())
                .isEqualTo("aerospike-client-jdk8");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                "",
                "com.aerospike",
                "com.aerospike:aerospike-client-jdk21",
                "com.aerospike:aerospike-client-jdk21:jar:9.0.4",
                "a:b:c:d"
            })
    @DisplayName("reject a wrong number of parts and name the expected form")
    void rejectsWrongPartCount(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientCoordinates.parse(text))
                .withMessageContaining("'" + text + "'")
                .withMessageContaining("expected groupId:artifactId:version");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(
            strings = {
                ":aerospike-client-jdk21:9.0.4",
                "com.aerospike::9.0.4",
                "com.aerospike:a:",
                "com aerospike:a:1",
                "com.aerospike:a:[9.0,10.0)"
            })
    @DisplayName("reject empty or invalid parts and name the part")
    void rejectsBadParts(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ClientCoordinates.parse(text))
                .withMessageContaining("Malformed client coordinates")
                .withMessageMatching("(?s).*(groupId|artifactId|version) '.*")
                .withMessageContaining("expected groupId:artifactId:version");
    }
}
