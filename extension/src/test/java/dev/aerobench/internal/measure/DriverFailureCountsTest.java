package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a driver's failure says: the operation, and counts of the block it failed in. */
@DisplayName("A driver's failure")
class DriverFailureCountsTest {

    private static final int OPS = 10;

    @Test
    @DisplayName("in sync mode counts the operations started up to the failed one")
    void sync() {
        ArmDriver driver = ArmDriver.create(
                Workload.sync(index -> {
                    if (index == 3) {
                        throw new FailureTallyTest.Timeout(2);
                    }
                }),
                NanoClock.system(),
                1,
                "get [sync] on the candidate arm");

        MeasurementException failed =
                catchThrowableOfType(MeasurementException.class, () -> driver.run(new long[OPS], OPS));

        assertThat(failed.getMessage())
                .startsWith("get [sync] on the candidate arm failed at operation index 3")
                .endsWith("; of this block's 10 operations, 4 started and 1 failed (1 timeout), after 1 client retry");
        assertThat(failed.timedOut()).isTrue();
    }

    @Test
    @DisplayName("in concurrent mode counts every operation in flight that failed, and starts none after")
    void concurrent() {
        CompletableFuture<Void> inFlight = new CompletableFuture<>();
        // Operation 2 fails at once; only once the driver has seen that do operations 0 and 1 time
        // out, so the order is fixed without any timing.
        CompletableFuture<Void> third = new CompletableFuture<>() {
            @Override
            public CompletableFuture<Void> whenComplete(BiConsumer<? super Void, ? super Throwable> action) {
                CompletableFuture<Void> seen = super.whenComplete(action);
                inFlight.completeExceptionally(new FailureTallyTest.Timeout(1));
                return seen;
            }
        };
        third.completeExceptionally(new IllegalStateException("connection reset"));
        ArmDriver driver = ArmDriver.create(
                Workload.concurrent(index -> switch ((int) index) {
                    case 0, 1 -> inFlight;
                    case 2 -> third;
                    default -> CompletableFuture.completedFuture(null);
                }),
                NanoClock.system(),
                4,
                "get [async conc] on the baseline arm");

        MeasurementException failed =
                catchThrowableOfType(MeasurementException.class, () -> driver.run(new long[OPS], OPS));

        assertThat(failed.getMessage())
                .startsWith("get [async conc] on the baseline arm failed at operation index 2")
                .contains("connection reset")
                .endsWith(
                        "; of this block's 10 operations, 3 started and 3 failed (2 timeouts), after 0 client retries");
        assertThat(failed.timedOut()).isFalse();
    }
}
