package dev.aerobench.internal.measure;

import dev.aerobench.Mode;

/** {@link Mode#SYNC}: one operation at a time on the calling thread. */
final class SyncDriver implements ArmDriver {

    private final Workload.Sync workload;
    private final NanoClock clock;
    private final String context;
    private long nextIndex;

    SyncDriver(Workload.Sync workload, NanoClock clock, String context) {
        this.workload = workload;
        this.clock = clock;
        this.context = context;
    }

    @Override
    public long run(long[] latencies, int ops) {
        long firstIndex = nextIndex;
        nextIndex += ops;
        int i = 0;
        long begin = clock.nanoTime();
        try {
            // The measured loop: two clock readings, the operation and one array store.
            for (; i < ops; i++) {
                long start = clock.nanoTime();
                workload.execute(firstIndex + i);
                latencies[i] = clock.nanoTime() - start;
            }
        } catch (Exception e) {
            FailureTally tally = new FailureTally();
            tally.count(e);
            throw ArmDriver.counted(ArmDriver.failure(context, firstIndex + i, e), tally, ops, i + 1L);
        }
        return clock.nanoTime() - begin;
    }
}
