package dev.aerobench.internal.measure;

/**
 * What one fork measured: one independently opened client pair, each arm running the same number
 * of operations in short blocks that alternate between the arms in random order.
 *
 * @param candidateMeanNanos the candidate's mean latency over the fork's recorded operations
 * @param baselineMeanNanos  the baseline's mean latency over the same number of operations
 * @param candidateP99Nanos  the candidate's 99th percentile latency in this fork
 * @param elapsedNanos       wall-clock time of the fork, opening the clients and warm-up included
 */
public record ForkSample(
        double candidateMeanNanos, double baselineMeanNanos, double candidateP99Nanos, long elapsedNanos) {

    /** Baseline mean over candidate mean: above 1 the candidate was faster in this fork. */
    public double speedup() {
        return baselineMeanNanos / candidateMeanNanos;
    }
}
