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
}
