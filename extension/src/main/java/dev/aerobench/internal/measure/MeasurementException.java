package dev.aerobench.internal.measure;

/** An operation of an arm failed (or could not be started) while being measured. */
public class MeasurementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MeasurementException(String message, Throwable cause) {
        super(message, cause);
    }

    public MeasurementException(String message) {
        super(message);
    }

    /** Whether the operation failed because it timed out (its cause, or a cause of that). */
    public boolean timedOut() {
        return getCause() != null && FailureTally.isTimeout(getCause());
    }

    /**
     * This failure with {@code more} said after its message: same cause, same stack trace. What
     * each layer adds (the fork, the server, what to do) reads as one message.
     */
    public MeasurementException with(String more) {
        MeasurementException extended = new MeasurementException(getMessage() + more, getCause());
        extended.setStackTrace(getStackTrace());
        for (Throwable suppressed : getSuppressed()) {
            extended.addSuppressed(suppressed);
        }
        return extended;
    }
}
