package dev.aerobench.internal.measure;

import java.util.List;

/**
 * What the gate judges, estimated over forks (see {@link ForkIntervals}) at one look's confidence.
 *
 * @param speedup           baseline mean latency ÷ candidate mean latency: the geometric mean of the
 *                          per-fork ratios, with its interval
 * @param candidateP99Nanos the candidate's typical p99: the geometric mean of its per-fork p99s,
 *                          with its interval (a p99 over all operations has no honest interval of
 *                          its own, each fork's p99 is one repeatable observation)
 * @param confidence        the two-sided confidence of both intervals
 * @param forks             how many forks they rest on
 */
public record ForkEstimates(Estimate speedup, Estimate candidateP99Nanos, double confidence, int forks) {

    /** The estimates over {@code forks} at {@code confidence}. */
    public static ForkEstimates of(List<ForkSample> forks, double confidence) {
        double[] baseline =
                forks.stream().mapToDouble(ForkSample::baselineMeanNanos).toArray();
        double[] candidate =
                forks.stream().mapToDouble(ForkSample::candidateMeanNanos).toArray();
        double[] p99s =
                forks.stream().mapToDouble(ForkSample::candidateP99Nanos).toArray();
        return new ForkEstimates(
                ForkIntervals.ratio(baseline, candidate, confidence),
                ForkIntervals.geometricMean(p99s, confidence),
                confidence,
                forks.size());
    }

    /** Half the speedup interval's width relative to the speedup: what the measurement resolves. */
    public double resolution() {
        return ForkIntervals.relativeHalfWidth(speedup);
    }
}
