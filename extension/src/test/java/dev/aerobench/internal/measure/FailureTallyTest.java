package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Counting failed operations")
class FailureTallyTest {

    @Test
    @DisplayName("counts timeouts by name, also as a cause, and reads retries from the attempt number")
    void countsTimeoutsAndRetries() {
        FailureTally tally = new FailureTally();

        tally.count(new CompletionException(new Timeout(3)));
        tally.count(new IllegalStateException("read", new SocketTimeoutException("Read timed out")));
        tally.count(new IllegalStateException("connection reset"));

        assertThat(tally.failures()).isEqualTo(3);
        assertThat(tally.timeouts()).isEqualTo(2);
        assertThat(tally.retries()).isEqualTo(2);
        assertThat(tally.describe()).isEqualTo("3 failed (2 timeouts), after 2 client retries");
    }

    @Test
    @DisplayName("counts no retries for an exception that does not say how often it tried")
    void noAttemptNumber() {
        FailureTally tally = new FailureTally();

        tally.count(new IllegalStateException("refused"));

        assertThat(tally.describe()).isEqualTo("1 failed (0 timeouts), after 0 client retries");
    }

    /** Shaped like the official client's {@code AerospikeException.Timeout}: a name and an attempt number. */
    public static final class Timeout extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int iteration;

        Timeout(int iteration) {
            super("Client timeout");
            this.iteration = iteration;
        }

        public int getIteration() {
            return iteration;
        }
    }
}
