package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Waiting awake for a connection's next request")
class NextRequestSpinTest {

    private final AtomicReference<NextRequestSpin> latestRequester = new AtomicReference<>();
    private final FakeClock clock = new FakeClock();
    private final NextRequestSpin connection = new NextRequestSpin(latestRequester, clock::nanos);
    private final NextRequestSpin otherConnection = new NextRequestSpin(latestRequester, clock::nanos);

    @Test
    @DisplayName("waits until the next request arrives once the connection's client is the only one sending")
    void waitsForTheSoleClient() throws Exception {
        arrive(connection, NextRequestSpin.SOLE_REQUESTER_STREAK);
        ScriptedInput in = new ScriptedInput(3, () -> { });

        connection.awaitRequest(in);

        assertThat(in.availableCalls).isEqualTo(4);
    }

    @Test
    @DisplayName("does not wait while other connections sent requests recently")
    void noWaitWithConcurrentClients() throws Exception {
        arrive(connection, NextRequestSpin.SOLE_REQUESTER_STREAK - 1);
        arrive(otherConnection, 1);
        arrive(connection, 1);
        ScriptedInput in = new ScriptedInput(3, () -> { });

        connection.awaitRequest(in);

        assertThat(in.availableCalls).isZero();
    }

    @Test
    @DisplayName("stops waiting as soon as a request arrives on another connection")
    void stopsWhenAnotherClientSends() throws Exception {
        arrive(connection, NextRequestSpin.SOLE_REQUESTER_STREAK);
        ScriptedInput in = new ScriptedInput(Integer.MAX_VALUE, otherConnection::requestArrived);

        connection.awaitRequest(in);

        assertThat(in.availableCalls).isEqualTo(1);
    }

    @Test
    @DisplayName("after a wait runs out, serves the next requests without waiting, then waits again")
    void backsOffAfterAMiss() throws Exception {
        arrive(connection, NextRequestSpin.SOLE_REQUESTER_STREAK);
        ScriptedInput silent = new ScriptedInput(Integer.MAX_VALUE, () -> clock.advance(10_000));
        connection.awaitRequest(silent);
        assertThat(clock.nanos()).isGreaterThanOrEqualTo(NextRequestSpin.SPIN_NANOS);

        ScriptedInput next = new ScriptedInput(0, () -> { });
        for (int i = 0; i < NextRequestSpin.REQUESTS_WITHOUT_SPIN_AFTER_MISS; i++) {
            arrive(connection, 1);
            connection.awaitRequest(next);
        }
        assertThat(next.availableCalls).isZero();

        arrive(connection, 1);
        connection.awaitRequest(next);
        assertThat(next.availableCalls).isEqualTo(1);
    }

    private static void arrive(NextRequestSpin spin, int requests) {
        for (int i = 0; i < requests; i++) {
            spin.requestArrived();
        }
    }

    /** Has no bytes for its first {@code emptyChecks} calls of available(), then one; runs a hook on each call. */
    private static final class ScriptedInput extends InputStream {
        private final int emptyChecks;
        private final Runnable onCheck;
        int availableCalls;

        ScriptedInput(int emptyChecks, Runnable onCheck) {
            this.emptyChecks = emptyChecks;
            this.onCheck = onCheck;
        }

        @Override
        public int available() {
            onCheck.run();
            return availableCalls++ < emptyChecks ? 0 : 1;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("the spin only asks what is available");
        }
    }

    private static final class FakeClock {
        private long nanos;

        long nanos() {
            return nanos;
        }

        void advance(long delta) {
            nanos += delta;
        }
    }
}
