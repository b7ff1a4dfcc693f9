package dev.aerobench;

import dev.aerobench.server.EmbeddedAerospikeServer;
import dev.aerobench.server.ServerMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded server in a JVM of its own ({@link ServerMain}), started from the same jar (or
 * classes directory) the test's {@link EmbeddedAerospikeServer} comes from, with the test JVM's
 * {@code java}. Its garbage and its collections stay out of the JVM that measures the clients,
 * where they would otherwise land in whichever arm's block is running. It exits when closed, and
 * on its own when the test JVM ends ({@code --parent}).
 */
final class EmbeddedServerProcess implements AutoCloseable {

    /** How long the server may take to print {@code listening on}. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private static final Pattern LISTENING = Pattern.compile("listening on ([^\\s:]+):(\\d+)");

    private final Process process;
    private final String host;
    private final int port;

    private EmbeddedServerProcess(Process process, String host, int port) {
        this.process = process;
        this.host = host;
        this.port = port;
    }

    /** Starts a server for {@code namespace} on a free port of 127.0.0.1 and waits until it listens. */
    static EmbeddedServerProcess start(String namespace) {
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-cp",
                serverClassPath(),
                ServerMain.class.getName(),
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--namespace",
                namespace,
                "--parent",
                Long.toString(ProcessHandle.current().pid())));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException cannotStart) {
            throw new UncheckedIOException(
                    "aerobench could not start the embedded server's JVM: " + command, cannotStart);
        }
        // A thread of its own: the read may block until the timeout, which must not hold a pool thread.
        CompletableFuture<Matcher> listening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("aerobench-server-output").start(() -> {
            try {
                listening.complete(awaitListening(process));
            } catch (RuntimeException broken) {
                listening.completeExceptionally(broken);
            }
        });
        try {
            Matcher address = listening.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new EmbeddedServerProcess(process, address.group(1), Integer.parseInt(address.group(2)));
        } catch (ExecutionException ended) {
            stopForcibly(process);
            throw new IllegalStateException(
                    ended.getCause().getMessage() + " (exit status " + exitStatus(process)
                            + "); run it by hand to see why: " + String.join(" ", command),
                    ended.getCause());
        } catch (InterruptedException | TimeoutException notListening) {
            stopForcibly(process);
            if (notListening instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException(
                    "the embedded server's JVM did not print 'listening on' within " + START_TIMEOUT.toSeconds()
                            + " s; run it by hand to see why: " + String.join(" ", command),
                    notListening);
        }
    }

    private static void stopForcibly(Process process) {
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String exitStatus(Process process) {
        return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** Stops the server's JVM (SIGTERM, then, after 10 s, SIGKILL). Idempotent. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Reads the server's output until it says where it listens, then hands it to a thread that goes
     * on draining it, so that a full pipe never blocks the server.
     */
    private static Matcher awaitListening(Process process) {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    Thread.ofPlatform().daemon().name("aerobench-server-output").start(() -> drain(lines));
                    return matcher;
                }
                seen.append(line).append('\n');
            }
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
        throw new IllegalStateException("the embedded server's JVM ended before listening: " + seen);
    }

    private static void drain(BufferedReader lines) {
        try {
            while (lines.readLine() != null) {
                // The server prints nothing after 'listening on' but warnings nobody reads here.
            }
        } catch (IOException closed) {
            // The server ended: nothing left to drain.
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The jar or classes directory {@link EmbeddedAerospikeServer} was loaded from. */
    private static String serverClassPath() {
        try {
            return Path.of(EmbeddedAerospikeServer.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException | NullPointerException unknown) {
            throw new IllegalStateException(
                    "cannot tell where the aerobench-server classes come from, to start them in a JVM of their own; "
                            + "set " + BenchmarkConfiguration.EMBEDDED_JVM + "=same",
                    unknown);
        }
    }
}
