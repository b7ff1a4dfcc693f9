package dev.aerobench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Servers that are not what a benchmark expects, on a local port: one that accepts connections and
 * never says a word, and an HTTP server. Each runs a daemon accept thread until closed.
 */
final class MisbehavingServers {

    private MisbehavingServers() {}

    /** Accepts every connection, reads nothing, answers nothing, and keeps it open until closed. */
    static Listener silent() throws IOException {
        return new Listener("silent", socket -> {});
    }

    /** Answers whatever arrives with an HTTP 400 response, as a web server on the port would. */
    static Listener http() throws IOException {
        return new Listener("http", socket -> {
            InputStream in = socket.getInputStream();
            in.read(new byte[1024]);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n"
                            + "Connection: close\r\n\r\nBad Request")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
    }

    @FunctionalInterface
    interface Behaviour {
        void serve(Socket socket) throws IOException;
    }

    /** A listening socket on 127.0.0.1 and an ephemeral port, serving each connection with a behaviour. */
    static final class Listener implements AutoCloseable {
        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        Listener(String name, Behaviour behaviour) throws IOException {
            this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(() -> acceptAll(behaviour), "misbehaving-" + name + "-server");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void acceptAll(Behaviour behaviour) {
            while (!socket.isClosed()) {
                try {
                    Socket connection = socket.accept();
                    accepted.add(connection);
                    behaviour.serve(connection);
                } catch (IOException closedOrBroken) {
                    // Closed: the loop ends. A broken client connection: serve the next one.
                }
            }
        }

        String host() {
            return socket.getInetAddress().getHostAddress();
        }

        int port() {
            return socket.getLocalPort();
        }

        int acceptedConnections() {
            return accepted.size();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
        }
    }
}
