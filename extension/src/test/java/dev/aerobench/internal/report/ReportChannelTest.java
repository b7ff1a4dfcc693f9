package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aerobench.Mode;
import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.HarnessOverhead;
import dev.aerobench.internal.measure.MeasurementPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Report channel")
class ReportChannelTest {

    /** Writes down the events it is told. */
    private static final class Recorder implements BenchmarkListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void runStarted(RunStart run) {
            events.add("run " + run.seed());
        }

        @Override
        public void operationStarted(OperationStart operation) {
            events.add("operation " + operation.operation());
        }

        @Override
        public void operationFinished(GateOutcome outcome) {
            events.add("outcome " + outcome.verdict());
        }

        @Override
        public void benchmarkFinished(BenchmarkResults results) {
            events.add("benchmark " + results.id().methodName());
        }

        @Override
        public void runFinished() {
            events.add("finished");
        }
    }

    @Test
    @DisplayName("tells every report every event, in order, and finishes the run once however often it is closed")
    void fansOut() {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        ReportChannel channel = new ReportChannel(List.of(first, second));

        channel.runStarted(new RunStart(3, new HarnessOverhead(1, 1, 1)));
        channel.operationStarted(new OperationStart("put", Mode.SYNC, MeasurementPlan.defaults()));
        channel.operationFinished(SampleResults.put());
        channel.benchmarkFinished(SampleRuns.run().getFirst());
        channel.close();
        channel.close();

        assertThat(first.events)
                .containsExactly("run 3", "operation put", "outcome PASS", "benchmark upgrade", "finished")
                .isEqualTo(second.events);
    }

    @Test
    @DisplayName("still tells the other reports when one fails, then throws that failure")
    void failingReport() {
        Recorder after = new Recorder();
        BenchmarkListener failing = new BenchmarkListener() {
            @Override
            public void runFinished() {
                throw new IllegalStateException("disk full");
            }
        };
        ReportChannel channel = new ReportChannel(List.of(failing, after));

        assertThatThrownBy(channel::runFinished).hasMessage("disk full");
        assertThat(after.events).containsExactly("finished");
    }

    @Test
    @DisplayName("publishes the JUnit report entries of each operation, with the harness overhead, on its test")
    void junitReportEntries() {
        List<Map<String, String>> entries = new ArrayList<>();
        BenchmarkResults results = new BenchmarkResults(
                SampleRuns.start(new BenchmarkId("a.B", "c"), entries), List.of(SampleResults.put()));
        JUnitReportEntries report = new JUnitReportEntries();

        report.runStarted(new RunStart(3, new HarnessOverhead(1000, 31.25, 18)));
        report.benchmarkFinished(results);

        assertThat(entries)
                .containsExactly(
                        Map.of(JUnitReportEntries.HARNESS_OVERHEAD, "31.3"), ReportEntries.of(SampleResults.put()));
    }
}
