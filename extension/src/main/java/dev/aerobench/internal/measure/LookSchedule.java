package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.List;

/**
 * When a sequential measurement looks at its data, and how wide each look's interval must be for
 * the whole procedure to keep its error rate.
 *
 * <p>Measuring until an interval clears a threshold, and looking after every fork, would fail a
 * candidate that sits exactly at the threshold far more often than the nominal 2.5%: every look is
 * another chance for noise to cross. So the looks are few and planned — after {@code minForks},
 * then each time the number of forks has grown by half, and at {@code maxForks} — and each look
 * uses a {@code 1 - (1 - confidence) / looks} interval (Bonferroni). The chance that any look
 * excludes the true value is then at most {@code 1 - confidence}, however the measurement stops,
 * so a FAIL is wrong at most 2.5% of the time even for a candidate exactly at the line, and far
 * less for one that is not slower. With several thresholds judged at each look, the error is
 * split over them as well ({@link #perLookConfidence(int)}). Growing by half keeps the looks few while each one has
 * noticeably more data than the last.
 *
 * @param minForks   forks before the first look; at least 2 (an interval needs two forks)
 * @param maxForks   forks at most; the last look
 * @param confidence the confidence of the procedure as a whole, e.g. 0.95
 */
public record LookSchedule(int minForks, int maxForks, double confidence) {

    /** Each look after the first has at least this many times the forks of the previous one. */
    static final double GROWTH = 1.5;

    public LookSchedule {
        if (minForks < 2) {
            throw new IllegalArgumentException(
                    "minForks must be at least 2 (an interval needs two forks) but was " + minForks);
        }
        if (maxForks < minForks) {
            throw new IllegalArgumentException(
                    "maxForks (" + maxForks + ") must be at least minForks (" + minForks + ")");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1 but was " + confidence);
        }
    }

    /** The numbers of forks at which the gate looks, ascending; the last is {@link #maxForks()}. */
    public List<Integer> looks() {
        List<Integer> looks = new ArrayList<>();
        int forks = minForks;
        while (forks < maxForks) {
            looks.add(forks);
            forks = Math.max(forks + 1, (int) Math.ceil(forks * GROWTH));
        }
        looks.add(maxForks);
        return List.copyOf(looks);
    }

    /** Whether the gate looks after {@code forks} forks. */
    public boolean isLook(int forks) {
        return looks().contains(forks);
    }

    /**
     * The confidence of each look's interval when {@code checks} thresholds are judged at every
     * look: the error split over looks and thresholds, so that a FAIL is wrong at most
     * {@code (1 - confidence) / 2} of the time whichever threshold it comes from.
     */
    public double perLookConfidence(int checks) {
        return 1 - (1 - confidence) / (looks().size() * (double) Math.max(1, checks));
    }
}
