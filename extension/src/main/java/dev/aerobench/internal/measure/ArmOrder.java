package dev.aerobench.internal.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Which arm runs first in each block pair. Half the pairs start with the candidate and half with
 * the baseline, in a seeded random order, so drift over time (a warming server, a filling cache, a
 * throttled CPU) does not favour either arm and both orders occur whenever there are two or more
 * pairs. With an odd number of pairs, the extra one gets a random order.
 */
final class ArmOrder {

    private ArmOrder() {}

    /** For each block pair, whether the candidate runs first. */
    static List<Boolean> candidateFirst(int pairs, Random random) {
        List<Boolean> order = new ArrayList<>(pairs);
        for (int pair = 0; pair < pairs / 2; pair++) {
            order.add(true);
            order.add(false);
        }
        if (pairs % 2 == 1) {
            order.add(random.nextBoolean());
        }
        Collections.shuffle(order, random);
        return List.copyOf(order);
    }
}
