package dev.aerobench;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks an Aerospike node a few info commands over a plain socket, with bounded connect and read
 * times: how aerobench checks that a server is up and what it is before any client is loaded.
 */
final class InfoProbe {

    private static final int PROTO_VERSION = 2;
    private static final int TYPE_INFO = 1;

    private InfoProbe() {}

    /** Sends the commands and returns their values by command; absent commands are left out. */
    static Map<String, String> request(String host, int port, Duration timeout, String... commands) throws IOException {
        String request = String.join("\n", commands) + "\n";
        byte[] body = request.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            byte[] header = new byte[8];
            header[0] = PROTO_VERSION;
            header[1] = TYPE_INFO;
            long size = body.length;
            for (int i = 0; i < 6; i++) {
                header[7 - i] = (byte) (size >>> (8 * i));
            }
            out.write(header);
            out.write(body);
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            in.readFully(header);
            if (header[0] != PROTO_VERSION || header[1] != TYPE_INFO) {
                throw new IOException("it answered, but not in the Aerospike protocol: its answer begins "
                        + printable(header, in) + (startsWith(header, "HTTP/") ? " (an HTTP server?)" : ""));
            }
            long replySize = 0;
            for (int i = 2; i < 8; i++) {
                replySize = (replySize << 8) | (header[i] & 0xFF);
            }
            if (replySize > 1024 * 1024) {
                throw new IOException("info reply of " + replySize + " bytes: this is not an Aerospike server");
            }
            byte[] reply = new byte[(int) replySize];
            in.readFully(reply);
            return parse(new String(reply, StandardCharsets.UTF_8));
        }
    }

    /** The first bytes of an answer that is not Aerospike's, up to a line, as text a person can read. */
    private static String printable(byte[] header, DataInputStream in) {
        byte[] more = new byte[SHOWN_BYTES - header.length];
        int read = 0;
        try {
            read = Math.max(0, in.read(more));
        } catch (IOException nothingMore) {
            // What arrived already says enough.
        }
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < header.length + read; i++) {
            int b = (i < header.length ? header[i] : more[i - header.length]) & 0xFF;
            if (b == '\r' || b == '\n') {
                break;
            }
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return text.append('"').toString();
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return new String(bytes, StandardCharsets.ISO_8859_1).startsWith(prefix);
    }

    /** How much of an answer that is not Aerospike's an error shows. */
    private static final int SHOWN_BYTES = 64;

    private static Map<String, String> parse(String reply) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : reply.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                values.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return values;
    }
}
