package dev.aerobench.server;

/**
 * What serving one request needs besides the connection it came on: the request body, the
 * response being built and the message handler with its parse state. The one service thread
 * serves one request at a time, from start to end, so every connection shares one of each, and
 * an idle connection costs only its socket and a small read buffer (about 1.7 KB of heap, measured
 * by {@code ConnectionLoadTest}, where a copy of these per connection cost about 48 KB).
 */
final class ServiceBuffers {

    static final int INITIAL_BODY = 16 * 1024;
    private static final int SHRINK_ABOVE = 1024 * 1024;

    private final ResponseWriter out = new ResponseWriter();
    private final MessageHandler messages;
    private byte[] body = new byte[INITIAL_BODY];

    ServiceBuffers(ServerState state) {
        this.messages = new MessageHandler(state);
    }

    /** A buffer for a body of {@code length} bytes; what one huge request needed is given back after it. */
    byte[] body(int length) {
        if (body.length < length || (body.length > SHRINK_ABOVE && length <= INITIAL_BODY)) {
            body = new byte[Math.max(length, INITIAL_BODY)];
        }
        return body;
    }

    ResponseWriter out() {
        return out;
    }

    MessageHandler messages() {
        return messages;
    }
}
