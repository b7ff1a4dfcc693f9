package dev.aerobench.examples.seed;

import dev.aerobench.adapter.ConnectionSettings;

/** A candidate about 5% slower than the client on the class path ({@link SlowedAdapter}). */
public class FivePercentSlowerAdapter extends SlowedAdapter {

    public FivePercentSlowerAdapter(ConnectionSettings settings) {
        super(settings, 0.05);
    }
}
