package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aerobench.Mode;
import dev.aerobench.internal.measure.Estimate;
import dev.aerobench.internal.measure.ForkProgress;
import dev.aerobench.internal.measure.ForkSample;
import dev.aerobench.internal.measure.HarnessOverhead;
import dev.aerobench.internal.measure.Interval;
import dev.aerobench.internal.measure.MeasurementPlan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Console report")
class ConsoleReportTest {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    @DisplayName("prints the run, the arms, what is measured, each verdict and the tables")
    void wholeRun() {
        ConsoleReport console = new ConsoleReport(out, ProgressStyle.LINES);
        BenchmarkResults results = SampleRuns.run().getFirst();

        console.runStarted(new RunStart(7, new HarnessOverhead(1000, 31.2, 18.4)));
        console.benchmarkStarted(results.benchmark());
        console.operationStarted(new OperationStart("put", Mode.SYNC, MeasurementPlan.defaults()));
        console.operationFinished(results.outcomes().getFirst());
        console.benchmarkFinished(results);
        console.runFinished();

        assertThat(printed())
                .startsWith("aerobench: harness overhead: 31.2 ns per operation (recorded floor 18.4 ns, 1000 ops)\n"
                        + "aerobench: seed 7 for tests without a seed of their own (-Daerobench.seed=7 repeats this "
                        + "run's order)\n"
                        + "aerobench: method [upgrade()] of com.example.ClientUpgradeTest\n"
                        + "  candidate: aerospike-client-jdk21 9.0.4 (com.aerospike:aerospike-client-jdk21:9.0.4)\n"
                        + "  baseline:  aerospike-client-jdk8 9.2.0 (com.aerospike:aerospike-client-jdk8:9.2.0)\n"
                        + "  server:    embedded 8.1.0.0 at 127.0.0.1:3000, namespace test\n"
                        + "aerobench: measuring put (sync): forks of 1000 ops per arm in blocks of 100, until decided "
                        + "(5 to 1000 forks, at most 30 s)\n"
                        + "aerobench: put: PASS, speedup 1.881x (1.850x..1.910x), 2 forks in 1.3 s\n")
                .endsWith(ResultFormat.consoleTable().format(results.outcomes()));
    }

    @Test
    @DisplayName("in CI logs, prints a plain progress line every 5 s of an operation, and none for a short one")
    void linesInCi() {
        ConsoleReport console = new ConsoleReport(out, ProgressStyle.LINES);
        console.operationStarted(new OperationStart("get", Mode.SYNC, MeasurementPlan.defaults()));
        bytes.reset();

        for (long elapsed : List.of(1L, 4L, 6L, 9L, 12L)) {
            console.forkCompleted(progress((int) elapsed, elapsed * SECOND));
        }

        assertThat(printed())
                .isEqualTo("aerobench: get (sync) fork 6, 6.0 s: speedup 1.020x (0.990x..1.050x) so far\n"
                        + "aerobench: get (sync) fork 12, 12.0 s: speedup 1.020x (0.990x..1.050x) so far\n");
        assertThat(printed()).doesNotContain("\r");
    }

    @Test
    @DisplayName("on a terminal, rewrites one progress line in place and clears it before the next line")
    void liveOnTerminal() {
        ConsoleReport console = new ConsoleReport(out, ProgressStyle.LIVE);
        console.operationStarted(new OperationStart("get", Mode.SYNC, MeasurementPlan.defaults()));
        bytes.reset();

        console.forkCompleted(progress(1, SECOND / 100)); // shown: the first
        console.forkCompleted(progress(2, SECOND / 20)); // within 100 ms of it: skipped
        console.forkCompleted(progress(13, SECOND / 5)); // shown in place of the first
        console.operationFinished(SampleRuns.run().getFirst().outcomes().getFirst());

        String first = "aerobench: get (sync) fork 1, 0.0 s: speedup 1.020x (0.990x..1.050x) so far";
        String second = "aerobench: get (sync) fork 13, 0.2 s: speedup 1.020x (0.990x..1.050x) so far";
        assertThat(printed())
                .isEqualTo("\r" + first + "\r" + second + "\r" + " ".repeat(second.length()) + "\r"
                        + "aerobench: put: PASS, speedup 1.881x (1.850x..1.910x), 2 forks in 1.3 s\n");
    }

    @Test
    @DisplayName("shows the speedup so far without an interval until there is one")
    void progressBeforeAnInterval() {
        ForkProgress first = new ForkProgress(
                "scan",
                Mode.ASYNC_CONCURRENT,
                1,
                new ForkSample(10, 12, 20, SECOND),
                SECOND,
                new Estimate(1.2, Interval.UNDEFINED));

        assertThat(ConsoleReport.progressText(first))
                .isEqualTo("scan (async conc) fork 1, 1.0 s: speedup 1.200x so far");
    }

    @Test
    @DisplayName("uses plain lines when CI is set, whatever the terminal")
    void detectsCi() {
        assertThat(ProgressStyle.detect(Map.of("CI", "true")::get)).isEqualTo(ProgressStyle.LINES);
        assertThat(ProgressStyle.isTerminal(null)).isFalse();
    }

    private static ForkProgress progress(int fork, long elapsedNanos) {
        return new ForkProgress(
                "get",
                Mode.SYNC,
                fork,
                new ForkSample(100, 102, 200, elapsedNanos / fork),
                elapsedNanos,
                new Estimate(1.02, new Interval(0.99, 1.05)));
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
