package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Particle check")
class ParticleCheckTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @DisplayName("accepts what the clients send and refuses what would break a client reading it back")
    @CsvSource({
        "20, 9301a4037477 6fcb400c000000000000, true", // [1L, "two", 3.5] as the client encodes it
        "19, 82a2036101a2036 2a20378, true", // {a=1, b="x"}
        "19, 82c70001c0a2036101, true", // a key-ordered map: ext header, nil, then {a=1}
        "20, 90, true", // []
        "20, dc0001 01, true", // array16 of one
        "20, 9301, false", // truncated: 3 elements announced, 1 there
        "20, 0101, false", // two values where one is expected
        "20, c1, false", // the never-used type byte
        "20, ddffffffff, false", // four billion elements announced
        "20, d9ff61, false", // str8 of 255 bytes with 1 there
        "20, , false", // empty
        "1, 000000000000002a, true",
        "1, 2a, false", // integers are 8 bytes on the wire
        "17, 01, true",
        "23, 0000007b7d, true", // GeoJSON: flags, 0 cells, "{}"
        "23, 0000ff7b7d, false", // 255 cells announced, none there
        "99, 00, false" // no such particle type
    })
    void check(int particleType, String hex, boolean valid) {
        byte[] value = hex == null ? new byte[0] : HexFormat.of().parseHex(hex.replace(" ", ""));

        assertThat(ParticleCheck.isValid(particleType, value)).isEqualTo(valid);
    }
}
