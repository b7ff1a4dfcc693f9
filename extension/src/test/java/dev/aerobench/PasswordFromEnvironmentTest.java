package dev.aerobench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * {@code AEROSPIKE_PASSWORD} takes the path {@code aerobench.password} takes (which
 * {@link MisbehavingServerTest} follows through every failure): it reaches the client, and no
 * description of the server or the connection, nor any failure to connect, shows it.
 */
@DisplayName("A password from AEROSPIKE_PASSWORD")
class PasswordFromEnvironmentTest {

    private static final String PASSWORD = "Env-9f3c-aerobench-secret";

    @Test
    @DisplayName("reaches the client's settings, and no description shows it")
    void reachesTheClientOnly() throws Exception {
        try (EmbeddedAerospikeServer server = EmbeddedAerospikeServer.start();
                ProvidedServer provided =
                        provider(server.host(), server.port(), "bench").start(ServerKind.EXTERNAL)) {
            ConnectionSettings settings = provided.connectionSettings(8);

            assertThat(settings.user()).isEqualTo("bench");
            assertThat(settings.password()).isEqualTo(PASSWORD);
            assertThat(settings.toString()).contains("password=****").doesNotContain(PASSWORD);
            assertThat(provided.describe()).doesNotContain(PASSWORD);
            assertThat(provided.toString()).doesNotContain(PASSWORD);
        }
    }

    @Test
    @DisplayName("is in no failure to reach a server that never answers, with or without a user")
    void notInFailures() throws Exception {
        try (MisbehavingServers.Listener silent = MisbehavingServers.silent()) {
            Throwable probeFailed = catchThrowable(
                    () -> provider(silent.host(), silent.port(), null).start(ServerKind.EXTERNAL));
            ProvidedServer secured =
                    provider(silent.host(), silent.port(), "bench").start(ServerKind.EXTERNAL);
            Throwable connectFailed = catchThrowable(() -> new OfficialClientAdapter(secured.connectionSettings(8)));

            assertThat(printed(probeFailed))
                    .contains("no Aerospike server answered")
                    .doesNotContain(PASSWORD);
            assertThat(printed(connectFailed)).contains("Cannot connect").doesNotContain(PASSWORD);
        }
    }

    private static ServerProvider provider(String host, int port, String user) throws NoSuchMethodException {
        Method method = BenchmarkSettingsTest.Fixtures.class.getDeclaredMethod("plain");
        ExtensionContext context = BenchmarkSettingsTest.context(method, Map.of());
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                BenchmarkConfiguration.ENV_HOST, host,
                BenchmarkConfiguration.ENV_PORT, String.valueOf(port),
                BenchmarkConfiguration.ENV_PASSWORD, PASSWORD));
        if (user != null) {
            environment.put(BenchmarkConfiguration.ENV_USER, user);
        }
        return new ServerProvider(new ConfigurationReader(context, environment::get), notice -> {});
    }

    private static String printed(Throwable thrown) {
        assertThat(thrown).isNotNull();
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
