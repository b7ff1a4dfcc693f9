package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides from confidence intervals, never from one noisy number, whether an operation meets its
 * {@link Thresholds}.
 *
 * <ul>
 *   <li>{@link Verdict#FAIL} only on evidence: the whole speedup interval is below
 *       {@code minSpeedup}, or the whole candidate p99 interval is above {@code maxP99Millis}.</li>
 *   <li>{@link Verdict#PASS} when every set threshold has its whole interval on the good side.</li>
 *   <li>{@link Verdict#INCONCLUSIVE} otherwise: an interval straddles a threshold or is undefined
 *       (fewer than two forks). {@link SequentialMeasurement} then measures more forks, and says
 *       INCONCLUSIVE only when its time runs out.</li>
 * </ul>
 *
 * <pre>{@code
 * RegressionGate gate = new RegressionGate(new Thresholds(0.95, 5.0));
 * GateDecision decision = gate.judge(ForkEstimates.of(forks, schedule.perLookConfidence(gate.checks())));
 * }</pre>
 */
public final class RegressionGate {

    private final Thresholds thresholds;

    public RegressionGate(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** How many thresholds are set: each look judges that many intervals. */
    public int checks() {
        return (thresholds.hasMinSpeedup() ? 1 : 0) + (thresholds.hasMaxP99() ? 1 : 0);
    }

    /** The verdict on one measurement: the worst verdict of the set thresholds. */
    public GateDecision judge(OperationResult result) {
        return judge(result.speedup(), result.candidateP99Nanos());
    }

    /** The verdict on estimates over forks: the worst verdict of the set thresholds. */
    public GateDecision judge(ForkEstimates estimates) {
        return judge(estimates.speedup(), estimates.candidateP99Nanos());
    }

    private GateDecision judge(Estimate speedup, Estimate candidateP99Nanos) {
        List<GateDecision> checks = new ArrayList<>();
        if (thresholds.hasMinSpeedup()) {
            checks.add(speedupCheck(speedup));
        }
        if (thresholds.hasMaxP99()) {
            checks.add(p99Check(candidateP99Nanos.dividedBy(1e6)));
        }
        if (checks.isEmpty()) {
            return new GateDecision(Verdict.PASS, "no thresholds set");
        }
        Verdict worst = checks.stream()
                .map(GateDecision::verdict)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        String reason =
                String.join("; ", checks.stream().map(GateDecision::reason).toList());
        return new GateDecision(worst, reason);
    }

    private GateDecision speedupCheck(Estimate speedup) {
        double minimum = thresholds.minSpeedup();
        Interval ci = speedup.ci95();
        String measured = String.format(Locale.ROOT, "speedup %.3fx (95%% CI %s)", speedup.value(), range(ci, "x"));
        String threshold = String.format(Locale.ROOT, "minSpeedup %.3fx", minimum);
        if (!ci.isDefined()) {
            return new GateDecision(
                    Verdict.INCONCLUSIVE,
                    measured + " cannot be judged against " + threshold + ": needs at least 2 forks");
        } else if (ci.isEntirelyBelow(minimum)) {
            return new GateDecision(Verdict.FAIL, measured + " is entirely below " + threshold);
        } else if (ci.lower() >= minimum) {
            return new GateDecision(Verdict.PASS, measured + " is entirely at or above " + threshold);
        }
        return new GateDecision(Verdict.INCONCLUSIVE, measured + " straddles " + threshold);
    }

    private GateDecision p99Check(Estimate p99Millis) {
        double maximum = thresholds.maxP99Millis();
        Interval ci = p99Millis.ci95();
        String measured =
                String.format(Locale.ROOT, "candidate p99 %.3fms (95%% CI %s)", p99Millis.value(), range(ci, "ms"));
        String threshold = String.format(Locale.ROOT, "maxP99Millis %.3fms", maximum);
        if (!ci.isDefined()) {
            return new GateDecision(
                    Verdict.INCONCLUSIVE,
                    measured + " cannot be judged against " + threshold + ": needs at least 2 forks");
        } else if (ci.isEntirelyAbove(maximum)) {
            return new GateDecision(Verdict.FAIL, measured + " is entirely above " + threshold);
        } else if (ci.upper() <= maximum) {
            return new GateDecision(Verdict.PASS, measured + " is entirely at or below " + threshold);
        }
        return new GateDecision(Verdict.INCONCLUSIVE, measured + " straddles " + threshold);
    }

    private static String range(Interval ci, String unit) {
        return ci.isDefined()
                ? String.format(Locale.ROOT, "%.3f%s..%.3f%s", ci.lower(), unit, ci.upper(), unit)
                : "n/a";
    }
}
