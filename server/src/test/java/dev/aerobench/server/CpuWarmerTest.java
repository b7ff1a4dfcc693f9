package dev.aerobench.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The CPU warmer")
class CpuWarmerTest {

    /** Generous: the warmer's window is 200 µs; a loaded CI machine may be slow to schedule it. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    @DisplayName("parks when no request comes, wakes for a request, and ends when closed")
    void lifecycle() throws InterruptedException {
        CpuWarmer warmer = new CpuWarmer("cpu-warmer-under-test");
        Thread thread = warmer.thread();
        try {
            assertThat(eventually(() -> thread.getState() == Thread.State.WAITING))
                    .as("parked while idle")
                    .isTrue();

            // Requests keep arriving while we look, so the warmer has no moment to park in between.
            assertThat(eventually(() -> {
                        warmer.requestArrived();
                        return thread.getState() != Thread.State.WAITING;
                    }))
                    .as("awake while requests arrive")
                    .isTrue();
            assertThat(eventually(() -> thread.getState() == Thread.State.WAITING))
                    .as("parked again after the window")
                    .isTrue();
        } finally {
            warmer.close();
        }
        thread.join(PATIENCE.toMillis());
        assertThat(thread.isAlive()).as("ended by close()").isFalse();
        assertThat(thread.isDaemon()).isTrue();
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(0, 50_000);
        }
        return condition.getAsBoolean();
    }
}
