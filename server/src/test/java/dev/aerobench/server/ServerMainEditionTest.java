package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Info;
import com.aerospike.client.policy.ClientPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --edition} picks the edition the standalone server answers as; Community is the default. */
@DisplayName("ServerMain --edition")
class ServerMainEditionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'', Aerospike Community Edition",
        "community, Aerospike Community Edition",
        "ENTERPRISE, Aerospike Enterprise Edition"
    })
    void editionOption(String option, String expected) {
        String[] args =
                option.isEmpty() ? new String[] {"--port", "0"} : new String[] {"--port", "0", "--edition", option};

        try (EmbeddedAerospikeServer server = ServerMain.parse(args).start();
                AerospikeClient client = new AerospikeClient(new ClientPolicy(), server.host(), server.port())) {
            assertThat(Info.request(null, client.getNodes()[0], "edition")).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("an unknown edition is refused with the values it takes")
    void unknownEdition() {
        assertThatThrownBy(() -> ServerMain.parse(new String[] {"--edition", "pro"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--edition must be community or enterprise but was 'pro'");
    }
}
