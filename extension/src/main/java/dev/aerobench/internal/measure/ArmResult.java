package dev.aerobench.internal.measure;

import java.util.List;
import java.util.Objects;

/**
 * The measured latencies and throughput of one arm for one operation, over all its forks.
 * Latencies are in nanoseconds; every value is NaN when it is undefined (no operations recorded,
 * no time elapsed), never 0.
 *
 * @param name         display name of the arm
 * @param identity     what the arm drives (client and version)
 * @param count        operations recorded (warmup excluded)
 * @param meanNanos    mean latency, exact
 * @param p50Nanos     median latency (HdrHistogram, 3 significant digits)
 * @param p90Nanos     90th percentile latency
 * @param p99Nanos     99th percentile latency
 * @param p999Nanos    99.9th percentile latency
 * @param maxNanos     highest latency, exact
 * @param opsPerSecond operations recorded divided by the summed elapsed time of their blocks
 * @param forks        the forks, in the order they ran
 * @param distribution the latencies over all forks as HdrHistogram's percentile distribution;
 *                     {@link LatencyDistribution#NONE} when not recorded
 */
public record ArmResult(
        String name,
        String identity,
        long count,
        double meanNanos,
        double p50Nanos,
        double p90Nanos,
        double p99Nanos,
        double p999Nanos,
        double maxNanos,
        double opsPerSecond,
        List<ForkStats> forks,
        LatencyDistribution distribution) {

    public ArmResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(distribution, "distribution");
        forks = List.copyOf(forks);
    }

    /** A result without its distribution ({@link LatencyDistribution#NONE}), as tests make by hand. */
    public ArmResult(
            String name,
            String identity,
            long count,
            double meanNanos,
            double p50Nanos,
            double p90Nanos,
            double p99Nanos,
            double p999Nanos,
            double maxNanos,
            double opsPerSecond,
            List<ForkStats> forks) {
        this(
                name,
                identity,
                count,
                meanNanos,
                p50Nanos,
                p90Nanos,
                p99Nanos,
                p999Nanos,
                maxNanos,
                opsPerSecond,
                forks,
                LatencyDistribution.NONE);
    }
}
