package dev.aerobench.internal.client;

/**
 * A client arm could not be resolved or loaded. The message names what was asked for, where it was
 * looked for and how to fix it.
 */
public class ClientResolutionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClientResolutionException(String message) {
        super(message);
    }

    public ClientResolutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
