package dev.aerobench.internal.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HarnessOverhead")
class HarnessOverheadTest {

    @Test
    @DisplayName("divides the loop's elapsed time and its recorded latencies by the operations")
    void computesPerOperationCost() {
        // Every clock reading costs 10 ns: an operation reads the clock twice (start, end), so it
        // records 10 ns of latency and costs 20 ns of elapsed time, plus the run's final reading.
        FakeClock clock = new FakeClock();
        NanoClock tenNanosPerReading = () -> {
            clock.advance(10);
            return clock.nanoTime();
        };
        HarnessOverhead overhead = HarnessOverhead.measure(1_000, tenNanosPerReading);

        assertThat(overhead.ops()).isEqualTo(1_000);
        assertThat(overhead.meanRecordedNanos()).isEqualTo(10.0);
        assertThat(overhead.nanosPerOperation()).isCloseTo(20.0, within(0.011));
        assertThat(overhead.describe())
                .isEqualTo("harness overhead: 20.0 ns per operation (recorded floor 10.0 ns, 1000 ops)");
    }
}
