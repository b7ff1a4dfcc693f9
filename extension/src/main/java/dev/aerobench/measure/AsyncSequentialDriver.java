package dev.aerobench.measure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** {@link Mode#ASYNC_SEQUENTIAL}: start one async operation, wait for it, start the next. */
final class AsyncSequentialDriver implements ArmDriver {

    private final Workload.Async workload;
    private final NanoClock clock;
    private final String context;
    private long nextIndex;

    AsyncSequentialDriver(Workload.Async workload, NanoClock clock, String context) {
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
            for (; i < ops; i++) {
                long start = clock.nanoTime();
                CompletableFuture<?> operation = workload.start(firstIndex + i);
                if (operation == null) {
                    throw new MeasurementException(context + ": the async workload returned null for operation index "
                            + (firstIndex + i) + "; it must return the operation's CompletableFuture");
                }
                operation.get();
                latencies[i] = clock.nanoTime() - start;
            }
        } catch (ExecutionException e) {
            throw ArmDriver.failure(context, firstIndex + i, e.getCause());
        } catch (MeasurementException e) {
            throw e;
        } catch (Exception e) {
            throw ArmDriver.failure(context, firstIndex + i, e);
        }
        return clock.nanoTime() - begin;
    }
}
