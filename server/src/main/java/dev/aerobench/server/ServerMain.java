package dev.aerobench.server;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded server as a process of its own:
 * {@code java -jar aerobench-server.jar --port 3000 --namespace test}. Prints
 * {@code listening on <host>:<port>} once clients can connect, and serves until stopped.
 */
public final class ServerMain {

    private static final String USAGE = """
            Usage: java -jar aerobench-server.jar [--host ADDRESS] [--port PORT] [--namespace NAME]...
              --host ADDRESS     address to listen on (default 127.0.0.1)
              --port PORT        port to listen on (default 3000; 0 = any free port)
              --namespace NAME   namespace to serve; repeat for more (default test)
              --edition EDITION  community (default) or enterprise: whether compressed requests and
                                 durable deletes get 25 (ENTERPRISE_ONLY) as from a Community node
              --parent PID       stop when the process PID ends (a server started by a test JVM)
              --help             print this help
            Serves until stopped (Ctrl-C).""";

    private ServerMain() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedAerospikeServer.Builder builder;
        try {
            builder = parse(args);
            watchParent(args);
        } catch (IllegalArgumentException badArguments) {
            fail(System.err, badArguments.getMessage());
            return;
        }
        if (builder == null) {
            System.out.println(USAGE);
            return;
        }
        EmbeddedAerospikeServer server;
        try {
            server = builder.start();
        } catch (RuntimeException cannotStart) {
            fail(System.err, cannotStart.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "aerobench-server-shutdown"));
        System.out.println("listening on " + server.host() + ":" + server.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** The builder for these arguments, or {@code null} when help was asked for. */
    static EmbeddedAerospikeServer.Builder parse(String[] args) {
        EmbeddedAerospikeServer.Builder builder =
                EmbeddedAerospikeServer.builder().port(3000);
        List<String> namespaces = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(port(value));
                case "--namespace" -> namespaces.add(value);
                case "--host" -> builder.bindAddress(address(value));
                case "--edition" -> builder.edition(Edition.fromOption(value));
                case "--parent" -> parent(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (!namespaces.isEmpty()) {
            builder.namespaces(namespaces.toArray(String[]::new));
        }
        return builder;
    }

    /**
     * With {@code --parent PID}: exits when that process ends, however it ends, so that a server a
     * test JVM started never outlives it (a JVM killed with SIGKILL runs no shutdown hook).
     */
    private static void watchParent(String[] args) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--parent")) {
                ProcessHandle parent = parent(args[i + 1]);
                parent.onExit().thenRun(() -> System.exit(0));
            }
        }
    }

    private static ProcessHandle parent(String value) {
        long pid;
        try {
            pid = Long.parseLong(value);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("--parent needs a process id but was '" + value + "'");
        }
        return ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalArgumentException("--parent " + pid + ": no such process"));
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notNumber) {
            throw new IllegalArgumentException("--port needs a number from 0 to 65535 but was '" + value + "'");
        }
    }

    private static InetAddress address(String value) {
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException(
                    "--host '" + value + "' cannot be resolved; give an IP address of this machine, e.g. 127.0.0.1");
        }
    }

    private static void fail(PrintStream err, String message) {
        err.println("aerobench-server: " + message);
        err.println(USAGE);
        System.exit(2);
    }
}
