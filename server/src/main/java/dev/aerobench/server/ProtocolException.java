package dev.aerobench.server;

/** A request that breaks the wire protocol; the connection that sent it is closed. */
final class ProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    ProtocolException(String message) {
        super(message);
    }
}
