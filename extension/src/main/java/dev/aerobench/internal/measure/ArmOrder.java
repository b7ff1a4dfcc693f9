package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which arm runs first in each trial. Half the trials start with the candidate and half with the
 * baseline, in a seeded random order, so drift over time (a warming server, a filling cache, a
 * throttled CPU) does not favour either arm and both orders occur whenever there are two or more
 * trials. With an odd number of trials, the extra one gets a random order.
 */
final class ArmOrder {

    private ArmOrder() {}

    /** For each trial, whether the candidate runs first. */
    static List<Boolean> candidateFirst(int trials, Random random) {
        List<Boolean> order = new ArrayList<>(trials);
        for (int trial = 0; trial < trials / 2; trial++) {
            order.add(true);
            order.add(false);
        }
        if (trials % 2 == 1) {
            order.add(random.nextBoolean());
        }
        Collections.shuffle(order, random);
        return List.copyOf(order);
    }
}
