package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Bin;
import com.aerospike.client.Key;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The standalone server jar")
class StandaloneServerIT {

    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @Test
    @DisplayName("serves the official client from another process once it prints 'listening on'")
    void servesFromAnotherProcess() throws Exception {
        Path jar = Path.of(System.getProperty("aerobench.serverJar", "target/aerobench-server.jar"));
        assertThat(jar).as("built by ./mvnw package").exists();
        Process server = new ProcessBuilder(
                        javaExecutable(),
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0",
                        "--namespace",
                        "test",
                        "--namespace",
                        "bar")
                .redirectErrorStream(true)
                .start();
        try {
            int port = awaitListening(server);
            try (AerospikeClient client = new AerospikeClient("127.0.0.1", port)) {
                Key key = new Key("bar", "standalone", "k1");
                client.put(null, key, new Bin("answer", 42));
                assertThat(client.get(null, key).getInt("answer")).isEqualTo(42);
            }
        } finally {
            server.destroy();
            assertThat(server.waitFor(10, TimeUnit.SECONDS))
                    .as("server stops on SIGTERM")
                    .isTrue();
        }
    }

    @Test
    @DisplayName("explains a bad option and exits with status 2")
    void badOption() throws Exception {
        Path jar = Path.of(System.getProperty("aerobench.serverJar", "target/aerobench-server.jar"));
        Process server = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(), "--port", "many")
                .redirectErrorStream(true)
                .start();
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(2);
        assertThat(output).contains("--port needs a number").contains("Usage:");
    }

    @Test
    @DisplayName("with --parent, stops when that process ends")
    void stopsWithItsParent() throws Exception {
        Path jar = Path.of(System.getProperty("aerobench.serverJar", "target/aerobench-server.jar"));
        Process parent = new ProcessBuilder("sleep", "600").start();
        Process server = new ProcessBuilder(
                        javaExecutable(),
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0",
                        "--parent",
                        Long.toString(parent.pid()))
                .redirectErrorStream(true)
                .start();
        try {
            awaitListening(server);
            assertThat(server.isAlive()).isTrue();
            parent.destroy();
            assertThat(server.waitFor(20, TimeUnit.SECONDS))
                    .as("server exits once its parent has ended")
                    .isTrue();
        } finally {
            parent.destroyForcibly();
            server.destroyForcibly();
        }
    }

    private static int awaitListening(Process server) throws Exception {
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        return Integer.parseInt(matcher.group(1));
                    }
                }
                throw new IllegalStateException("the server exited without printing 'listening on'");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return port.get(30, TimeUnit.SECONDS);
    }

    private static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }
}
