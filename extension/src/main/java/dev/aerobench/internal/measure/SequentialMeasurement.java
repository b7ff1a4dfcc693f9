package dev.aerobench.internal.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Measures fork after fork until the gate can decide: at each look of the {@link LookSchedule} the
 * intervals are computed over all forks so far, and the measurement stops as soon as every
 * threshold is cleared (PASS) or one is missed (FAIL). INCONCLUSIVE only when the time budget or
 * {@link LookSchedule#maxForks()} runs out first.
 *
 * <p>When the budget runs out between two scheduled looks, one last look is made there; it takes
 * the place of the next scheduled look, so the number of looks never exceeds the schedule's and
 * the error rate {@link LookSchedule} promises holds. At least {@link LookSchedule#minForks()}
 * forks are measured whatever the budget.
 *
 * <pre>{@code
 * SequentialMeasurement measurement = new SequentialMeasurement(
 *         new RegressionGate(Thresholds.minSpeedup(0.95)), new LookSchedule(5, 60, 0.95),
 *         Duration.ofSeconds(30).toNanos(), NanoClock.system());
 * SequentialMeasurement.Outcome outcome = measurement.run(fork -> measureOneFork(fork));
 * }</pre>
 */
public final class SequentialMeasurement {

    /** Measures fork number {@code fork} (from 1) with a freshly opened client pair. */
    @FunctionalInterface
    public interface ForkRunner {
        ForkSample run(int fork);
    }

    /**
     * How a sequential measurement ended.
     *
     * @param forks        every fork measured, in order
     * @param estimates    the estimates of the last look
     * @param decision     the verdict of the last look; INCONCLUSIVE only when time or forks ran out
     * @param looks        how many looks were made
     * @param elapsedNanos wall-clock time from the first fork to the decision
     */
    public record Outcome(
            List<ForkSample> forks, ForkEstimates estimates, GateDecision decision, int looks, long elapsedNanos) {
        public Outcome {
            forks = List.copyOf(forks);
            Objects.requireNonNull(estimates, "estimates");
            Objects.requireNonNull(decision, "decision");
        }
    }

    private final RegressionGate gate;
    private final LookSchedule schedule;
    private final long budgetNanos;
    private final NanoClock clock;

    /**
     * @param budgetNanos time after which an undecided measurement stops (checked after each fork)
     */
    public SequentialMeasurement(RegressionGate gate, LookSchedule schedule, long budgetNanos, NanoClock clock) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (budgetNanos <= 0) {
            throw new IllegalArgumentException("the time budget must be positive but was " + budgetNanos + " ns");
        }
        this.budgetNanos = budgetNanos;
    }

    /**
     * The decision, with a warning when the per-fork speedups drift with the fork number: the
     * interval assumes forks that could have come in any order, so a trend (a warm-up that was not
     * over, say) is said out loud rather than hidden in it. The verdict stays as decided.
     */
    private static GateDecision withDrift(GateDecision decision, List<ForkSample> forks) {
        double rho = ForkIntervals.drift(
                forks.stream().mapToDouble(ForkSample::baselineMeanNanos).toArray(),
                forks.stream().mapToDouble(ForkSample::candidateMeanNanos).toArray());
        if (!ForkIntervals.isDrift(rho, forks.size())) {
            return decision;
        }
        return new GateDecision(
                decision.verdict(),
                decision.reason()
                        + String.format(
                                java.util.Locale.ROOT,
                                "; note: the speedup drifts from fork to fork (Spearman rho %.2f over %d forks):"
                                        + " a longer warmup may be needed",
                                rho,
                                forks.size()));
    }

    /** {@code 30 s}, {@code 0.02 s}. */
    private static String seconds(long nanos) {
        return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString() + " s";
    }

    /** Runs forks until decided, out of time, or at {@link LookSchedule#maxForks()}. */
    public Outcome run(ForkRunner runner) {
        long start = clock.nanoTime();
        List<ForkSample> forks = new ArrayList<>();
        int looks = 0;
        while (true) {
            forks.add(Objects.requireNonNull(runner.run(forks.size() + 1), "a fork returned no sample"));
            int done = forks.size();
            long elapsed = clock.nanoTime() - start;
            boolean outOfTime = elapsed >= budgetNanos && done >= schedule.minForks();
            boolean last = outOfTime || done >= schedule.maxForks();
            if (!last && !schedule.isLook(done)) {
                continue;
            }
            looks++;
            ForkEstimates estimates = ForkEstimates.of(forks, schedule.perLookConfidence(gate.checks()));
            GateDecision decision = gate.judge(estimates);
            if (decision.verdict() != Verdict.INCONCLUSIVE) {
                return new Outcome(forks, estimates, withDrift(decision, forks), looks, elapsed);
            }
            if (last) {
                String why = outOfTime
                        ? "the time budget of " + seconds(budgetNanos) + " ran out after " + done + " forks"
                        : "undecided after the most forks allowed, " + done;
                return new Outcome(
                        forks,
                        estimates,
                        withDrift(new GateDecision(Verdict.INCONCLUSIVE, decision.reason() + " (" + why + ")"), forks),
                        looks,
                        elapsed);
            }
        }
    }
}
