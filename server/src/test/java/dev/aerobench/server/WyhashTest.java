package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The index hash matches the node's {@code cf_wyhash64} on every branch of the algorithm (empty, 1-3,
 * 4-16, 17-48 and over 48 bytes). Expected values were produced by compiling the node's
 * {@code cf_hash_math.h} (Aerospike CE 8.1.2.0) over bytes {@code (i * 7 + 3) & 0xFF}.
 */
@DisplayName("Wyhash: the node's hash of indexed strings and blobs")
class WyhashTest {

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({
        "0, -2723515086152880595",
        "1, -7280379200872920093",
        "2, 752611827225413213",
        "3, -4947106302203151011",
        "4, 8628981008887391465",
        "7, 381829157801204585",
        "8, 7310413528652169260",
        "15, -8139542334569069140",
        "16, -2026089535653529775",
        "17, 8231264143450866510",
        "32, 6089954499692849374",
        "48, 6897943854561207181",
        "49, 4727464356229490294",
        "96, 8857026617769185692",
        "97, -1611677666119034244",
        "150, -5912929382271188741"
    })
    void matchesTheNode(int length, long expected) {
        byte[] data = new byte[200];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + 3);
        }

        assertThat(Wyhash.hash64(data, 0, length)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "at offset {0}")
    @CsvSource({"0", "5", "37"})
    void readsFromItsOffset(int offset) {
        byte[] apple = "apple".getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[offset + apple.length + 3];
        System.arraycopy(apple, 0, padded, offset, apple.length);

        assertThat(Wyhash.hash64(padded, offset, apple.length)).isEqualTo(5873516816206310028L);
    }
}
