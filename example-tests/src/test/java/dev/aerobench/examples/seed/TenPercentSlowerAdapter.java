package dev.aerobench.examples.seed;

import dev.aerobench.adapter.ConnectionSettings;

/**
 * A candidate about 10% slower than the client on the class path ({@link SlowedAdapter}): the
 * regression size a gate at {@code minSpeedup = 0.95} must catch. Run the seed suite against it:
 *
 * <pre>
 * ./mvnw -q -pl example-tests test -Dtest='dev.aerobench.examples.seed.*Test' \
 *     -Daerobench.candidate=dev.aerobench.examples.seed.TenPercentSlowerAdapter -Daerobench.baseline=classpath
 * </pre>
 */
public class TenPercentSlowerAdapter extends SlowedAdapter {

    public TenPercentSlowerAdapter(ConnectionSettings settings) {
        super(settings, 0.10);
    }
}
